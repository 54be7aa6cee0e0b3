/** Japanese executive-change extraction (適時開示, プレスリリース, 人事 listings). */
import type { AnnouncementInput, ExtractionResult } from '../announcement.js';
import { NO_FISCAL_FACTS } from '../announcement.js';

export async function extractJapanese(_input: AnnouncementInput): Promise<ExtractionResult> {
  return { events: [], fiscal: NO_FISCAL_FACTS };
}
