import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testSettings } from '../../test/support/test-settings.js';
import { openStore } from './open-store.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function dataDir(): string {
  const folder = mkdtempSync(join(tmpdir(), 'execradar-store-'));
  folders.push(folder);
  return folder;
}

describe('openStore on the embedded database', () => {
  it('refuses a data directory that a live process holds, naming the process', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'execradar.lock'), String(process.ppid));
    await expect(openStore(testSettings({ dataDir: dir }))).rejects.toThrow(`in use by process ${process.ppid}`);
    // The other process's lock is left alone.
    expect(readFileSync(join(dir, 'execradar.lock'), 'utf8')).toBe(String(process.ppid));
  });

  it('takes over the lock of a process that is gone, and removes its own on close', { timeout: 60_000 }, async () => {
    const dir = dataDir();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(dir, 'execradar.lock'), gone.stdout);
    const store = await openStore(testSettings({ dataDir: dir }));
    expect(readFileSync(join(dir, 'execradar.lock'), 'utf8')).toBe(String(process.pid));
    await store.close();
    expect(existsSync(join(dir, 'execradar.lock'))).toBe(false);
  });
});
