import { describe, expect, it } from 'vitest';
import { ownerCalendarToken, ownerForCalendarToken } from './owner-token.js';

describe('owner calendar tokens', () => {
  const api = 'api-token-for-tests-000000';
  it('differ per owner and per API token, ignore case and spaces of the address, and are URL-safe', () => {
    const a = ownerCalendarToken('csm.one@vendor.example', api);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/u);
    expect(ownerCalendarToken(' CSM.One@Vendor.example ', api)).toBe(a);
    expect(ownerCalendarToken('csm.two@vendor.example', api)).not.toBe(a);
    expect(ownerCalendarToken('csm.one@vendor.example', `${api}x`)).not.toBe(a);
  });

  it('find their owner, and nothing for a wrong, truncated or empty token', () => {
    const owners = ['csm.one@vendor.example', 'csm.two@vendor.example'];
    expect(ownerForCalendarToken(ownerCalendarToken('csm.two@vendor.example', api), owners, api)).toBe('csm.two@vendor.example');
    expect(ownerForCalendarToken(ownerCalendarToken('csm.two@vendor.example', api).slice(1), owners, api)).toBeNull();
    expect(ownerForCalendarToken('', owners, api)).toBeNull();
    expect(ownerForCalendarToken(ownerCalendarToken('csm.three@vendor.example', api), owners, api)).toBeNull();
  });
});
