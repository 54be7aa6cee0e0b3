/** Decides whether a text is Japanese or English from its share of kana and kanji. */
import type { Language } from './announcement.js';

const JAPANESE_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/gu;

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 4000);
  const japanese = sample.match(JAPANESE_CHAR)?.length ?? 0;
  const letters = sample.replace(/\s/gu, '').length || 1;
  return japanese / letters > 0.1 ? 'ja' : 'en';
}
