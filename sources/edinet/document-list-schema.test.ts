import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocumentListBody } from './document-list-schema.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'sources', 'edinet', name), 'utf8');

describe('EDINET documents.json bodies', () => {
  it('reads a day list', () => {
    const body = parseDocumentListBody(fixture('documents-2027-05-20.json'));
    expect(body.kind).toBe('list');
    if (body.kind !== 'list') return;
    expect(body.entries).toHaveLength(9);
    expect(body.skipped).toBe(0);
    expect(body.entries[0]).toMatchObject({ docID: 'S100ZZ01', docTypeCode: '180', currentReportReason: '第19条第2項第9号', fundCode: null });
  });

  it('recognises the gateway body of a refused key as an auth error', () => {
    expect(parseDocumentListBody(fixture('error-401-invalid-key.json'))).toMatchObject({ kind: 'auth_error', status: 401 });
    expect(parseDocumentListBody('{"metadata": {"status": "401", "message": "Unauthorized"}}')).toMatchObject({ kind: 'auth_error', status: 401 });
  });

  it('recognises errors inside metadata (400, 404, 500) as API errors, not as empty days', () => {
    expect(parseDocumentListBody(fixture('error-400-bad-date.json'))).toEqual({ kind: 'api_error', status: 400, message: 'Bad Request' });
    expect(parseDocumentListBody(fixture('error-404-document.json'))).toEqual({ kind: 'api_error', status: 404, message: 'Not Found' });
    expect(parseDocumentListBody('{"metadata": {"status": 500, "message": "Internal Server Error"}}')).toMatchObject({ kind: 'api_error', status: 500 });
  });

  it('says what is wrong with a malformed body', () => {
    expect(parseDocumentListBody('<html>maintenance</html>')).toMatchObject({ kind: 'malformed', problem: expect.stringContaining('not JSON') });
    expect(parseDocumentListBody('{"results": []}')).toMatchObject({ kind: 'malformed', problem: expect.stringContaining('metadata') });
    expect(parseDocumentListBody('{"metadata": {"status": "200"}}')).toMatchObject({ kind: 'malformed', problem: expect.stringContaining('type=2') });
  });

  it('counts unreadable entries instead of failing the day', () => {
    const body = parseDocumentListBody('{"metadata": {"status": "200"}, "results": [{"docID": "S1"}, {"docID": 5}, null]}');
    expect(body).toMatchObject({ kind: 'list', skipped: 2 });
  });
});
