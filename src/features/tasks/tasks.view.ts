// A task and a contact as the API shows them: the task's subject in English, its clock and whether the one-week
// promise was kept.
import type { Program } from '../../domain/program.ts';
import { clockFields } from './tasks.clock.ts';
import type { ContactRow, TaskRow } from './tasks.queries.ts';
import type { ContactView, TaskView } from './tasks.schema.ts';
import { taskSubject } from './tasks.subject.ts';

export function toContactView(c: ContactRow): ContactView {
  return {
    id: c.id,
    taskId: c.task_id,
    channel: c.channel,
    note: c.note,
    contactedBy: c.contacted_by,
    contactedByName: c.contacted_by_name,
    contactedAt: c.contacted_at.toISOString(),
  };
}

export function toTaskView(r: TaskRow, program: Program, now: Date): TaskView {
  const clock = clockFields(r.due_at, r.contacted_at, program, now);
  return {
    id: r.id,
    publisherId: r.publisher_id,
    companyName: r.company_name,
    mpnId: r.mpn_id,
    kind: r.kind,
    status: r.status,
    subject: taskSubject(r.kind, program, r.benefit_id, r.offer_name, r.answer_after_decision ?? false),
    benefitId: r.benefit_id,
    offerName: r.offer_name,
    activationId: r.activation_id,
    technicalRequestId: r.technical_request_id,
    offerId: r.offer_id,
    supportTicketId: r.support_ticket_id,
    disputeId: r.dispute_id,
    answerAfterDecision: r.answer_after_decision,
    offerChangeId: r.offer_change_id,
    createdAt: r.created_at.toISOString(),
    ...clock,
    promiseKept:
      r.status === 'cancelled'
        ? null
        : clock.clock === 'kept'
          ? true
          : clock.clock === 'missed' || clock.clock === 'late'
            ? false
            : null,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    assignedAt: r.assigned_at?.toISOString() ?? null,
    warnedAt: r.warned_at?.toISOString() ?? null,
    escalatedAt: r.escalated_at?.toISOString() ?? null,
    closedAt: r.closed_at?.toISOString() ?? null,
    cancelReason: r.cancel_reason,
  };
}
