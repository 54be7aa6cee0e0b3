/** The registry of public sources: every source module is listed here and nowhere else. */
import type { SourceDefinition } from './source-definition.js';
import secEdgar from './sec-edgar/index.js';
import edinet from './edinet/index.js';
import tdnet from './tdnet/index.js';
import prtimes from './prtimes/index.js';
import custom from './custom/index.js';

export const SOURCES: readonly SourceDefinition[] = [secEdgar, edinet, tdnet, prtimes, custom];

export function sourceById(id: string): SourceDefinition {
  const source = SOURCES.find((candidate) => candidate.id === id);
  if (!source) throw new Error(`unknown source "${id}" (known: ${SOURCES.map((s) => s.id).join(', ')})`);
  return source;
}
