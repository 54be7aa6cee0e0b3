/**
 * The container image holds only what the Dockerfile's last stage copies. No Docker engine runs in
 * CI, so this lays out exactly those paths in a fresh folder, starts `serve` from there the way the
 * image's CMD does, and waits for /health: a file the service reads at run time but the image leaves
 * out fails here instead of in a user's container.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';

/** `COPY --from=build /app/X ./Y` lines of the last stage, as [X, Y] pairs. */
function runtimeCopies(dockerfile: string): Array<[string, string]> {
  const stages = dockerfile.split(/^FROM /mu);
  const last = stages[stages.length - 1] ?? '';
  return [...last.matchAll(/^COPY --from=build \/app\/(\S+) \.\/?(\S*)$/gmu)].map((m) => [m[1]!, m[2]!]);
}

const root = projectRoot();
let child: ChildProcess | null = null;
let folder: string | null = null;

afterEach(() => {
  child?.kill('SIGKILL');
  child = null;
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = null;
});

describe('the container image layout', () => {
  it('serves /health from only the files the Dockerfile copies into the image', { timeout: 120_000 }, async () => {
    expect(existsSync(join(root, 'dist', 'src', 'cli', 'main.js')), 'dist/ is missing: run npm run build').toBe(true);
    const copies = runtimeCopies(readFileSync(join(root, 'Dockerfile'), 'utf8'));
    expect(copies.map(([from]) => from)).toEqual(expect.arrayContaining(['package.json', 'node_modules', 'dist', 'migrations']));
    const image = mkdtempSync(join(tmpdir(), 'execradar-image-'));
    folder = image;
    for (const [from, to] of copies) {
      const target = join(image, to || from);
      mkdirSync(dirname(target), { recursive: true });
      // node_modules is large: a link stands for the copy; everything else is copied as the image would.
      if (from === 'node_modules') symlinkSync(join(root, from), target, 'dir');
      else cpSync(join(root, from), target, { recursive: true });
    }
    const dataDir = join(image, 'data');
    // No schedules: the test machine has no internet, and only start-up is under test.
    writeFileSync(join(image, 'execradar.config.yaml'), 'scheduler: false\n');
    child = spawn(process.execPath, ['dist/src/cli/main.js', 'serve'], {
      cwd: image,
      env: { PATH: process.env['PATH'] ?? '', HOST: '127.0.0.1', PORT: '0', EXECRADAR_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "ExecRadar is running" line within 90 s:\n${output}`)), 90_000);
      const look = () => {
        const m = /"url":"(http:\/\/127\.0\.0\.1:\d+)/u.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      };
      child!.stdout!.on('data', look);
      child!.stderr!.on('data', look);
      child!.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`serve exited with ${code}:\n${output}`));
      });
    });
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    const login = await fetch(`${url}/login`);
    expect(login.status).toBe(200);
    // The stylesheet is read from src/web/static at start-up: the page links it and it is served.
    const css = await fetch(`${url}/static/app.css`);
    expect(css.status).toBe(200);
  });
});
