/** Entry point of extraction: picks the language's extractor for one announcement text. */
import type { AnnouncementInput, ExtractionResult } from './announcement.js';
import { detectLanguage } from './detect-language.js';
import { extractEnglish } from './en/extract-english.js';
import { extractJapanese } from './ja/extract-japanese.js';

export async function extractAnnouncement(input: AnnouncementInput): Promise<ExtractionResult> {
  const lang = input.lang ?? detectLanguage(input.text);
  return lang === 'ja' ? extractJapanese(input) : extractEnglish(input);
}
