/**
 * When the people listed in a section of a notice change post: the date its heading states, else the one the
 * enclosing numbered heading states (「1. 異動の内容（2025年6月24日付）」 over 「(2) 新任監査役候補」), else the
 * notice's default. Director candidates take office at the AGM unless a heading or label dates them.
 */
import type { Effective } from '../announcement.js';
import type { EffectiveDateResolver } from './effective-date-resolver.js';
import type { SectionKind } from './section-kind.js';
import { TOP_HEADING } from './section-kind.js';

interface Line {
  readonly start: number;
  readonly text: string;
}

/** The date the nearest top-level heading above line `from` states, when `from` is not itself one. */
function enclosingDate(lines: readonly Line[], from: number, dates: EffectiveDateResolver): Effective | undefined {
  if (TOP_HEADING.test(lines[from]?.text ?? '')) return undefined;
  for (let k = from - 1; k >= 0 && k >= from - 40; k--) {
    const line = lines[k];
    if (!line || !TOP_HEADING.test(line.text)) continue;
    const end = line.start + line.text.length;
    return dates.inClause(line.start, end, end);
  }
  return undefined;
}

/**
 * `heading` is the index of the section heading (-1 when none), `body` the index of the first line of the
 * section's rows.
 */
export function sectionEffective(lines: readonly Line[], heading: number, body: number, kind: SectionKind, dates: EffectiveDateResolver): Effective {
  const from = lines[heading]?.start ?? lines[body]?.start ?? 0;
  const to = lines[body]?.start ?? from;
  let effective = dates.inClause(from, to, to) ?? enclosingDate(lines, heading >= 0 ? heading : body, dates);
  if (effective === undefined) effective = kind === 'nominate' ? dates.nomineeDefault : dates.documentDefault;
  if (kind === 'nominate' && (effective === null || !/^\d{4}-\d{2}-\d{2}$/u.test(effective))) effective = 'agm';
  return effective;
}
