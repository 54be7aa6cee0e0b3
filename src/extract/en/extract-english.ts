/** English executive-change extraction (8-K Item 5.02 sections and press releases). */
import type { AnnouncementInput, ExtractionResult } from '../announcement.js';
import { NO_FISCAL_FACTS } from '../announcement.js';

export function extractEnglish(_input: AnnouncementInput): ExtractionResult {
  return { events: [], fiscal: NO_FISCAL_FACTS };
}
