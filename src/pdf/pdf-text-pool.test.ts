import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPdfText } from './pdf-text.js';
import { PdfTextPool, closeSharedPdfTextPool, extractPdfTextInWorker } from './pdf-text-pool.js';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/pdf/${name}`, import.meta.url)));

afterAll(async () => {
  await closeSharedPdfTextPool();
});

describe('extractPdfTextInWorker', () => {
  it('gives the same result as in-thread extraction and keeps the caller’s bytes', async () => {
    const bytes = fixture('officer-appointments.pdf');
    const inWorker = await extractPdfTextInWorker(bytes, { maxPages: 1 });
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(inWorker).toEqual(await extractPdfText(bytes, { maxPages: 1 }));
    expect(inWorker).toMatchObject({ kind: 'ok', pages: 1, truncated: true });
  });

  it('passes failures through as values', async () => {
    expect(await extractPdfTextInWorker(fixture('encrypted-user.pdf'))).toEqual({ kind: 'failed', reason: 'encrypted' });
    const truncated = await extractPdfTextInWorker(fixture('truncated.pdf'));
    expect(truncated.kind === 'failed' && truncated.reason).toMatch(/^invalid: /);
  });

  it('keeps the event loop free while a worker reads PDFs', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const started = performance.now();
    const results = await Promise.all(
      ['representative-director-change.pdf', 'officer-appointments.pdf', 'earnings-date.pdf'].map((name) =>
        extractPdfTextInWorker(fixture(name)),
      ),
    );
    const elapsed = performance.now() - started;
    clearInterval(timer);
    expect(results.map((r) => r.kind)).toEqual(['ok', 'ok', 'ok']);
    // A blocked loop would tick about once in total; a free one ticks every few milliseconds.
    expect(ticks).toBeGreaterThan(elapsed / 5 / 4);
  });
});

describe('PdfTextPool', () => {
  it('terminates a worker that runs past its timeout and goes on with the next PDF', async () => {
    const pool = new PdfTextPool({ size: 1 });
    try {
      const slow = pool.extract(fixture('officer-appointments.pdf'), { timeoutMs: 1 });
      const next = pool.extract(fixture('earnings-date.pdf'), { timeoutMs: 30_000 });
      expect(await slow).toEqual({ kind: 'failed', reason: 'timeout: no result after 1 ms' });
      expect(await next).toMatchObject({ kind: 'ok', pages: 1 });
    } finally {
      await pool.close();
    }
  });

  it('refuses oversized input without starting a worker, and fails queued work on close', async () => {
    const pool = new PdfTextPool({ size: 1 });
    const bytes = fixture('earnings-date.pdf');
    expect(await pool.extract(bytes, { maxBytes: 10 })).toEqual({
      kind: 'failed',
      reason: `too-large: ${bytes.byteLength} bytes > 10`,
    });
    const first = pool.extract(bytes);
    const queued = pool.extract(bytes);
    await pool.close();
    expect(await first).toEqual({ kind: 'failed', reason: 'worker: pool closed' });
    expect(await queued).toEqual({ kind: 'failed', reason: 'worker: pool closed' });
    expect(await pool.extract(bytes)).toEqual({ kind: 'failed', reason: 'worker: pool closed' });
  });
});
