/**
 * The model of an announcement that every extractor produces and every later stage
 * (storage, matching, alerts, calendar) consumes.
 */
import { z } from 'zod';

export const CHANGE_KINDS = [
  'appointed',
  'departed',
  'retiring',
  'promoted',
  'role_change',
  'interim',
  'nominated',
  'not_standing',
] as const;
export const changeKindSchema = z.enum(CHANGE_KINDS);
export type ChangeKind = z.infer<typeof changeKindSchema>;

/** Changes that take a person out of their role: the ones a CSM must hear about at once. */
export const LEAVING_CHANGES: ReadonlySet<ChangeKind> = new Set(['departed', 'retiring', 'not_standing']);
/** Changes that move a tracked person (leaving or changing role) and so put an account at risk. */
export const AT_RISK_CHANGES: ReadonlySet<ChangeKind> = new Set([
  'departed',
  'retiring',
  'not_standing',
  'promoted',
  'role_change',
]);

/** `YYYY-MM-DD`, `YYYY-MM`, `"agm"`, `"upon successor"` or null. */
export type Effective = string | null;

export interface OfficerEvent {
  /** The name exactly as written in the text (old-form kanji kept, no reading, no honorific). */
  readonly person: string;
  /** The kana reading when the text prints one (ふりがな), else null. */
  readonly personReading: string | null;
  readonly change: ChangeKind;
  readonly roleBefore: string | null;
  readonly roleAfter: string | null;
  readonly effective: Effective;
  /** The sentence or table row that says so; a substring of the input after whitespace normalization. */
  readonly evidence: string;
  /** 0..1: how sure the extractor is. */
  readonly confidence: number;
}

export interface FiscalFacts {
  /** `MM-DD` */
  readonly fiscalYearEnd: string | null;
  /** `YYYY-MM-DD` */
  readonly earningsDate: string | null;
  /** `YYYY-MM-DD` */
  readonly agmDate: string | null;
}

export type Language = 'en' | 'ja';

export interface AnnouncementInput {
  readonly text: string;
  readonly lang?: Language | undefined;
  /** Issuer name when known. */
  readonly company?: string | null | undefined;
  /** `YYYY-MM-DD` publication date when known: resolves years and "effective immediately". */
  readonly announced?: string | null | undefined;
}

export interface ExtractionResult {
  readonly events: readonly OfficerEvent[];
  readonly fiscal: FiscalFacts;
}

export const NO_FISCAL_FACTS: FiscalFacts = { fiscalYearEnd: null, earningsDate: null, agmDate: null };
