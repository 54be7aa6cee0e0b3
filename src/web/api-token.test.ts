import { describe, expect, it, vi } from 'vitest';

// Every comparison must go through `timingSafeEqual` on buffers of one length, whatever was typed.
const compared = vi.hoisted(() => [] as Array<readonly [number, number]>);
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return {
    ...actual,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      compared.push([a.byteLength, b.byteLength]);
      return actual.timingSafeEqual(a, b);
    },
  };
});

const { tokensEqual } = await import('./api-token.js');

describe('tokensEqual', () => {
  const token = 'tok_fictional_0123456789abcdef';

  it('accepts the same token', () => {
    expect(tokensEqual(token, token)).toBe(true);
    expect(tokensEqual('短いトークン', '短いトークン')).toBe(true);
  });

  it('refuses a different token of the same length, case or one character off', () => {
    expect(tokensEqual('tok_fictional_0123456789abcdeF', token)).toBe(false);
    expect(tokensEqual(token.toUpperCase(), token)).toBe(false);
  });

  it('refuses tokens of other lengths without throwing (a prefix, an extension, empty)', () => {
    expect(tokensEqual(token.slice(0, -1), token)).toBe(false);
    expect(tokensEqual(`${token}0`, token)).toBe(false);
    expect(tokensEqual('', token)).toBe(false);
    expect(tokensEqual(token, '')).toBe(false);
  });

  it('compares in constant time: always timingSafeEqual over two equal-length digests', () => {
    compared.length = 0;
    for (const given of [token, 'x', '', `${token}${token}`, 'ü'.repeat(500)]) tokensEqual(given, token);
    expect(compared).toHaveLength(5);
    expect(compared.every(([a, b]) => a === 32 && b === 32)).toBe(true);
  });
});
