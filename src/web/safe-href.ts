/** Only http(s) links from crawled data are rendered as links; anything else (javascript:, data:) becomes `#`. */
export function safeHref(url: string | null | undefined): string {
  if (!url) return '#';
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : '#';
  } catch {
    return '#';
  }
}
