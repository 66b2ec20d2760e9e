// What a task is about, in one line (the queue, the clock messages, the CSV export).
import { type Program, benefitName } from '../../domain/program.ts';
import type { TaskKind } from '../../usecases/tasks.ts';

export function taskSubject(
  kind: TaskKind,
  program: Program,
  benefitId: string | null,
  offerName: string | null,
  /** For a dispute: decided already (a publisher's reply after the decision opened its task again). */
  disputeDecided = false,
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
      return disputeDecided
        ? 'Answer the publisher about a decided dispute of billed sales'
        : 'Decide a dispute of billed sales';
    case 'offer-change':
      return `Confirm or decline a change to ${offerName ?? 'an offer'}'s listing, co-sell readiness or markets`;
  }
}
