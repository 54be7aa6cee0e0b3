import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadSettings, userAgentContact } from './settings.js';

const emptyDir = () => mkdtempSync(join(tmpdir(), 'execradar-config-'));

describe('loadSettings', () => {
  it('applies defaults without env or file', () => {
    const settings = loadSettings({ env: {}, cwd: emptyDir() });
    expect(settings.port).toBe(3000);
    expect(settings.dataDir).toBe('./data');
    expect(settings.databaseUrl).toBeUndefined();
  });

  it('reads PORT and DATABASE_URL from the environment', () => {
    const settings = loadSettings({ env: { PORT: '8081', DATABASE_URL: 'postgres://u@h/db' }, cwd: emptyDir() });
    expect(settings.port).toBe(8081);
    expect(settings.databaseUrl).toBe('postgres://u@h/db');
  });

  it('names the bad key and its env variable', () => {
    expect(() => loadSettings({ env: { PORT: 'eighty' }, cwd: emptyDir() })).toThrow(/port \(env PORT\)/u);
  });

  it('names a bad nested key from the config file', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'execradar.config.yaml'), 'sources:\n  sec-edgar:\n    schedules:\n      current: "every minute"\n');
    let error: unknown;
    try {
      loadSettings({ env: {}, cwd: dir });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toMatch(/sources\.sec-edgar\.schedules\.current: expected a cron expression/u);
  });

  it('rejects unknown keys instead of ignoring a typo', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'execradar.config.yaml'), 'prot: 80\n');
    expect(() => loadSettings({ env: {}, cwd: dir })).toThrow(/prot/u);
  });

  it('finds the contact address in a User-Agent', () => {
    expect(userAgentContact('Acme CS Tools ops@acme.example')).toBe('ops@acme.example');
    expect(userAgentContact('ExecRadar/0.1')).toBeNull();
  });
});
