/** The `contacts` settings key: how CRM imports are read. */
import { z } from 'zod';

export const contactSettingsSchema = z
  .object({
    /**
     * Owner name → e-mail address. Salesforce's "Contact Owner" and HubSpot's "Contact owner" columns hold a
     * person's name, while alerts and nudges go to an address: `{ "Dana Whitfield": "dana@vendor.example" }`.
     * An owner name missing here is reported by the import, and its rows are stored without an owner.
     * @default {}
     */
    ownerEmails: z.record(z.string().min(1), z.email('expected an e-mail address')).default({}),
  })
  .strict();

export type ContactSettings = z.infer<typeof contactSettingsSchema>;
