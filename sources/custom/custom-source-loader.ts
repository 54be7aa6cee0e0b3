/**
 * Loads `sources/custom/*.yaml`: each file is parsed with `yaml`'s document API (which keeps source ranges) and
 * validated by zod; every problem is reported as `file:line:column: key: message`, so a typo is found at once.
 * Returns values, never throws: one bad file must not stop the others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { customSourceSchema, type CustomSourceConfig } from './custom-source-schema.js';

export type CustomSourceFile =
  | { readonly kind: 'ok'; readonly id: string; readonly file: string; readonly config: CustomSourceConfig }
  | { readonly kind: 'invalid'; readonly id: string; readonly file: string; readonly errors: readonly string[] };

/** A task id from the file name: `minato-seiki.yaml` → `minato-seiki`. */
export function customSourceId(file: string): string {
  return basename(file).replace(/\.ya?ml$/iu, '').toLowerCase().replace(/[^a-z0-9-]+/gu, '-');
}

export function listCustomSourceFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => /\.ya?ml$/iu.test(name)).sort().map((name) => join(dir, name));
}

export function loadCustomSourceFile(file: string, label = file): CustomSourceFile {
  const id = customSourceId(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { kind: 'invalid', id, file, errors: [`${label}: cannot read: ${error instanceof Error ? error.message : String(error)}`] };
  }
  return parseCustomSource(text, label, file);
}

/** Parses and validates one file's text; `label` names it in errors. */
export function parseCustomSource(text: string, label: string, file = label): CustomSourceFile {
  const id = customSourceId(file);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset);
    return `${label}:${line}:${col}`;
  };
  if (document.errors.length > 0) {
    return { kind: 'invalid', id, file, errors: document.errors.map((error) => `${at(error.pos[0])}: YAML: ${error.message.split('\n')[0]}`) };
  }
  const parsed = customSourceSchema.safeParse(document.toJS());
  if (parsed.success) return { kind: 'ok', id, file, config: parsed.data };
  const errors = parsed.error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      // zod reports unknown keys on their mapping: name and point at each key itself.
      return issue.keys.map((name) => `${at(keyOffset(document, path, name) ?? offsetOf(document, path))}: ${[...path, name].join('.')}: unknown key (a typo?)`);
    }
    return [`${at(offsetOf(document, path))}: ${path.join('.') || '(top level)'}: ${issue.message}`];
  });
  return { kind: 'invalid', id, file, errors };
}

/** Where the value at `path` starts, or its nearest existing parent (a missing key is reported at its mapping). */
function offsetOf(document: Document, path: readonly string[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const segment = path.slice(0, depth).map((part) => (/^\d+$/u.test(part) ? Number(part) : part));
    const node = depth === 0 ? document.contents : document.getIn(segment, true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

function keyOffset(document: Document, path: readonly string[], name: string): number | null {
  const parent = path.length === 0 ? document.contents : document.getIn(path, true);
  if (!isMap(parent)) return null;
  const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === name);
  return pair && isScalar(pair.key) && pair.key.range ? pair.key.range[0] : null;
}
