import { describe, expect, it } from 'vitest';
import { loadSettings } from '../config/settings.js';
import { DEFAULT_BUDGET_POLICIES } from '../windows/budget-windows.js';
import { budgetPoliciesFrom, calendarSettingsSchema, DEFAULT_CALENDAR_SETTINGS } from './calendar-settings.js';

describe('calendar settings', () => {
  it('default to 14/30 nudge days, the documented budget policies and seeds below 40 announcements', () => {
    expect(DEFAULT_CALENDAR_SETTINGS.nudges).toMatchObject({ reshuffleDaysBefore: 14, budgetDaysBefore: 30 });
    expect(DEFAULT_CALENDAR_SETTINGS.seedPriors.minAnnouncements).toBe(40);
    expect(budgetPoliciesFrom(DEFAULT_CALENDAR_SETTINGS)).toEqual(DEFAULT_BUDGET_POLICIES);
  });

  it('lay configured countries and segments over the defaults', () => {
    const settings = calendarSettingsSchema.parse({ budget: { byCountry: { de: { startMonthsBeforeFye: 5, endMonthsBeforeFye: 2 } }, bySegment: { smb: { startMonthsBeforeFye: 2, endMonthsBeforeFye: 0, note: 'SMB decides late' } } } });
    const policies = budgetPoliciesFrom(settings);
    expect(policies.byCountry['DE']).toMatchObject({ startMonthsBeforeFye: 5, endMonthsBeforeFye: 2 });
    expect(policies.byCountry['JP']).toEqual(DEFAULT_BUDGET_POLICIES.byCountry['JP']);
    expect(policies.bySegment['smb']?.note).toBe('SMB decides late');
  });

  it('refuse a window that ends before it starts and unknown keys', () => {
    expect(calendarSettingsSchema.safeParse({ budget: { byCountry: { JP: { startMonthsBeforeFye: 1, endMonthsBeforeFye: 3 } } } }).success).toBe(false);
    expect(calendarSettingsSchema.safeParse({ nudges: { reshuffleDays: 3 } }).success).toBe(false);
  });

  it('are the `calendar` key of the settings, defaults filled in', () => {
    const settings = loadSettings({ env: {}, cwd: '/nonexistent', overrides: { calendar: { nudges: { reshuffleDaysBefore: 7 } } } });
    expect(settings.calendar.nudges).toMatchObject({ reshuffleDaysBefore: 7, budgetDaysBefore: 30 });
    expect(loadSettings({ env: {}, cwd: '/nonexistent' }).calendar).toEqual(DEFAULT_CALENDAR_SETTINGS);
  });
});
