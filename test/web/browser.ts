/** The system Chromium for browser tests (Debian's package in CI; CHROMIUM_PATH elsewhere), headless. */
import { chromium, type Browser } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Where screenshots go: a test artifact folder (gitignored). */
export const ARTIFACTS = new URL('../../test-results/', import.meta.url).pathname;
