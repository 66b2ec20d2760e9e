// The clocks' sweep: warnings before a promise runs out, escalations when it has, the welcome window's lapse told
// to the offer's owner (S11), one-time benefits about to expire and evergreen ones refreshed (L5), and the work of
// deactivated people rerouted. A periodic job runs it with the injected clock's `now`. Idempotent and safe in
// several processes: rows are taken with SKIP LOCKED, each step is recorded on the row, each message has a dedupe key.
import { clockAction } from '../../domain/clocks.ts';
import type { Program } from '../../domain/program.ts';
import { addHours } from '../../domain/time.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { change, type Row, run, sql } from '../../platform/db/tables.ts';
import { remindExpiringGrants } from '../sponsorships/sponsorships.service.ts';
import { emitEvent } from '../../usecases/webhooks/emit.ts';
import { announceRefreshes, tellExpiries, warnExpiries } from './clocks.expiries.ts';
import { enqueueNotification, publisherLeads, type Recipient, userLanguage } from '../../usecases/outbox.ts';
import { rerouteFromUser } from '../../usecases/reroute.ts';
import type { TaskKind } from '../../usecases/tasks.ts';
import { ANSWER_AFTER_DECISION, taskSubject } from '../tasks/tasks.subject.ts';

export interface SweepResult {
  warned: number;
  escalated: number;
  welcomesLapsed: number;
  expiryWarnings: number;
  refreshes: number;
  rerouted: number;
  /** Sponsorship grants whose contacts were reminded that money left on them expires soon. */
  grantReminders: number;
  /** One-time benefits and grants that expired since the last sweep, told once each (webhooks). */
  expiries: number;
}

/** One sweep at `now`. `inTx` runs each step in its own transaction (a route, the CLI or a job gives it). */
export async function sweepClocks(
  inTx: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>,
  program: Program,
  now: Date,
): Promise<SweepResult> {
  const result: SweepResult = {
    warned: 0,
    escalated: 0,
    welcomesLapsed: 0,
    expiryWarnings: 0,
    refreshes: 0,
    rerouted: 0,
    grantReminders: 0,
    expiries: 0,
  };
  result.rerouted = await inTx(async (tx) => {
    const { rows } = await tx.query<Pick<Row<'users'>, 'id'>>(
      `SELECT DISTINCT u.id FROM users u
       WHERE NOT u.active AND (
         EXISTS (SELECT 1 FROM tasks t WHERE t.assignee_id = u.id AND t.status IN ('open', 'contacted'))
         OR EXISTS (SELECT 1 FROM offers o WHERE o.owner_user_id = u.id AND o.status = 'live')
         OR EXISTS (SELECT 1 FROM notifications n WHERE n.status IN ('queued', 'held', 'failed')
                    AND (lower(n.recipient_email) = lower(u.email) OR lower(n.recipient_email) IN
                      (SELECT lower(c.email) FROM marketing_contacts c WHERE c.user_id = u.id))))`,
    );
    let n = 0;
    for (const { id } of rows) n += await rerouteFromUser(tx, id, now);
    return n;
  });
  for (;;) {
    const done = await inTx((tx) => sweepTaskClocks(tx, program, now, result));
    if (done < 200) break;
  }
  result.expiryWarnings = await inTx((tx) => warnExpiries(tx, program, now));
  result.refreshes = await inTx((tx) => announceRefreshes(tx, program, now));
  result.grantReminders = await inTx((tx) => remindExpiringGrants(tx, program, now));
  result.expiries = await inTx((tx) => tellExpiries(tx, program, now));
  return result;
}

type ClockRow = Pick<
  Row<'tasks'>,
  'id' | 'publisher_id' | 'due_at' | 'contacted_at' | 'warned_at' | 'escalated_at' | 'offer_id'
> &
  Pick<Row<'publishers'>, 'company_name'> & {
    kind: TaskKind;
    // The LEFT JOINs: the active assignee, the activation, the offer and its owner.
    assignee_email: Row<'users'>['email'] | null;
    assignee_name: Row<'users'>['display_name'] | null;
    benefit_id: Row<'activations'>['benefit_id'] | null;
    offer_name: Row<'offers'>['name'] | null;
    answer_after_decision: boolean | null;
    offer_live_at: Row<'offers'>['live_at'];
    owner_user_id: Row<'offers'>['owner_user_id'];
    owner_email: Row<'users'>['email'] | null;
    owner_active: Row<'users'>['active'] | null;
  };

async function sweepTaskClocks(tx: Tx, program: Program, now: Date, result: SweepResult): Promise<number> {
  const { rows } = await tx.query<ClockRow>(
    `SELECT t.id, t.publisher_id, p.company_name, t.kind, t.due_at, t.contacted_at, t.warned_at, t.escalated_at,
            a.email AS assignee_email, a.display_name AS assignee_name, ac.benefit_id,
            t.offer_id, o.name AS offer_name, o.live_at AS offer_live_at, o.owner_user_id,
            ou.email AS owner_email, ou.active AS owner_active,
            ${ANSWER_AFTER_DECISION} AS answer_after_decision
     FROM tasks t
     JOIN publishers p ON p.id = t.publisher_id
     LEFT JOIN users a ON a.id = t.assignee_id AND a.active
     LEFT JOIN activations ac ON ac.id = t.activation_id
     LEFT JOIN offers o ON o.id = t.offer_id
     LEFT JOIN users ou ON ou.id = o.owner_user_id
     WHERE t.status = 'open' AND t.contacted_at IS NULL AND t.due_at <= $1
       AND (t.warned_at IS NULL OR (t.escalated_at IS NULL AND t.due_at < $2))
     ORDER BY t.due_at LIMIT 200
     FOR NO KEY UPDATE OF t SKIP LOCKED`,
    [addHours(now, program.windows.dueSoonHours), now],
  );
  for (const task of rows) {
    const action = clockAction(
      {
        dueAt: task.due_at,
        contactedAt: task.contacted_at,
        warnedAt: task.warned_at,
        escalatedAt: task.escalated_at,
      },
      now,
      program.windows.dueSoonHours,
    );
    // A task seen first when late is escalated; it is marked warned too so the sweep passes it by.
    if (action === null) {
      await change(
        tx,
        sql
          .updateTable('tasks')
          .set((eb) => ({ warned_at: eb.fn.coalesce('warned_at', eb.val(now)) }))
          .where('id', '=', task.id),
      );
      continue;
    }
    const subject = taskSubject(
      task.kind,
      program,
      task.benefit_id,
      task.offer_name,
      task.answer_after_decision ?? false,
    );
    const payload = {
      taskId: task.id,
      publisherId: task.publisher_id,
      companyName: task.company_name,
      taskSubject: subject,
      dueAt: task.due_at.toISOString(),
      assigneeName: task.assignee_name,
    };
    const due = task.due_at.toISOString();
    if (action === 'warn') {
      const to: Recipient[] = task.assignee_email
        ? [{ email: task.assignee_email, language: 'en' }]
        : await staff(tx, 'rewards-team');
      for (const r of to)
        await enqueueNotification(tx, {
          publisherId: null,
          about: task.publisher_id,
          eventKey: `clock-warning:${task.id}:${due}`,
          kind: 'clock-warning',
          recipientEmail: r.email,
          language: r.language,
          payload,
          now,
        });
      await change(tx, sql.updateTable('tasks').set({ warned_at: now }).where('id', '=', task.id));
      result.warned++;
      continue;
    }
    // The promise ran out (task.late) and the program admins were told (task.escalated): one step, two facts.
    const taskData = { publisherId: task.publisher_id, taskId: task.id, kind: task.kind, dueAt: due };
    for (const type of ['task.late', 'task.escalated'] as const)
      await emitEvent(tx, {
        publisherId: task.publisher_id,
        type,
        data: taskData,
        occurredAt: type === 'task.late' ? task.due_at : now,
        key: `${task.id}:${due}`,
      });
    for (const r of await staff(tx, 'program-admin'))
      await enqueueNotification(tx, {
        publisherId: null,
        about: task.publisher_id,
        eventKey: `clock-escalation:${task.id}:${due}`,
        kind: 'clock-escalation',
        recipientEmail: r.email,
        language: r.language,
        payload,
        now,
      });
    await change(
      tx,
      sql
        .updateTable('tasks')
        .set((eb) => ({ escalated_at: now, warned_at: eb.fn.coalesce('warned_at', eb.val(now)) }))
        .where('id', '=', task.id),
    );
    result.escalated++;
    if (task.kind === 'welcome' && task.offer_id) {
      // S11: the offer's owner got the go-live message; they hear that the window passed, with what to do.
      const owners: Recipient[] =
        task.owner_email && task.owner_active
          ? [{ email: task.owner_email, language: await userLanguage(tx, task.owner_user_id!) }]
          : await publisherLeads(tx, task.publisher_id);
      for (const r of owners)
        await enqueueNotification(tx, {
          publisherId: task.publisher_id,
          eventKey: `welcome-lapsed:${task.offer_id}:${due}`,
          kind: 'welcome-lapsed',
          recipientEmail: r.email,
          language: r.language,
          payload: {
            offerId: task.offer_id,
            offerName: task.offer_name,
            liveAt: task.offer_live_at?.toISOString() ?? null,
            windowEndedAt: due,
          },
          now,
        });
      result.welcomesLapsed++;
    }
  }
  return rows.length;
}

/** The active staff of `role`, by email; staff read their messages in English. */
async function staff(tx: Db, role: 'rewards-team' | 'program-admin'): Promise<Recipient[]> {
  const rows = await run(
    tx,
    sql
      .selectFrom('users')
      .select('email')
      .where('role', '=', role)
      .where('active', '=', true)
      .orderBy('email'),
  );
  return rows.map(({ email }) => ({ email, language: 'en' }));
}
