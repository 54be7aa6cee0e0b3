/** Where ../shared lives, and a clear failure when it is missing: this suite measures against it in place. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../../src/config/project-root.js';

export const SHARED_DIR = resolve(projectRoot(), '..', 'shared');

export function sharedPath(...parts: string[]): string {
  const path = join(SHARED_DIR, ...parts);
  if (!existsSync(path)) {
    throw new Error(`the shared suite reads ${path}, which is missing: run it from a checkout that has ../shared beside it`);
  }
  return path;
}
