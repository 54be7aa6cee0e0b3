/**
 * Decision thresholds on a candidate's score: at or above `alert` a warning goes out; from `review` up to
 * `alert` the pair waits on the review list; below `review` it is not reported.
 * With the penalties in name-comparison.ts, at the issuing company: same spelling up to case, width, spacing,
 * diacritics or Last-First order scores 0.97–1.0, a nickname or kanji variant ~0.9, a kana reading against a
 * Latin spelling ~0.9 (all alerts); a given name known only as an initial ~0.78 (review).
 */
export const MATCH_THRESHOLDS = {
  alert: 0.85,
  review: 0.6,
} as const;

export type MatchLevel = 'alert' | 'review' | 'none';

export function matchLevel(score: number): MatchLevel {
  if (score >= MATCH_THRESHOLDS.alert) return 'alert';
  if (score >= MATCH_THRESHOLDS.review) return 'review';
  return 'none';
}
