// What a task is about, in one line (the queue, the clock messages, the CSV export).
import { type Program, benefitName } from '../../domain/program.ts';
import type { TaskKind } from '../../usecases/tasks.ts';

export function taskSubject(
  kind: TaskKind,
  program: Program,
  benefitId: string | null,
  offerName: string | null,
  /** For a dispute: the publisher wrote after its decision (the task is then an answer owed, not a decision). */
  answerAfterDecision = false,
): string {
  const benefit = benefitId === null ? null : benefitName(program, benefitId);
  switch (kind) {
    case 'activation':
      return `Contact the marketing contact about ${benefit}`;
    case 'technical-request':
      return 'Answer a technical assistance request';
    case 'welcome':
      return `Welcome the publisher: ${offerName ?? 'an offer'} went live`;
    case 'support-ticket':
      return `Support ticket${offerName ? ` about ${offerName}` : ''}`;
    case 'dispute':
      return answerAfterDecision
        ? 'Answer the publisher about a decided dispute of billed sales'
        : 'Decide a dispute of billed sales';
    case 'offer-change':
      return `Confirm or decline a change to ${offerName ?? 'an offer'}'s listing, co-sell readiness or markets`;
  }
}

/**
 * SQL for a task `t`: for a dispute's, whether the publisher wrote after the dispute was decided (the task, opened
 * again by that reply, owes an answer, not a decision); null for other tasks.
 */
export const ANSWER_AFTER_DECISION = `CASE WHEN t.dispute_id IS NOT NULL THEN EXISTS (
    SELECT 1 FROM conversation_messages m
    WHERE m.dispute_id = t.dispute_id AND m.side = 'publisher'
      AND m.seq > (SELECT max(dm.seq) FROM conversation_messages dm
                   WHERE dm.dispute_id = t.dispute_id AND dm.event = 'decided')) END`;
