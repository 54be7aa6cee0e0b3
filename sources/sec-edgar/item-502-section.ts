/**
 * Cuts the Item 5.02 section out of an 8-K's text: from its heading to the next item heading or the
 * signature block. An 8-K that lists 5.02 among other items must not feed the others' prose to extraction.
 */

const ITEM_HEADING = /^\s*item\s*(\d{1,2}\.\d{2})\b/imu;

export function item502Section(text: string): string | null {
  const lines = text.split('\n');
  let start = -1;
  let end = lines.length;
  for (const [index, line] of lines.entries()) {
    const heading = ITEM_HEADING.exec(line);
    if (start < 0) {
      if (heading?.[1] === '5.02') start = index;
      continue;
    }
    if ((heading && heading[1] !== '5.02') || /^\s*signatures?\s*$/iu.test(line)) {
      end = index;
      break;
    }
  }
  if (start < 0) return null;
  return lines.slice(start, end).join('\n').trim();
}
