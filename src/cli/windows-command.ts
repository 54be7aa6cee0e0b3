/** `execradar windows predict` (batch): placeholder until the window predictor lands. */
export async function runWindowsPredictCommand(_options: {
  history?: string;
  companies?: string;
  fromDb?: boolean;
  from: string;
  to: string;
  output: string;
}): Promise<void> {
  throw new Error('windows predict: not built yet');
}
