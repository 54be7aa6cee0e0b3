/** `execradar match` (batch): placeholder until the matching module lands. */
export async function runMatchCommand(_contacts: string, _events: string, _output: string): Promise<number> {
  throw new Error('match: not built yet');
}
