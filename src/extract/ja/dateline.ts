/**
 * The date a text carries at its head when the caller does not know when it was published: a line that is only a
 * date, or a date with a time or 掲載 (「2023/09/14」「2016年2月3日 09:30」「- 2024/11/05 掲載」).
 */
export function datelineOf(text: string): string | null {
  const head = text.split('\n').filter((line) => line.trim()).slice(0, 4);
  for (const line of head) {
    const m = /^[\s\-–—]*(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?(?:\s*\(?[月火水木金土日]\)?)?(?:\s+\d{1,2}:\d{2})?\s*(?:掲載|発表|更新)?\s*$/u.exec(line);
    if (m) return `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
  }
  return null;
}
