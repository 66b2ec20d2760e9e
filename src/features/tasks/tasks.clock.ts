// The clock fields every piece of work shows: when it is due, when the contact happened, and its state.
import { CLOCK_STATES, clockState, type ClockState } from '../../domain/clocks.ts';
import Type from 'typebox';
import type { Program } from '../../domain/program.ts';

/** The clock's state as the API shows it (domain/clocks.ts). */
export const ClockView = Type.Enum(CLOCK_STATES);

export interface ClockFields {
  dueAt: string;
  contactedAt: string | null;
  clock: ClockState;
}

export function clockFields(dueAt: Date, contactedAt: Date | null, program: Program, now: Date): ClockFields {
  return {
    dueAt: dueAt.toISOString(),
    contactedAt: contactedAt?.toISOString() ?? null,
    clock: clockState(dueAt, contactedAt, now, program.windows.dueSoonHours),
  };
}
