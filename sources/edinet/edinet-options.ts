/**
 * Options of the EDINET source (`sources.edinet.options` in the config file) and the API key, which
 * may instead come from the environment (`EDINET_API_KEY`) so it stays out of config files. The key
 * travels as the `Subscription-Key` query parameter, so it is masked wherever a URL is shown.
 */
import { z } from 'zod';

export const API_KEY_ENV = 'EDINET_API_KEY';

export const edinetOptionsSchema = z
  .object({
    /** EDINET API v2 subscription key (free registration at EDINET). @default env EDINET_API_KEY */
    apiKey: z.string().trim().min(1).optional(),
    /**
     * Whose 臨時報告書 bodies are downloaded (`documents/{docID}?type=1`): tracked companies only, every
     * filer, or none (metadata only). Reports of others are still stored as metadata, for reshuffle history.
     * @default "tracked"
     */
    bodies: z.enum(['tracked', 'all', 'none']).default('tracked'),
    /**
     * Whose fiscal year ends the daily lists' 有価証券報告書 record: tracked companies only (every company's
     * 決算日 already comes weekly from the code list; in June a day lists ~1,000 annual reports), or all filers.
     * @default "tracked"
     */
    fiscalYearEnds: z.enum(['tracked', 'all']).default('tracked'),
    /** Company master from the code list: listed companies only, or every company filer. @default false */
    listedOnly: z.boolean().default(false),
    /** Furthest a `--since` backfill goes back; EDINET keeps about ten years of lists. @default 3660 */
    maxBackfillDays: z.number().int().positive().default(3660),
  })
  .strict();

export type EdinetOptions = Omit<z.infer<typeof edinetOptionsSchema>, 'apiKey'> & { readonly apiKey: string | null };

export type ResolvedOptions = { readonly kind: 'ok'; readonly options: EdinetOptions } | { readonly kind: 'invalid'; readonly reason: string };

export function resolveEdinetOptions(raw: Readonly<Record<string, unknown>>, env: NodeJS.ProcessEnv = process.env): ResolvedOptions {
  const parsed = edinetOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'invalid', reason: `invalid options: sources.edinet.options.${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
  }
  const fromEnv = env[API_KEY_ENV]?.trim();
  return { kind: 'ok', options: { ...parsed.data, apiKey: parsed.data.apiKey ?? (fromEnv || null) } };
}

/** Tasks that read the public download site rather than the API, and so need no key. */
const KEYLESS_TASKS: ReadonlySet<string> = new Set(['codelist']);

/**
 * Why `task` cannot run with these options, or null. Invalid options stop every task; a missing key stops only
 * the API tasks (`daily`): the code list (`Edinetcode.zip`) is downloaded without one.
 */
export function edinetUnavailableReason(raw: Readonly<Record<string, unknown>>, task: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const resolved = resolveEdinetOptions(raw, env);
  if (resolved.kind === 'invalid') return resolved.reason;
  if (!resolved.options.apiKey && !KEYLESS_TASKS.has(task)) {
    return `no EDINET API key: set ${API_KEY_ENV} or sources.edinet.options.apiKey (a free key from https://api.edinet-fsa.go.jp/api/auth/index.aspx?mode=1)`;
  }
  return null;
}

/** Masks the subscription key in a URL or message before it is logged or stored as an error text. */
export function maskApiKey(text: string): string {
  return text.replace(/(Subscription-Key=)[^&\s"]*/giu, '$1***');
}
