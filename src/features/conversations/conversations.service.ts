// Conversations: a support ticket, a technical request or a dispute is a thread between the publisher's users and
// the rewards team. The task's clock runs while the team owes an answer: a team reply stops it, a publisher reply
// starts it again (reopening a resolved thread), and each reply is mailed to the other side in its language.
import type { Program } from '../../domain/program.ts';
import { addDays } from '../../domain/time.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { change, first, sql } from '../../platform/db/tables.ts';
import { notFound } from '../../platform/problems.ts';
import { enqueueNotification, rewardRecipients } from '../../usecases/outbox.ts';
import { emitEvent } from '../../usecases/webhooks/emit.ts';
import type { MessageKind } from '../../usecases/messages.ts';
import { completeTask } from '../tasks/tasks.service.ts';
import { clockFields } from '../tasks/tasks.clock.ts';
import { disputeFacts, disputeFactsOf } from './disputes.queries.ts';
import {
  findThreadRow,
  listMessageRows,
  listThreadRows,
  lockThreadTask,
  rewardsTeam,
  THREAD_COLUMN,
  THREAD_TABLE,
  threadPeople,
  type ThreadRow,
} from './conversations.queries.ts';
import {
  THREAD_KINDS,
  type ConversationItem,
  type ConversationsQuery,
  type ConversationView,
  type MessageView,
  type ReplyBody,
  type ResolveBody,
  type ThreadStatus,
  type DisputeFacts,
} from './conversations.schema.ts';

/** Who writes: the user, and whether they write for the rewards team or for the publisher. */
export interface Writer {
  userId: string;
  side: 'publisher' | 'team';
}

/** Where the service is reached, for the links in mail. */
export interface Links {
  publicUrl: string;
}

export async function getConversation(
  db: Db,
  program: Program,
  publisherId: string,
  id: string,
  now: Date,
): Promise<ConversationView> {
  const thread = await findThreadRow(db, publisherId, id);
  if (!thread) throw notFound('conversation');
  const messages = await listMessageRows(db, publisherId, thread.kind, id);
  const opening: MessageView = {
    id: thread.id,
    side: 'publisher',
    event: 'opened',
    authorName: thread.opened_by_name,
    body: thread.text,
    textRemoved: thread.text_removed_at !== null,
    at: thread.created_at.toISOString(),
  };
  return {
    ...toItem(
      thread,
      thread.kind === 'dispute' ? await disputeFacts(db, publisherId, thread.id) : null,
      program,
      now,
    ),
    messages: [
      opening,
      ...messages.map((m) => ({
        id: m.id,
        side: m.side as MessageView['side'],
        event: m.event as MessageView['event'],
        authorName: m.author_name,
        body: m.body,
        textRemoved: m.text_removed_at !== null,
        at: m.created_at.toISOString(),
      })),
    ],
  };
}

/** A publisher's conversations, the most recently active first. */
export async function listConversations(
  db: Db,
  program: Program,
  publisherId: string,
  query: ConversationsQuery,
  now: Date,
): Promise<ConversationItem[]> {
  const kinds = query.kind ?? THREAD_KINDS;
  const rows = await listThreadRows(db, publisherId, kinds, query.status, query.limit ?? 100);
  // The disputes' facts in one query, not one per row.
  const facts = await disputeFactsOf(
    db,
    publisherId,
    rows.filter((r) => r.kind === 'dispute').map((r) => r.id),
  );
  return rows.map((r) => toItem(r, facts.get(r.id) ?? null, program, now));
}

/** Adds a reply. A team reply stops the clock; a publisher reply starts it again, reopening a resolved thread. */
export async function reply(
  tx: Tx,
  program: Program,
  publisherId: string,
  id: string,
  body: ReplyBody,
  writer: Writer,
  now: Date,
  links: Links,
): Promise<ConversationView> {
  const thread = await lockedThread(tx, publisherId, id);
  await rememberLanguage(tx, writer.userId, body.language);
  const resolved = thread.task_status === 'done' || thread.task_status === 'cancelled';
  if (writer.side === 'publisher') {
    if (resolved) await addMessage(tx, thread, writer, 'reopened', '', now);
    if (thread.task_status !== 'open') await oweAnswer(tx, program, thread, now);
  } else if (thread.task_status === 'open') {
    await answered(tx, thread, writer.userId, now);
  }
  const message = await addMessage(tx, thread, writer, 'reply', body.body, now);
  await tellOtherSide(tx, thread, writer, message, 'conversation-reply', { body: body.body }, now, links);
  await emitEvent(tx, {
    publisherId,
    type: 'ticket.replied',
    data: {
      publisherId,
      conversationId: thread.id,
      thread: thread.kind,
      from: writer.side === 'publisher' ? 'publisher' : 'rewards-team',
    },
    occurredAt: now,
    key: message,
  });
  return getConversation(tx, program, publisherId, id, now);
}

/** The rewards team resolves a ticket or request, or a decided dispute's later conversation (undecided: 409). */
export async function resolve(
  tx: Tx,
  program: Program,
  publisherId: string,
  id: string,
  body: ResolveBody,
  writer: Writer,
  now: Date,
  links: Links,
): Promise<ConversationView> {
  const thread = await lockedThread(tx, publisherId, id);
  await completeTask(tx, program, thread.task_id, now);
  const note = body.note?.trim() ?? '';
  const message = await addMessage(tx, thread, writer, 'resolved', note, now);
  await tellOtherSide(tx, thread, writer, message, 'conversation-resolved', { body: note }, now, links);
  return getConversation(tx, program, publisherId, id, now);
}

/** The thread, its task locked; 404 when the publisher has no such conversation. */
export async function lockedThread(tx: Tx, publisherId: string, id: string): Promise<ThreadRow> {
  const found = await findThreadRow(tx, publisherId, id);
  if (!found) throw notFound('conversation');
  await lockThreadTask(tx, found.task_id);
  return (await findThreadRow(tx, publisherId, id))!;
}

/** Remembers the language a person writes in, so the other side's replies reach them in it. */
export async function rememberLanguage(db: Db, userId: string, language: string | undefined): Promise<void> {
  if (language) await change(db, sql.updateTable('users').set({ language }).where('id', '=', userId));
}

/** Adds a message to the thread; its id names the event the other side is told of. */
export async function addMessage(
  tx: Db,
  thread: ThreadRow,
  writer: Writer,
  event: 'reply' | 'resolved' | 'reopened' | 'decided',
  body: string,
  now: Date,
): Promise<string> {
  const added = await first(
    tx,
    sql
      .insertInto('conversation_messages')
      .values({
        publisher_id: thread.publisher_id,
        [THREAD_COLUMN[thread.kind]]: thread.id,
        side: writer.side,
        event,
        author_id: writer.userId,
        body,
        created_at: now,
      })
      .returning('id'),
  );
  return added!.id;
}

/** The team answered: the clock stops (the promise is kept or missed), the work is in progress. */
async function answered(tx: Db, thread: ThreadRow, by: string, now: Date): Promise<void> {
  await change(
    tx,
    sql
      .updateTable('tasks')
      .set((eb) => ({
        status: 'contacted',
        contacted_at: now,
        assignee_id: eb.fn.coalesce('assignee_id', eb.val(by)),
        assigned_at: eb.fn.coalesce('assigned_at', eb.val(now)),
      }))
      .where('id', '=', thread.task_id),
  );
  await setThreadStatus(tx, thread, 'in-progress');
}

/** The publisher wrote after an answer or a resolution: the team owes an answer again, within the promise. */
async function oweAnswer(tx: Db, program: Program, thread: ThreadRow, now: Date): Promise<void> {
  await change(
    tx,
    sql
      .updateTable('tasks')
      .set({
        status: 'open',
        contacted_at: null,
        due_at: addDays(now, program.windows.contactPromiseDays),
        warned_at: null,
        escalated_at: null,
        closed_at: null,
        cancel_reason: null,
      })
      .where('id', '=', thread.task_id),
  );
  await setThreadStatus(tx, thread, thread.contacted_at ? 'in-progress' : 'open');
}

async function setThreadStatus(tx: Db, thread: ThreadRow, status: 'open' | 'in-progress'): Promise<void> {
  await change(tx, sql.updateTable(THREAD_TABLE[thread.kind]).set({ status }).where('id', '=', thread.id));
}

/**
 * Mails the other side: the publisher's people on the thread (its opener and whoever wrote) for a team message;
 * for a publisher's, the task's assignee and the team members on the thread, or the whole rewards team while
 * nobody of it is. Each in the language they last wrote in. One mail per message (`messageId`) and person: two
 * replies in the same instant are two events.
 */
export async function tellOtherSide(
  tx: Db,
  thread: ThreadRow,
  writer: Writer,
  messageId: string,
  kind: MessageKind,
  extra: Record<string, unknown>,
  now: Date,
  links: Links,
): Promise<void> {
  const side = writer.side === 'team' ? 'publisher' : 'team';
  let people = (await threadPeople(tx, thread, side)).filter((p) => p.id !== writer.userId);
  if (side === 'team' && people.length === 0)
    people = (await rewardsTeam(tx)).filter((p) => p.id !== writer.userId);
  // A thread the team opened for the publisher (a program admin's dispute): its rewards contacts hear back.
  if (side === 'publisher' && people.length === 0)
    people = (await rewardRecipients(tx, thread.publisher_id)).map((r) => ({ id: '', ...r }));
  const { rows } = await tx.query<{ display_name: string }>(`SELECT display_name FROM users WHERE id = $1`, [
    writer.userId,
  ]);
  const url =
    side === 'publisher'
      ? `${links.publicUrl}/conversation?id=${thread.id}`
      : `${links.publicUrl}/console?tab=queue&task=${thread.task_id}`;
  const facts = thread.kind === 'dispute' ? await disputeFacts(tx, thread.publisher_id, thread.id) : null;
  for (const person of people)
    await enqueueNotification(tx, {
      // A message to the team is staff mail, about the publisher; the publisher's people read only their own.
      publisherId: side === 'publisher' ? thread.publisher_id : null,
      about: thread.publisher_id,
      eventKey: `${kind}:${messageId}`,
      kind,
      recipientEmail: person.email,
      language: person.language,
      payload: {
        thread: thread.kind,
        title: thread.title ?? thread.offer_name,
        lineId: facts?.line?.lineId ?? null,
        companyName: thread.company_name,
        authorName: rows[0]?.display_name ?? '',
        url,
        ...extra,
      },
      now,
    });
}

function toItem(r: ThreadRow, dispute: DisputeFacts | null, program: Program, now: Date): ConversationItem {
  const status: ThreadStatus =
    r.task_status === 'done' || r.task_status === 'cancelled'
      ? 'resolved'
      : r.task_status === 'contacted'
        ? 'waiting-on-publisher'
        : 'waiting-on-team';
  return {
    id: r.id,
    kind: r.kind,
    publisherId: r.publisher_id,
    companyName: r.company_name,
    title: r.title,
    offerId: r.offer_id,
    offerName: r.offer_name,
    stage: r.stage,
    solution: r.solution,
    status,
    openedAt: r.created_at.toISOString(),
    openedByName: r.opened_by_name,
    lastAt: r.last_at.toISOString(),
    taskId: r.task_id,
    ...clockFields(r.due_at, r.contacted_at, program, now),
    dispute,
  };
}
