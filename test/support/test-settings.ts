/**
 * Settings for integration tests, validated by the real loader: crawler defaults fit for a local fixture
 * server (a User-Agent with a contact address, as SEC's fair-access policy asks; no pacing; short timeouts),
 * with no environment variables and no config file read, so a developer's own set-up cannot leak in.
 */
import { loadSettings, type Settings } from '../../src/config/settings.js';

/** The User-Agent every test crawl sends unless a test sets its own. */
export const TEST_USER_AGENT = 'ExecRadar-tests ops@execradar.example';

export const TEST_CRAWLER: Settings['crawler'] = {
  userAgent: TEST_USER_AGENT,
  timeoutMs: 5000,
  maxBodyBytes: 5_000_000,
  minIntervalMs: 0,
  allowPrivateHosts: [],
};

export interface TestSettingsOverrides {
  /** Per-source settings by source id (`baseUrls`, `options`, `schedules`); base URLs may be loopback. */
  readonly sources?: Record<string, unknown>;
  /** Merged over `TEST_CRAWLER`. */
  readonly crawler?: Partial<Settings['crawler']>;
  /** Any other top-level setting (`notify`, `publicUrl`, `dataDir`, …), passed as is. */
  readonly [key: string]: unknown;
}

/** Validated settings with the test crawler defaults; throws `ConfigError` on an invalid override. */
export function testSettings(overrides: TestSettingsOverrides = {}): Settings {
  const { crawler, ...rest } = overrides;
  return loadSettings({
    env: {},
    // This folder holds no execradar.config.yaml, so only the defaults and the overrides count.
    cwd: import.meta.dirname,
    overrides: { ...rest, crawler: { ...TEST_CRAWLER, ...crawler } },
  });
}
