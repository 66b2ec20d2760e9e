// Disputes: a publisher contests a billed-sales line or its tier figure; the rewards team decides within the
// promise, and an upheld dispute's correction is a manual line, written back onto the disputed line.
import type { Program } from '../../domain/program.ts';
import { addDays, isoDay } from '../../domain/time.ts';
import { trailingWindow } from '../../domain/tiers.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { change, first, sql } from '../../platform/db/tables.ts';
import { AppError, invalid } from '../../platform/problems.ts';
import { insertTask } from '../../usecases/tasks.ts';
import { assertRoomToOpen } from '../../usecases/publishers.ts';
import { recordSale } from '../billed-sales/billed-sales.service.ts';
import { completeTask } from '../tasks/tasks.service.ts';
import type { ConversationView } from './conversations.schema.ts';
import {
  addMessage,
  getConversation,
  lockedThread,
  rememberLanguage,
  tellOtherSide,
  type Links,
  type Writer,
} from './conversations.service.ts';
import { disputeFacts, findLine, openDisputeOn } from './disputes.queries.ts';
import type { DecideDisputeBody, OpenDisputeBody } from './disputes.schema.ts';

export async function openDispute(
  tx: Tx,
  program: Program,
  publisherId: string,
  body: OpenDisputeBody,
  openedBy: string,
  now: Date,
): Promise<ConversationView> {
  await assertRoomToOpen(tx, publisherId, 'disputes');
  const line = body.subject === 'line' ? await namedLine(tx, publisherId, body) : null;
  if (await openDisputeOn(tx, publisherId, line))
    throw new AppError(
      'already-disputed',
      line
        ? 'This line is disputed already; add to that conversation instead.'
        : 'The tier figure is disputed already; add to that conversation instead.',
    );
  await rememberLanguage(tx, openedBy, body.language);
  const dispute = await first(
    tx,
    sql
      .insertInto('disputes')
      .values({
        publisher_id: publisherId,
        subject: body.subject,
        line_source: line?.source ?? null,
        line_id: line?.lineId ?? null,
        note: body.note,
        opened_by: openedBy,
        created_at: now,
      })
      .returning('id'),
  );
  await insertTask(tx, {
    publisherId,
    kind: 'dispute',
    disputeId: dispute!.id,
    dueAt: addDays(now, program.windows.contactPromiseDays),
    now,
  });
  return getConversation(tx, program, publisherId, dispute!.id, now);
}

async function namedLine(
  tx: Tx,
  publisherId: string,
  body: OpenDisputeBody,
): Promise<{ source: string; lineId: string }> {
  const missing = (['source', 'lineId'] as const).filter((f) => !body[f]);
  if (missing.length > 0)
    throw invalid(
      missing.map((f) => ({ pointer: `/body/${f}`, code: 'required', detail: 'names the disputed line' })),
    );
  const line = { source: body.source!, lineId: body.lineId! };
  if (!(await findLine(tx, publisherId, line.source, line.lineId)))
    throw invalid([
      {
        pointer: '/body/lineId',
        code: 'unknown-line',
        detail: "is not one of this publisher's billed-sales lines",
      },
    ]);
  return line;
}

/**
 * Decides a dispute: the decision, and for an upheld one an optional correction written as a manual line, go onto
 * the dispute (and so onto the disputed line and the explanation); the thread ends and the publisher is told.
 */
export async function decideDispute(
  tx: Tx,
  program: Program,
  publisherId: string,
  id: string,
  body: DecideDisputeBody,
  writer: Writer,
  now: Date,
  links: Links,
): Promise<ConversationView> {
  const thread = await lockedThread(tx, publisherId, id);
  if (thread.kind !== 'dispute')
    throw invalid([{ pointer: '/params/conversationId', code: 'not-a-dispute', detail: 'is not a dispute' }]);
  if (body.correction && body.outcome !== 'upheld')
    throw invalid([
      { pointer: '/body/correction', code: 'not-upheld', detail: 'comes only with an upheld dispute' },
    ]);
  // Checked here, not by recordSale, so that the error names the field the decision has. A correction is told
  // to the publisher as part of the tier figure: dated before the trailing window, it would not be.
  const billedOn = body.correction?.billedOn;
  if (billedOn && billedOn > isoDay(now))
    throw invalid([
      { pointer: '/body/correction/billedOn', code: 'future-date', detail: 'is in the future' },
    ]);
  if (billedOn && billedOn <= trailingWindow(program, now).from)
    throw invalid([
      {
        pointer: '/body/correction/billedOn',
        code: 'before-window',
        detail: 'is before the trailing months the tier figure sums: the correction would change nothing',
      },
    ]);
  // Decided once: a second decision (a retry, or after the publisher answered) would write a second correction
  // and lose the first one's link. What follows a decision is a conversation, resolved like a ticket's.
  if ((await disputeFacts(tx, publisherId, id))?.outcome)
    throw new AppError(
      'dispute-decided',
      'The dispute is decided already; reply, or resolve the conversation.',
    );
  const correction = body.correction
    ? await recordSale(
        tx,
        program,
        publisherId,
        {
          amountUsdCents: body.correction.amountUsdCents,
          billedOn: body.correction.billedOn,
          note: body.note,
        },
        now,
      )
    : null;
  await change(
    tx,
    sql
      .updateTable('disputes')
      .set({
        outcome: body.outcome,
        decision_note: body.note,
        correction_line_id: correction?.lineId ?? null,
        correction_usd_cents: correction?.amountUsdCents ?? null,
        decided_by: writer.userId,
        decided_at: now,
        status: 'closed',
      })
      .where('id', '=', id),
  );
  await completeTask(tx, program, thread.task_id, now);
  const message = await addMessage(tx, thread, writer, 'decided', body.note, now);
  await tellOtherSide(
    tx,
    thread,
    writer,
    message,
    'dispute-decided',
    { outcome: body.outcome, body: body.note, correctionUsdCents: correction?.amountUsdCents ?? null },
    now,
    links,
  );
  return getConversation(tx, program, publisherId, id, now);
}
