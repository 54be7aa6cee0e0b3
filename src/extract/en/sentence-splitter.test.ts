// Sentence splitting on our own filing text: evidence-ready sentences, headings, hard wraps, abbreviations.
import { describe, expect, it } from 'vitest';
import { normalizeWhitespace, splitIntoSentences } from './sentence-splitter.js';

const FILING = `Item 5.02 Changes in Directors and Officers.

Retirement of Chief Executive Officer
On March 3, 2025, Mr. Albert K. Fenwick, the
Company's Chief Executive Officer, informed the Board (the "Board") of his intention to retire.
All of Mr.
Fenwick's options will vest. The Company thanks him.

SIGNATURES
By: /s/ Ruth Ellery
Name: Ruth Ellery`;

describe('splitIntoSentences', () => {
  const sentences = splitIntoSentences(FILING);
  const texts = sentences.map((s) => s.text);

  it('gives sentences that are substrings of the whitespace-normalized text', () => {
    const whole = normalizeWhitespace(FILING);
    for (const s of texts) expect(whole).toContain(s);
  });

  it('keeps a heading apart, rejoins hard-wrapped lines and does not stop at "Mr." or initials', () => {
    expect(texts).toContain('Retirement of Chief Executive Officer');
    expect(texts).toContain(
      'On March 3, 2025, Mr. Albert K. Fenwick, the Company\'s Chief Executive Officer, informed the Board (the "Board") of his intention to retire.',
    );
    expect(texts).toContain("All of Mr. Fenwick's options will vest.");
  });

  it('drops the signature block', () => {
    expect(texts.some((t) => t.includes('Ruth Ellery'))).toBe(false);
  });

  it('marks capitals-only headlines', () => {
    const [headline] = splitIntoSentences('HALVERSON NAMES NEW CHIEF EXECUTIVE\nHalverson today named a new chief.');
    expect(headline?.allCaps).toBe(true);
  });
});

describe('splitIntoSentences on hard-wrapped prose', () => {
  it('does not break a name wrapped after a dated opening, and keeps a bare date line apart', () => {
    const texts = splitIntoSentences('For Release 7 a.m. EDT\nMay 6, 2025\nOn May 5, 2025, Gregory\nPike informed the Board of his intention to retire.').map((s) => s.text);
    expect(texts).toContain('May 6, 2025');
    expect(texts).toContain('On May 5, 2025, Gregory Pike informed the Board of his intention to retire.');
  });
});
