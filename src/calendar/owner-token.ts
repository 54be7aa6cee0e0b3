/**
 * Per-owner calendar feed tokens. A calendar client cannot send a bearer token, so the feed URL carries one:
 * an HMAC of the owner's e-mail with the API token — nothing to store, different per owner, and all of them change
 * when the API token is rotated. Checking compares in constant time against each known owner.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function ownerCalendarToken(ownerEmail: string, apiToken: string): string {
  return createHmac('sha256', apiToken).update(`calendar-feed:${ownerEmail.trim().toLowerCase()}`).digest('base64url');
}

/** The owner whose token this is, or null. Every candidate is compared, so timing says nothing about which. */
export function ownerForCalendarToken(token: string, owners: readonly string[], apiToken: string): string | null {
  const given = Buffer.from(token);
  let found: string | null = null;
  for (const owner of owners) {
    const expected = Buffer.from(ownerCalendarToken(owner, apiToken));
    const equal = given.length === expected.length && timingSafeEqual(given, expected);
    if (equal && found === null) found = owner;
  }
  return found;
}
