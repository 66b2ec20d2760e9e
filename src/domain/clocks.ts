// The promises the program makes, as clocks: contact within a week (S8), welcome within the window (S3, S11).
import { addHours, lastAnniversary } from './time.ts';

/** on-track and due-soon while open; late once past due; kept or missed once the contact is logged. */
export const CLOCK_STATES = ['on-track', 'due-soon', 'late', 'kept', 'missed'] as const;
export type ClockState = (typeof CLOCK_STATES)[number];

export function clockState(
  dueAt: Date,
  contactedAt: Date | null,
  now: Date,
  dueSoonHours: number,
): ClockState {
  if (contactedAt) return contactedAt <= dueAt ? 'kept' : 'missed';
  if (now > dueAt) return 'late';
  return addHours(now, dueSoonHours) >= dueAt ? 'due-soon' : 'on-track';
}

/** contacted once the rewards team logged the welcome; waiting inside the window; overdue after it (S11). */
export type WelcomeState = 'contacted' | 'waiting' | 'overdue';

export interface Welcome {
  state: WelcomeState;
  windowEndsAt: Date;
}

/** The window closes at the welcome task's due time, fixed when the offer went live (a later program may differ). */
export function welcomeFor(windowEndsAt: Date, contactedAt: Date | null, now: Date): Welcome {
  const state: WelcomeState = contactedAt ? 'contacted' : now > windowEndsAt ? 'overdue' : 'waiting';
  return { state, windowEndsAt };
}

/** What the sweep does to an open task's clock at `now`. */
export type ClockAction = 'warn' | 'escalate' | null;

/**
 * Warn the assignee once the clock is due soon, escalate once it is late; each once (the timestamps say it was
 * done), never after the contact. A task first seen late is escalated without a warning.
 */
export function clockAction(
  task: { dueAt: Date; contactedAt: Date | null; warnedAt: Date | null; escalatedAt: Date | null },
  now: Date,
  dueSoonHours: number,
): ClockAction {
  if (task.contactedAt) return null;
  if (now > task.dueAt) return task.escalatedAt ? null : 'escalate';
  if (addHours(now, dueSoonHours) >= task.dueAt) return task.warnedAt ? null : 'warn';
  return null;
}

/** Days before a one-time benefit's expiry (L5) that the publisher is told. */
export const EXPIRY_WARNING_DAYS = 14;

/** True when a one-time benefit expiring at `expiresAt` should be announced now (once: `warnedAt`). */
export function expiryWarningDue(expiresAt: Date, warnedAt: Date | null, now: Date): boolean {
  return !warnedAt && now < expiresAt && addHours(now, EXPIRY_WARNING_DAYS * 24) >= expiresAt;
}

/**
 * The anniversary to announce for an evergreen benefit first unlocked at `unlockedAt` (L5), or null: the latest
 * one not after `now`, past the first year, and later than the one announced last.
 */
export function refreshToAnnounce(unlockedAt: Date, announced: Date | null, now: Date): Date | null {
  const anniversary = lastAnniversary(unlockedAt, now);
  if (anniversary.getTime() === unlockedAt.getTime()) return null;
  if (announced && announced >= anniversary) return null;
  return anniversary;
}
