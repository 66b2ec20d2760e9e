// The clock fields every piece of work shows: when it is due, when the contact happened, and its state.
import { clockState, type ClockState } from '../../domain/clocks.ts';
import type { Program } from '../../domain/program.ts';

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
