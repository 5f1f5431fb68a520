// Whether to show the first-run set-up. Only when nothing the sources cannot know is set yet,
// and only until the person saves it or says "Later" (a flag in this page's local storage:
// no email text, only "welcomed").
import type { Settings } from '../core/pack/schema';

const KEY = 'oss-assist.welcomed';

/** What the welcome asks, in order; fields an organisation set by policy are skipped. */
export const WELCOME_FIELDS = ['rsoName', 'rsoEmail', 'dutyStation', 'opsCentrePhone', 'language'] as const;
export type WelcomeField = (typeof WELCOME_FIELDS)[number];

export function welcomeFields(locked: readonly (keyof Settings)[]): WelcomeField[] {
  return WELCOME_FIELDS.filter((k) => !locked.includes(k));
}

export function shouldWelcome(settings: Settings, locked: readonly (keyof Settings)[]): boolean {
  const asks = welcomeFields(locked).filter((k) => k !== 'language');
  // Nothing left to ask, or the person has already set their RSO or duty station: no welcome.
  return asks.length > 0 && !settings.rsoEmail && !settings.dutyStation;
}

export function welcomeDismissed(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function dismissWelcome(): void {
  try {
    globalThis.localStorage?.setItem(KEY, '1');
  } catch {
    // Storage refused (a private window): the welcome shows again next time, nothing worse.
  }
}
