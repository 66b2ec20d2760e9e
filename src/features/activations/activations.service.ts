// Activating a benefit (S8): only an available one, only with a marketing contact; the rewards team then has
// one week to contact the marketing contact, and the contacts hear about it.
import { clockState } from '../../domain/clocks.ts';
import { promiseTerms, type PromiseTerms } from '../../domain/promise.ts';
import { type Program, benefitName } from '../../domain/program.ts';
import { addDays, isoDay } from '../../domain/time.ts';
import { statement, type Db, type Tx } from '../../platform/db/pool.ts';
import { type Dated, first, type Row, sql } from '../../platform/db/tables.ts';
import { AppError, invalid, notFound } from '../../platform/problems.ts';
import { evaluatePublisherWith, factsWith, refreshUnlocks } from '../../usecases/unlocks.ts';
import { listContacts } from '../contacts/contacts.queries.ts';
import { enqueueNotification } from '../../usecases/outbox.ts';
import { emitEvent } from '../../usecases/webhooks/emit.ts';
import { insertTask } from '../../usecases/tasks.ts';
import { assertSponsorshipIssuable, issueGrant } from '../sponsorships/sponsorships.service.ts';
import type { ActivationView } from './activations.schema.ts';

type ActivationRow = Pick<
  Row<'activations'>,
  'id' | 'publisher_id' | 'benefit_id' | 'created_at' | 'period_start' | 'program_version'
> &
  Pick<Row<'tasks'>, 'due_at' | 'contacted_at'> & {
    status: ActivationView['status'];
    /** The marketing contacts' names, oldest contact first; null without any. */
    contact_names: Row<'users'>['display_name'][] | null;
  };

const ACTIVATION_SELECT = `
  SELECT a.id, a.publisher_id, a.benefit_id, a.status, a.created_at, a.period_start, a.program_version,
         t.due_at, t.contacted_at,
         (SELECT array_agg(u.display_name ORDER BY c.created_at) FROM marketing_contacts c JOIN users u ON u.id = c.user_id
           WHERE c.publisher_id = a.publisher_id) AS contact_names
  FROM activations a JOIN tasks t ON t.activation_id = a.id`;

/** An activation again answers with it: a named statement. */
const oneActivation = statement('activation', `${ACTIVATION_SELECT} WHERE a.publisher_id = $1 AND a.id = $2`);

export type ActivationOutcome = { created: boolean; activation: ActivationView };

/**
 * Activating again, answered from a read: when the benefit has its activation in the current period already and
 * the rules unlock nothing new to record, activating changes nothing, and the answer is that activation (200).
 * Read without a transaction or the publisher's lock, so that repeats (a client retrying, a double click) neither
 * wait on one another nor hold up a change. Undefined when there is something to do: `activateBenefit` does it.
 */
export async function findRepeatedActivation(
  db: Db,
  program: Program,
  publisherId: string,
  benefitId: string,
  now: Date,
): Promise<ActivationView | undefined> {
  const { eligibility, extra } = await evaluatePublisherWith(db, program, publisherId, now, {
    statement: factsAndActivations,
    values: [benefitId],
  });
  if (eligibility.unlockChanges.length > 0) return undefined;
  const activationId = eligibility.benefits.find((b) => b.benefit.id === benefitId)?.activationId;
  const found = (extra.activations_of_benefit as Dated<ActivationRow>[]).find((a) => a.id === activationId);
  return found && toView(revived(found), program, now);
}

/** The benefit's ($4) activations beside the publisher's facts: a repeat is answered in one round trip. */
const factsAndActivations = factsWith('facts-and-activations-of-benefit', [
  `(SELECT coalesce(json_agg(t), '[]') FROM (${ACTIVATION_SELECT} WHERE a.publisher_id = $1 AND a.benefit_id = $4) t)
     AS activations_of_benefit`,
]);

function revived(a: Dated<ActivationRow>): ActivationRow {
  return {
    ...a,
    created_at: new Date(a.created_at),
    period_start: new Date(a.period_start),
    due_at: new Date(a.due_at),
    contacted_at: a.contacted_at === null ? null : new Date(a.contacted_at),
  };
}

export async function activateBenefit(
  tx: Tx,
  program: Program,
  publisherId: string,
  benefitId: string,
  requestedBy: string,
  now: Date,
): Promise<ActivationOutcome> {
  // Locks the publisher: concurrent activations of one publisher run one after the other.
  const eligibility = await refreshUnlocks(tx, program, publisherId, now);
  const status = eligibility.benefits.find((b) => b.benefit.id === benefitId);
  if (!status) {
    throw invalid([
      {
        pointer: '/body/benefitId',
        code: 'unknown-benefit',
        detail: `is not a benefit of program ${program.version}`,
      },
    ]);
  }
  if (status.activationId) {
    return {
      created: false,
      activation: (await findActivation(tx, program, publisherId, status.activationId, now))!,
    };
  }
  if (status.benefit.activation === 'request') {
    throw new AppError(
      'benefit-activated-by-request',
      `${status.benefit.name} is asked for through a technical assistance request (S9).`,
      {
        extensions: { href: `/api/v1/publishers/${publisherId}/technical-requests` },
      },
    );
  }
  if (status.state !== 'available' || !status.periodStart) {
    throw new AppError('benefit-not-available', `${status.benefit.name} is ${status.state}.`, {
      extensions: { state: status.state, reasons: [...status.reasons, ...status.blockers] },
    });
  }
  const contacts = (await listContacts(tx, publisherId)).filter((c) => c.user.active);
  if (status.benefit.category === 'sales-and-marketing' && contacts.length === 0) {
    throw new AppError(
      'marketing-contact-required',
      'Assign a marketing contact before activating a sales and marketing benefit: the rewards team will contact them (S6).',
      { extensions: { href: `/api/v1/publishers/${publisherId}/marketing-contacts` } },
    );
  }

  const sponsorship = status.benefit.kind === 'sponsorship' && (status.amountUsdCents ?? 0) > 0;
  // One sponsorship at a time (L9): the publisher is locked, so two activations at once see each other's grant.
  if (sponsorship) await assertSponsorshipIssuable(tx, program, publisherId, now);

  const inserted = await first(
    tx,
    sql
      .insertInto('activations')
      .values({
        publisher_id: publisherId,
        benefit_id: benefitId,
        period_start: status.periodStart,
        requested_by: requestedBy,
        program_version: program.version,
        created_at: now,
      })
      .returning('id'),
  );
  const activationId = inserted!.id;
  const dueAt = addDays(now, program.windows.contactPromiseDays);
  await emitEvent(tx, {
    publisherId,
    type: 'activation.created',
    data: { publisherId, activationId, benefitId, contactDueAt: dueAt.toISOString() },
    occurredAt: now,
    key: activationId,
  });
  if (sponsorship) {
    await issueGrant(
      tx,
      program,
      { publisherId, activationId, benefitId, amountUsdCents: status.amountUsdCents! },
      now,
    );
  }
  await insertTask(tx, { publisherId, kind: 'activation', activationId, dueAt, now });
  for (const contact of contacts) {
    await enqueueNotification(tx, {
      publisherId,
      eventKey: `activation-received:${activationId}`,
      kind: 'activation-received',
      recipientEmail: contact.email,
      language: contact.language,
      payload: {
        activationId,
        benefitId,
        benefitName: status.benefit.name,
        contactDueAt: dueAt.toISOString(),
      },
      now,
    });
  }
  return { created: true, activation: (await findActivation(tx, program, publisherId, activationId, now))! };
}

export async function listActivations(
  db: Db,
  program: Program,
  publisherId: string,
  now: Date,
): Promise<ActivationView[]> {
  const { rows } = await db.query<ActivationRow>(
    `${ACTIVATION_SELECT} WHERE a.publisher_id = $1 ORDER BY a.created_at DESC, a.id`,
    [publisherId],
  );
  return rows.map((r) => toView(r, program, now));
}

export async function getActivation(
  db: Db,
  program: Program,
  publisherId: string,
  activationId: string,
  now: Date,
): Promise<ActivationView> {
  const activation = await findActivation(db, program, publisherId, activationId, now);
  if (!activation) throw notFound('activation');
  return activation;
}

async function findActivation(
  db: Db,
  program: Program,
  publisherId: string,
  activationId: string,
  now: Date,
) {
  const { rows } = await db.query<ActivationRow>(oneActivation([publisherId, activationId]));
  return rows[0] && toView(rows[0], program, now);
}

function toView(r: ActivationRow, program: Program, now: Date): ActivationView {
  const clock = clockState(r.due_at, r.contacted_at, now, program.windows.dueSoonHours);
  const contactDueAt = r.due_at.toISOString();
  const contactedAt = r.contacted_at?.toISOString() ?? null;
  return {
    id: r.id,
    publisherId: r.publisher_id,
    benefitId: r.benefit_id,
    benefitName: benefitName(program, r.benefit_id),
    status: r.status,
    requestedAt: r.created_at.toISOString(),
    periodStart: r.period_start.toISOString(),
    programVersion: r.program_version,
    contactDueAt,
    contactedAt,
    clock,
    promise: promiseSentence(promiseTerms({ clock, contactDueAt, contactedAt }), r.contact_names),
  };
}

/** The promise in English; the portal words the same terms (src/domain/promise.ts) in the reader's language. */
function promiseSentence(terms: PromiseTerms, contactNames: string[] | null): string {
  const who = contactNames?.length ? contactNames.join(', ') : 'your marketing contact';
  const day = isoDay(new Date(terms.at));
  switch (terms.code) {
    case 'kept':
      return `The rewards team contacted ${who} on ${day}.`;
    case 'missed':
      return `The rewards team contacted ${who} on ${day}, after the promised date.`;
    case 'late':
      return `The rewards team promised to contact ${who} by ${day} and is late.`;
    case 'due':
      return `The rewards team will contact ${who} by ${day}.`;
  }
}
