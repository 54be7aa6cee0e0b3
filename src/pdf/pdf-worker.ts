/**
 * Worker-thread entry for PDF text extraction: receives `{ id, bytes, options }`, answers `{ id, result }`.
 * Started by pdf-text-pool.ts; never imported by other modules.
 */
import { parentPort } from 'node:worker_threads';
import { extractPdfText } from './pdf-text.js';
import type { PdfTextOptions, PdfTextResult } from './pdf-text.js';

export interface PdfWorkerRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly options: PdfTextOptions;
}

export interface PdfWorkerResponse {
  readonly id: number;
  readonly result: PdfTextResult;
}

function isRequest(value: unknown): value is PdfWorkerRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'number' &&
    'bytes' in value &&
    value.bytes instanceof Uint8Array
  );
}

const port = parentPort;
if (port !== null) {
  port.on('message', (message: unknown) => {
    if (!isRequest(message)) return;
    void extractPdfText(message.bytes, message.options ?? {}).then((result) => {
      const response: PdfWorkerResponse = { id: message.id, result };
      port.postMessage(response);
    });
  });
}
