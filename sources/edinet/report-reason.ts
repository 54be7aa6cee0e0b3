/**
 * `currentReportReason` of a 臨時報告書: the clauses of the Cabinet Office Ordinance on Disclosure of
 * Corporate Affairs (企業内容等の開示に関する内閣府令) that made the report necessary, comma-separated.
 * A change of representative director is exactly clause 第19条第2項第9号; its neighbours 第9号の2 (AGM
 * voting results), 第9号の3 and 第9号の4 are other things, so clauses are compared whole, never by prefix.
 */

/** 第19条第2項第9号: 代表取締役（代表執行役）の異動. */
export const REPRESENTATIVE_DIRECTOR_CHANGE_CLAUSE = '第19条第2項第9号';

/** Splits the reason into clauses: commas (ASCII, full-width, 、) and whitespace separate them; digits are made ASCII. */
export function reportReasonClauses(reason: string | null | undefined): string[] {
  if (!reason) return [];
  return reason
    .normalize('NFKC')
    .split(/[,、，;；\s]+/u)
    .map((clause) => clause.trim())
    .filter(Boolean);
}

export function hasClause(reason: string | null | undefined, clause: string): boolean {
  return reportReasonClauses(reason).includes(clause);
}
