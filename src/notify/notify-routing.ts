/**
 * Routing: which channels and addresses an alert for a given owner goes to, in which language, instantly or
 * in the daily digest. An owner's own settings win over their team's, the team's over the defaults.
 * Slack targets and webhooks are named here, so delivery rows hold names and the secrets stay in the config.
 */
import type { DigestMode, Language, NotifySettings, RouteSettings, SlackTarget, WebhookSettings } from './notify-settings.js';

export type DeliveryChannel = 'slack' | 'email' | 'webhook';

export interface PlannedTarget {
  readonly channel: DeliveryChannel;
  /** An e-mail address, a Slack route name (`owner:…`, `team:…`, `defaults`, `leadership:N`) or a webhook name. */
  readonly target: string;
  readonly language: Language;
}

export interface OwnerRoute {
  readonly language: Language;
  readonly digest: DigestMode;
  /** Addresses for this owner's alerts (empty when e-mail is off or SMTP is not configured). */
  readonly emails: readonly string[];
  /** The Slack route name, or null. */
  readonly slack: string | null;
}

const normalizeEmail = (email: string): string => email.trim().toLowerCase();

function ownerEntry(settings: NotifySettings, owner: string | null): [string, RouteSettings & { team?: string }] | null {
  if (!owner) return null;
  const wanted = normalizeEmail(owner);
  for (const [key, value] of Object.entries(settings.owners)) if (normalizeEmail(key) === wanted) return [key, value];
  return null;
}

function teamOf(settings: NotifySettings, owner: string | null, explicit: string | undefined): [string, RouteSettings] | null {
  if (explicit) {
    const team = settings.teams[explicit];
    return team ? [explicit, team] : null;
  }
  if (!owner) return null;
  const wanted = normalizeEmail(owner);
  for (const [name, team] of Object.entries(settings.teams)) if (team.members.some((member) => normalizeEmail(member) === wanted)) return [name, team];
  return null;
}

/** The route of one owner (null: an alert whose contact has no owner — defaults only). */
export function resolveOwnerRoute(settings: NotifySettings, owner: string | null): OwnerRoute {
  const own = ownerEntry(settings, owner);
  const team = teamOf(settings, owner, own?.[1].team);
  const levels: Array<[string, RouteSettings]> = [];
  if (own) levels.push([`owner:${normalizeEmail(own[0])}`, own[1]]);
  if (team) levels.push([`team:${team[0]}`, team[1]]);
  levels.push(['defaults', settings.defaults]);
  const first = <K extends keyof RouteSettings>(key: K): [string, NonNullable<RouteSettings[K]>] | null => {
    for (const [name, level] of levels) {
      const value = level[key];
      if (value !== undefined) return [name, value as NonNullable<RouteSettings[K]>];
    }
    return null;
  };
  const email = first('email')?.[1] ?? 'owner';
  const emails = !settings.email || email === false ? [] : email === 'owner' ? (owner ? [normalizeEmail(owner)] : []) : email.map(normalizeEmail);
  const slack = first('slack');
  return {
    language: first('language')?.[1] ?? 'en',
    digest: first('digest')?.[1] ?? 'instant',
    emails,
    slack: slack && slack[1] !== false ? slack[0] : null,
  };
}

/** Where one alert goes now: the owner's channels when the owner wants instant alerts, and the alert webhooks. */
export function instantAlertTargets(settings: NotifySettings, owner: string | null): { readonly route: OwnerRoute; readonly targets: readonly PlannedTarget[] } {
  const route = resolveOwnerRoute(settings, owner);
  const targets: PlannedTarget[] = [];
  if (route.digest === 'instant') {
    for (const email of route.emails) targets.push({ channel: 'email', target: email, language: route.language });
    if (route.slack) targets.push({ channel: 'slack', target: route.slack, language: route.language });
  }
  for (const webhook of settings.webhooks) if (webhook.events.includes('alert')) targets.push({ channel: 'webhook', target: webhook.name, language: route.language });
  return { route, targets };
}

/** The Slack webhook behind a route name, as configured now (null when it has since been removed). */
export function slackTargetNamed(settings: NotifySettings, name: string): SlackTarget | null {
  const pick = (value: RouteSettings['slack']): SlackTarget | null => (value ? value : null);
  if (name === 'defaults') return pick(settings.defaults.slack);
  if (name.startsWith('team:')) return pick(settings.teams[name.slice(5)]?.slack);
  if (name.startsWith('owner:')) return pick(ownerEntry(settings, name.slice(6))?.[1].slack);
  if (name.startsWith('leadership:')) return settings.leadership.recipients[Number(name.slice(11))]?.slack ?? null;
  return null;
}

export function webhookNamed(settings: NotifySettings, name: string): WebhookSettings | null {
  return settings.webhooks.find((webhook) => webhook.name === name) ?? null;
}
