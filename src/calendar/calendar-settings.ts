/**
 * The `calendar` settings key: nudge lead times, budget-window policies per country and segment, and the seed
 * priors used while the database holds too little disclosure history to learn seasonality from.
 */
import { z } from 'zod';
import { type BudgetPolicies, type BudgetPolicy, DEFAULT_BUDGET_POLICIES } from '../windows/budget-windows.js';

const budgetPolicySchema = z
  .object({
    /** The window opens the day after the same day this many months before the fiscal year end. */
    startMonthsBeforeFye: z.number().int().min(0).max(24),
    /** The window closes this many months before the year end (0 = on the year end). */
    endMonthsBeforeFye: z.number().int().min(0).max(24),
    /** Why, shown in the entry's basis. */
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((policy) => policy.endMonthsBeforeFye <= policy.startMonthsBeforeFye, {
    message: 'endMonthsBeforeFye must not exceed startMonthsBeforeFye',
  });

export const calendarSettingsSchema = z
  .object({
    nudges: z
      .object({
        /** Days before a reshuffle window opens that the owning CSM is nudged. @default 14 */
        reshuffleDaysBefore: z.number().int().min(0).max(365).default(14),
        /** Days before a budget-planning window opens that the account owner is nudged. @default 30 */
        budgetDaysBefore: z.number().int().min(0).max(365).default(30),
        /** Reshuffle windows below this confidence raise no nudge (0 = all). @default 0.05 */
        minConfidence: z.number().min(0).max(1).default(0.05),
        /** Cron of the daily nudge job (UTC). @default "15 6 * * *" */
        schedule: z.string().regex(/^(\S+\s+){4,5}\S+$/u, 'expected a cron expression').default('15 6 * * *'),
      })
      .strict()
      .default({ reshuffleDaysBefore: 14, budgetDaysBefore: 30, minConfidence: 0.05, schedule: '15 6 * * *' }),
    windows: z
      .object({
        /**
         * Reshuffle windows below this confidence are left off the calendar: the predictor fills its 60-day
         * allowance, and the last few days it picks hold 1% of a year's announcements — noise on a CS calendar.
         * @default 0.02
         */
        minConfidence: z.number().min(0).max(1).default(0.02),
      })
      .strict()
      .default({ minConfidence: 0.02 }),
    /** Budget-planning policies; a country or segment given here replaces the default for that key. */
    budget: z
      .object({
        byCountry: z.record(z.string(), budgetPolicySchema).default({}),
        bySegment: z.record(z.string(), budgetPolicySchema).default({}),
        fallback: budgetPolicySchema.optional(),
      })
      .strict()
      .default({ byCountry: {}, bySegment: {} }),
    seedPriors: z
      .object({
        /**
         * Add the built-in country seasonality (see seed-priors.ts) for a country and year-end group while the
         * database holds fewer real announcements than this for it; 0 disables the seeds. @default 40
         */
        minAnnouncements: z.number().int().min(0).default(40),
      })
      .strict()
      .default({ minAnnouncements: 40 }),
  })
  .strict();

export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

/** Defaults, for callers without loaded settings (tests, the batch command). */
export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = calendarSettingsSchema.parse({});

function withNote(policy: z.infer<typeof budgetPolicySchema>, fallbackNote: string): BudgetPolicy {
  return {
    startMonthsBeforeFye: policy.startMonthsBeforeFye,
    endMonthsBeforeFye: policy.endMonthsBeforeFye,
    note: policy.note ?? fallbackNote,
  };
}

/** The documented defaults with the configured countries and segments laid over them. */
export function budgetPoliciesFrom(settings: CalendarSettings): BudgetPolicies {
  const configured = (policy: z.infer<typeof budgetPolicySchema>, key: string): BudgetPolicy =>
    withNote(policy, `configured budget period for ${key}: ${policy.startMonthsBeforeFye} to ${policy.endMonthsBeforeFye} months before the year end`);
  const byCountry: Record<string, BudgetPolicy> = { ...DEFAULT_BUDGET_POLICIES.byCountry };
  for (const [country, policy] of Object.entries(settings.budget.byCountry)) byCountry[country.toUpperCase()] = configured(policy, country.toUpperCase());
  const bySegment: Record<string, BudgetPolicy> = { ...DEFAULT_BUDGET_POLICIES.bySegment };
  for (const [segment, policy] of Object.entries(settings.budget.bySegment)) bySegment[segment] = configured(policy, `segment ${segment}`);
  const fallback = settings.budget.fallback ? configured(settings.budget.fallback, 'other countries') : DEFAULT_BUDGET_POLICIES.fallback;
  return { byCountry, bySegment, fallback };
}
