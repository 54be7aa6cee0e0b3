/**
 * What the PDF of each kind of TDnet notice always says, whatever the company: an executive-change notice names
 * the change (異動, 人事, 就任 …), a fiscal-calendar notice its 決算 or 株主総会. A PDF whose text says none of it was
 * read only in part (pdf.js returns less text from a damaged file, without an error) or is not the notice the
 * title announces; its text is stored with a warning rather than trusted silently.
 */
import type { ExpectedText } from './pdf-document.js';
import type { TdnetTitleKind } from './title-classifier.js';

export const EXPECTED_NOTICE_TEXT: Readonly<Record<Exclude<TdnetTitleKind, 'other'>, ExpectedText>> = {
  'exec-change': {
    pattern: /異動|人事|役員|就任|退任|辞任|選任|選定|候補|交代|逝去/u,
    label: '異動/人事/役員/就任/退任/辞任/選任/選定/候補/交代/逝去',
  },
  'fiscal-calendar': { pattern: /決算|株主総会|事業年度/u, label: '決算/株主総会/事業年度' },
};
