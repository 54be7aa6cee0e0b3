/** The matching engine's public data types: what a contact and an announced event must carry, and what comes back. */

export interface MatchableContact {
  readonly contactId: string;
  readonly accountName: string;
  readonly ticker?: string | null | undefined;
  readonly cik?: string | null | undefined;
  readonly secCode?: string | null | undefined;
  readonly corporateNumber?: string | null | undefined;
  /** The name as the CRM holds it, in any script. */
  readonly name: string;
  /** Kana reading (ふりがな), family name first. */
  readonly nameReading?: string | null | undefined;
  /** Latin spelling of a name written in another script. */
  readonly nameLatin?: string | null | undefined;
  readonly email?: string | null | undefined;
}

export interface MatchableCompany {
  readonly name: string;
  readonly ticker?: string | null | undefined;
  readonly cik?: string | null | undefined;
  readonly secCode?: string | null | undefined;
  readonly corporateNumber?: string | null | undefined;
}

export interface MatchableEvent {
  /** The issuer of the announcement. */
  readonly company: MatchableCompany;
  readonly person: string;
  /** The kana reading when the announcement prints one. */
  readonly personReading?: string | null | undefined;
  /** appointed | departed | retiring | promoted | role_change | interim | nominated | not_standing */
  readonly change: string;
  /** The employer the announcement says the person comes from, when it names one (a job-change clue). */
  readonly previousCompany?: MatchableCompany | null | undefined;
  /**
   * The announcement's text. For a job change, naming the contact's account company anywhere in it ("joins from
   * Acme Corp.") is the second clue, as `previousCompany` is.
   */
  readonly documentText?: string | null | undefined;
}

export type MatchKind = 'same_company' | 'job_change';

export interface MatchCandidate {
  readonly contactId: string;
  /** In [0, 1]; compare with MATCH_THRESHOLDS. */
  readonly score: number;
  /** Why, in words a CSM can check ("same company by CIK 320193", "given name Bob is a nickname of Robert"). */
  readonly reasons: readonly string[];
  readonly kind: MatchKind;
}
