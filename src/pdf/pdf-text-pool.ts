/**
 * PDF text extraction off the main thread: a small pool of `node:worker_threads` workers running pdf-worker.ts,
 * so that a 300-page annual report never blocks the crawler's event loop, and a PDF that hangs pdf.js is cut off
 * by terminating its worker.
 *
 * Worker file: resolved next to this module. From compiled `dist/` that is `pdf-worker.js`; when this module runs
 * as TypeScript source (vitest, tsx) it is `pdf-worker.ts`, started through tsx's ESM hooks (tsx is a
 * devDependency), so tests run the same worker code path that production runs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DEFAULT_MAX_BYTES } from './pdf-text.js';
import type { PdfTextOptions, PdfTextResult } from './pdf-text.js';
import type { PdfWorkerRequest, PdfWorkerResponse } from './pdf-worker.js';

export interface PdfTextPoolOptions {
  /** Workers running at once; each holds its own pdf.js (~30 MB). @default 1 */
  readonly size?: number;
  /** Time one PDF may take once a worker has started on it; past it the worker is terminated. @default 60_000 */
  readonly timeoutMs?: number;
  /** Heap limit of each worker: a PDF built to exhaust memory kills its worker, not the crawler. @default 512 */
  readonly maxHeapMb?: number;
}

export interface PdfWorkerTextOptions extends PdfTextOptions {
  /** Overrides the pool's `timeoutMs` for this PDF. */
  readonly timeoutMs?: number;
}

interface Job {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly options: PdfWorkerTextOptions;
  readonly resolve: (result: PdfTextResult) => void;
}

interface Slot {
  readonly worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const IS_TYPESCRIPT_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(IS_TYPESCRIPT_SOURCE ? './pdf-worker.ts' : './pdf-worker.js', import.meta.url);

function startWorker(maxHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb };
  if (!IS_TYPESCRIPT_SOURCE) return new Worker(WORKER_URL, { resourceLimits });
  // On Node 20 a worker given `execArgv: ['--import', 'tsx']` still refuses a .ts entry ("Unknown file
  // extension"), so a small bootstrap registers tsx's ESM hooks inside the worker, then imports the .ts entry.
  const tsxApi = tsxEsmApiUrl();
  const bootstrap =
    `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); ` +
    `return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}

/** tsx's `tsx/esm/api` for `import` (require.resolve would give its CommonJS build, which cannot register). */
function tsxEsmApiUrl(): string {
  const manifestPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports?: Record<string, { import?: { default?: string } } | string>;
  };
  const entry = manifest.exports?.['./esm/api'];
  const target = typeof entry === 'object' ? entry.import?.default : undefined;
  return new URL(target ?? './dist/esm/api/index.mjs', pathToFileURL(manifestPath)).href;
}

export class PdfTextPool {
  readonly #size: number;
  readonly #timeoutMs: number;
  readonly #maxHeapMb: number;
  readonly #queue: Job[] = [];
  readonly #slots = new Set<Slot>();
  #nextId = 1;
  #closed = false;

  constructor(options: PdfTextPoolOptions = {}) {
    this.#size = Math.max(1, options.size ?? 1);
    this.#timeoutMs = options.timeoutMs ?? 60_000;
    this.#maxHeapMb = options.maxHeapMb ?? 512;
  }

  /** Extracts text in a worker. Never throws: timeouts and worker crashes are `failed` results. */
  extract(bytes: Uint8Array, options: PdfWorkerTextOptions = {}): Promise<PdfTextResult> {
    if (this.#closed) return Promise.resolve({ kind: 'failed', reason: 'worker: pool closed' });
    // Checked here too so that an oversized download is not copied into a worker only to be refused there.
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (bytes.byteLength > maxBytes) {
      return Promise.resolve({ kind: 'failed', reason: `too-large: ${bytes.byteLength} bytes > ${maxBytes}` });
    }
    return new Promise((resolve) => {
      this.#queue.push({ id: this.#nextId++, bytes, options, resolve });
      this.#dispatch();
    });
  }

  /** Terminates all workers; pending and queued extractions fail with `worker: pool closed`. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.resolve({ kind: 'failed', reason: 'worker: pool closed' });
    await Promise.all([...this.#slots].map((slot) => this.#discard(slot, 'worker: pool closed')));
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      const slot = [...this.#slots].find((s) => s.job === null) ?? this.#spawn();
      if (slot === null) return;
      this.#start(slot, this.#queue.shift()!);
    }
  }

  #spawn(): Slot | null {
    if (this.#slots.size >= this.#size) return null;
    const worker = startWorker(this.#maxHeapMb);
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (response: PdfWorkerResponse) => {
      if (slot.job?.id !== response.id) return;
      this.#finish(slot, response.result);
    });
    worker.on('error', (error) => void this.#discard(slot, `worker: ${error.message}`));
    worker.on('exit', (code) => void this.#discard(slot, `worker: exited with code ${code}`));
    worker.unref();
    this.#slots.add(slot);
    return slot;
  }

  #start(slot: Slot, job: Job): void {
    slot.job = job;
    const timeoutMs = job.options.timeoutMs ?? this.#timeoutMs;
    slot.timer = setTimeout(() => void this.#discard(slot, `timeout: no result after ${timeoutMs} ms`), timeoutMs);
    // Hold the process open only while a PDF is being read.
    slot.worker.ref();
    const { timeoutMs: _timeout, ...extractOptions } = job.options;
    // A copy moved (not cloned) into the worker: the caller keeps its bytes intact.
    const bytes = new Uint8Array(job.bytes);
    const request: PdfWorkerRequest = { id: job.id, bytes, options: extractOptions };
    slot.worker.postMessage(request, [bytes.buffer]);
  }

  #finish(slot: Slot, result: PdfTextResult): void {
    const job = slot.job;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
    job?.resolve(result);
    this.#dispatch();
  }

  async #discard(slot: Slot, reason: string): Promise<void> {
    if (!this.#slots.delete(slot)) return;
    const job = slot.job;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.job = null;
    job?.resolve({ kind: 'failed', reason });
    await slot.worker.terminate().catch(() => undefined);
    if (!this.#closed) this.#dispatch();
  }
}

let sharedPool: PdfTextPool | undefined;

/**
 * Extracts PDF text in the shared worker pool (one worker, started on first use, idle workers do not keep the
 * process alive). `timeoutMs` @default 60_000.
 */
export function extractPdfTextInWorker(bytes: Uint8Array, options: PdfWorkerTextOptions = {}): Promise<PdfTextResult> {
  sharedPool ??= new PdfTextPool();
  return sharedPool.extract(bytes, options);
}

/** Stops the shared pool's workers (for shutdown and tests); the next call starts a new pool. */
export async function closeSharedPdfTextPool(): Promise<void> {
  const pool = sharedPool;
  sharedPool = undefined;
  await pool?.close();
}
