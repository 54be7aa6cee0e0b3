/**
 * Notices about a subsidiary's officers (「連結子会社の代表者の異動に関するお知らせ」): the people in them are not
 * officers of the announcing company, so they yield no events. A notice covering both (「当社及び子会社の役員人事」)
 * is not one of these.
 */
const SUBSIDIARY_TITLE =
  /(?<!当社(?:及び|および|並びに|と)(?:連結)?)(?:連結)?子会社(?:の|における)(?:代表者|代表取締役|役員|取締役|社長)[^\n。]{0,12}(?:異動|交代|人事|選定|就任)/u;

/** True when the notice's title (a short line near the top) is about a subsidiary's officers only. */
export function isSubsidiaryNotice(text: string): boolean {
  return text
    .split('\n')
    .slice(0, 15)
    .some((line) => line.trim().length <= 60 && !/。/u.test(line) && SUBSIDIARY_TITLE.test(line));
}
