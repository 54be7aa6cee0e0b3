/**
 * The body of EDINET API v2 `documents.json`, and the ways it says "no": EDINET answers errors with
 * HTTP 200 and a `metadata.status` of 400/404/500, and an invalid subscription key yields a body of
 * another shape altogether (`{"StatusCode": 401, "message": …}`, from the API gateway). Every body is
 * classified here, so callers never mistake an error for an empty day.
 */
import { z } from 'zod';

const text = z.string().nullable().optional().transform((value) => value ?? null);

/** One filed document as the list gives it; only the fields ExecRadar reads are validated. */
export const documentListEntrySchema = z.object({
  seqNumber: z.number().int().optional(),
  docID: z.string().min(1),
  edinetCode: text,
  secCode: text,
  JCN: text,
  filerName: text,
  fundCode: text,
  ordinanceCode: text,
  formCode: text,
  docTypeCode: text,
  periodStart: text,
  periodEnd: text,
  /** `YYYY-MM-DD hh:mm`, Japan time. */
  submitDateTime: text,
  docDescription: text,
  currentReportReason: text,
  parentDocID: text,
  /** 0 normal, 1 withdrawn (取下げ), 2 withdrawn parent. */
  withdrawalStatus: text,
  xbrlFlag: text,
  pdfFlag: text,
});
export type DocumentListEntry = z.infer<typeof documentListEntrySchema>;

const metadataSchema = z.object({
  title: z.string().optional(),
  status: z.union([z.string(), z.number()]).transform(String),
  message: z.string().optional(),
});

const listBodySchema = z.object({
  metadata: metadataSchema,
  results: z.array(z.unknown()).optional(),
});

const gatewayErrorSchema = z.object({
  StatusCode: z.union([z.number(), z.string()]).transform(Number),
  message: z.string().optional(),
});

export type DocumentListBody =
  | { readonly kind: 'list'; readonly entries: readonly DocumentListEntry[]; readonly skipped: number }
  /** The API answered with an error inside a 200 body (`metadata.status` 400, 404, 500 …). */
  | { readonly kind: 'api_error'; readonly status: number; readonly message: string }
  /** The subscription key was refused (gateway body `{"StatusCode": 401}`): nothing will work until it is fixed. */
  | { readonly kind: 'auth_error'; readonly status: number; readonly message: string }
  | { readonly kind: 'malformed'; readonly problem: string };

/** Classifies a `documents.json` body (or any EDINET API JSON body). */
export function parseDocumentListBody(body: string): DocumentListBody {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { kind: 'malformed', problem: `the body is not JSON; it starts ${JSON.stringify(body.slice(0, 60))}` };
  }
  const gateway = gatewayErrorSchema.safeParse(json);
  if (gateway.success) {
    const status = gateway.data.StatusCode;
    const message = gateway.data.message ?? 'no message';
    return status === 401 || status === 403 ? { kind: 'auth_error', status, message } : { kind: 'api_error', status, message };
  }
  const parsed = listBodySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'malformed', problem: `not an EDINET document list (${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'unexpected shape'})` };
  }
  const { metadata, results } = parsed.data;
  const status = Number(metadata.status);
  if (status !== 200) {
    const message = metadata.message ?? 'no message';
    return status === 401 ? { kind: 'auth_error', status, message } : { kind: 'api_error', status, message };
  }
  if (!results) return { kind: 'malformed', problem: 'metadata.status is 200 but there is no results array (was type=2 sent?)' };
  const entries: DocumentListEntry[] = [];
  let skipped = 0;
  for (const result of results) {
    const entry = documentListEntrySchema.safeParse(result);
    if (entry.success) entries.push(entry.data);
    else skipped++;
  }
  return { kind: 'list', entries, skipped };
}
