import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../config/settings.js';

const load = (overrides: Record<string, unknown>) => loadSettings({ env: {}, cwd: mkdtempSync(join(tmpdir(), 'execradar-contacts-')), overrides });

describe('contacts settings', () => {
  it('maps owner names to e-mail addresses, empty by default', () => {
    expect(load({}).contacts.ownerEmails).toEqual({});
    expect(load({ contacts: { ownerEmails: { 'Dana Whitfield': 'dana@vendor.example' } } }).contacts.ownerEmails).toEqual({ 'Dana Whitfield': 'dana@vendor.example' });
  });

  it('names the owner whose address is not an e-mail address, and refuses unknown keys', () => {
    expect(() => load({ contacts: { ownerEmails: { 'Dana Whitfield': 'Dana' } } })).toThrow(/contacts\.ownerEmails\.Dana Whitfield: expected an e-mail address/u);
    expect(() => load({ contacts: { ownerEmail: {} } })).toThrow(/contacts/u);
  });
});
