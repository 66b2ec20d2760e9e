// The promises the program makes, as clocks: contact within a week (S8), welcome within the window (S3, S11).
import { addHours } from './time.ts';

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
