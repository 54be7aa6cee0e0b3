/** Suggested actions sent with a nudge: what a CSM does before a reshuffle, what an account owner does before a budget. */

export interface KeyPerson {
  readonly name: string;
  readonly title: string | null;
}

export function reshufflePlaybook(keyPeople: readonly KeyPerson[]): string[] {
  const first = keyPeople[0];
  const who = first ? `${first.name}${first.title ? ` (${first.title})` : ''}` : 'your key contact';
  return [
    `Book a 1:1 with ${who} to learn of coming changes early.`,
    'If a change is announced, meet the successor and the predecessor together so the handover includes your project.',
    'Restate the original goals and the results so far in one page the new team can read cold.',
    'Involve the budget holder now, before a new organisation resets priorities.',
  ];
}

export function budgetPlaybook(renewalDate: string | null): string[] {
  return [
    'Prepare an expansion proposal sized for next year’s budget, with the results so far as its case.',
    'Confirm who owns the budget this year and when their plan is fixed.',
    renewalDate ? `Line the proposal up with the renewal on ${renewalDate}.` : 'Agree when the renewal will be discussed.',
  ];
}
