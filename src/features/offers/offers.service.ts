// Offers (S2, L1) and what happens when one goes live (S3, S11).
import { welcomeFor } from '../../domain/clocks.ts';
import type { Program } from '../../domain/program.ts';
import { addDays } from '../../domain/time.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { change, sql } from '../../platform/db/tables.ts';
import { AppError, notFound } from '../../platform/problems.ts';
import { refreshUnlocks } from '../../usecases/unlocks.ts';
import { assertPublisherExists } from '../../usecases/publishers.ts';
import { enqueueNotification, optedOut, rewardRecipients, userLanguage } from '../../usecases/outbox.ts';
import { insertTask } from '../../usecases/tasks.ts';
import { activeUser } from '../users/users.service.ts';
import { requestOfferChange, settleWithSource } from './offer-changes.service.ts';
import {
  findOfferRow,
  insertOffer,
  listOfferRows,
  setOfferStatus,
  updateOfferRow,
  type OfferRow,
} from './offers.queries.ts';
import type { CreateOfferBody, OfferChangeView, OfferView, UpdateOfferBody } from './offers.schema.ts';

/**
 * Who changes an offer. The listing option, co-sell readiness and markets decide benefits and are the
 * marketplace's facts: the feed reports them and a program admin sets them; the publisher's people ask for them
 * (a change request the rewards team or the feed settles). Everything else about an offer is the publisher's.
 */
export type OfferEditor =
  { kind: 'publisher'; userId: string } | { kind: 'program-admin'; userId: string } | { kind: 'feed' };

export async function createOffer(
  tx: Tx,
  program: Program,
  publisherId: string,
  body: CreateOfferBody,
  editor: OfferEditor,
  now: Date,
): Promise<OfferView> {
  await assertPublisherExists(tx, publisherId);
  if (body.ownerUserId) await activeUser(tx, publisherId, body.ownerUserId, '/body/ownerUserId');
  // A publisher's new offer waits for its facts to be confirmed: until then it counts for no benefit, is not co-sell
  // ready and is sold nowhere.
  const declared = editor.kind === 'publisher';
  const id = await insertOffer(tx, {
    publisherId,
    name: body.name,
    marketplace: body.marketplace,
    listingOption: body.listingOption,
    private: body.private ?? false,
    coSellReady: declared ? false : (body.coSellReady ?? false),
    markets: declared ? [] : (body.markets ?? []),
    ownerUserId: body.ownerUserId ?? null,
    externalId: body.externalId ?? null,
    factsConfirmedAt: declared ? null : now,
    now,
  }).catch((error: unknown) => {
    if (isUniqueViolation(error, 'offers_publisher_external_id_key')) {
      throw new AppError(
        'external-id-taken',
        `This publisher has an offer with externalId ${body.externalId} already.`,
        {
          errors: [{ pointer: '/body/externalId', code: 'taken', detail: 'is registered already' }],
        },
      );
    }
    throw error;
  });
  if (declared) {
    const asked = {
      listingOption: body.listingOption,
      ...(body.coSellReady ? { coSellReady: true } : {}),
      ...(body.markets?.length ? { markets: body.markets } : {}),
    };
    await requestOfferChange(tx, program, publisherId, id, asked, editor.userId, now);
  }
  return getOffer(tx, program, publisherId, id, now);
}

/**
 * Changes an offer. From a publisher's people, the marketplace facts it names (listing option, co-sell readiness,
 * markets) become a change request and the rest is changed at once; from a program admin or the feed, all of it is
 * changed, and an open request it settles is settled (`settleWithSource`).
 */
export async function updateOffer(
  tx: Tx,
  program: Program,
  publisherId: string,
  offerId: string,
  body: UpdateOfferBody,
  editor: OfferEditor,
  now: Date,
): Promise<OfferView> {
  if (body.ownerUserId) await activeUser(tx, publisherId, body.ownerUserId, '/body/ownerUserId');
  const { listingOption, coSellReady, markets, ...own } = body;
  const facts = {
    ...(listingOption !== undefined ? { listingOption } : {}),
    ...(coSellReady !== undefined ? { coSellReady } : {}),
    ...(markets !== undefined ? { markets } : {}),
  };
  const direct = editor.kind === 'publisher' ? own : body;
  if (!(await updateOfferRow(tx, publisherId, offerId, direct, now))) throw notFound('offer');
  if (editor.kind === 'publisher') {
    if (Object.keys(facts).length > 0)
      await requestOfferChange(tx, program, publisherId, offerId, facts, editor.userId, now);
  } else if (Object.keys(facts).length > 0) {
    await settleWithSource(tx, publisherId, offerId, editor, now);
  }
  await refreshUnlocks(tx, program, publisherId, now);
  return getOffer(tx, program, publisherId, offerId, now);
}

/** The cancel reason of a welcome cancelled by its offer's delisting: the one a relisting reopens. */
const DELISTED = 'delisted';

/**
 * Moves an offer live or delists it (the marketplace feed's report). Going live for the first time opens the
 * welcome clock: a task for the rewards team due at the end of the welcome window (S3, S11). Setting the
 * status it already has changes nothing.
 */
export async function changeOfferStatus(
  tx: Tx,
  program: Program,
  publisherId: string,
  offerId: string,
  status: 'live' | 'delisted',
  now: Date,
): Promise<OfferView> {
  const offer = await findOfferRow(tx, publisherId, offerId);
  if (!offer) throw notFound('offer');
  if (offer.status !== status) {
    if (offer.status === 'draft' && status === 'delisted') {
      throw new AppError('offer-status-conflict', 'A draft offer was never live, so it cannot be delisted.');
    }
    await setOfferStatus(tx, publisherId, offerId, status, now);
    if (status === 'delisted') {
      // Nobody is to be welcomed to a delisted offer: its open welcome leaves the queue, marked as the delisting's.
      await change(
        tx,
        sql
          .updateTable('tasks')
          .set({ status: 'cancelled', closed_at: now, cancel_reason: DELISTED })
          .where('offer_id', '=', offerId)
          .where('kind', '=', 'welcome')
          .where('status', '=', 'open'),
      );
    }
    if (status === 'live' && offer.live_at && !(await optedOut(tx, publisherId, ['all', 'welcome']))) {
      // Relisted: the welcome it lost at delisting (and only that one: not one cancelled by the team or an
      // opt-out, L8) opens again, counted from now, and the owner hears of it.
      const reopened = await change(
        tx,
        sql
          .updateTable('tasks')
          .set({
            status: 'open',
            due_at: addDays(now, program.windows.welcomeWindowDays),
            warned_at: null,
            escalated_at: null,
            closed_at: null,
            cancel_reason: null,
          })
          .where('offer_id', '=', offerId)
          .where('kind', '=', 'welcome')
          .where('status', '=', 'cancelled')
          .where('cancel_reason', '=', DELISTED),
      );
      if (reopened) await tellOwnerOfferIsLive(tx, program, offer, now, `relisted:${now.toISOString()}`);
    }
    if (status === 'live' && !offer.live_at) {
      await tellOwnerOfferIsLive(tx, program, offer, now, 'first');
      await insertTask(tx, {
        publisherId,
        kind: 'welcome',
        offerId,
        dueAt: addDays(now, program.windows.welcomeWindowDays),
        now,
      });
    }
    await refreshUnlocks(tx, program, publisherId, now);
  }
  return getOffer(tx, program, publisherId, offerId, now);
}

/** S3, S11: the offer's owner (or, without one, the publisher's owners) gets the notification and next steps. */
async function tellOwnerOfferIsLive(
  tx: Db,
  program: Program,
  offer: OfferRow,
  now: Date,
  occasion: string,
): Promise<void> {
  const recipients =
    offer.owner_email && offer.owner_active
      ? [{ email: offer.owner_email, language: await userLanguage(tx, offer.owner_user_id!) }]
      : await rewardRecipients(tx, offer.publisher_id);
  for (const recipient of recipients) {
    await enqueueNotification(tx, {
      publisherId: offer.publisher_id,
      eventKey: `offer-live:${offer.id}:${occasion}`,
      kind: 'offer-live',
      recipientEmail: recipient.email,
      language: recipient.language,
      payload: {
        offerId: offer.id,
        offerName: offer.name,
        welcomeBy: addDays(now, program.windows.welcomeWindowDays).toISOString(),
      },
      now,
    });
  }
  if (occasion !== 'first') return;
  // S12: every listing gets the base self-serve resources, sent to whoever hears about the publisher's rewards.
  for (const recipient of await rewardRecipients(tx, offer.publisher_id)) {
    await enqueueNotification(tx, {
      publisherId: offer.publisher_id,
      eventKey: `self-serve-resources:${offer.id}`,
      kind: 'self-serve-resources',
      recipientEmail: recipient.email,
      language: recipient.language,
      payload: { offerId: offer.id, offerName: offer.name },
      now,
    });
  }
}

export async function listOffers(
  db: Db,
  program: Program,
  publisherId: string,
  now: Date,
): Promise<OfferView[]> {
  return (await listOfferRows(db, publisherId)).map((row) => toOfferView(row, program, now));
}

export async function getOffer(
  db: Db,
  program: Program,
  publisherId: string,
  offerId: string,
  now: Date,
): Promise<OfferView> {
  const row = await findOfferRow(db, publisherId, offerId);
  if (!row) throw notFound('offer');
  return toOfferView(row, program, now);
}

function toOfferView(row: OfferRow, program: Program, now: Date): OfferView {
  const owner =
    row.owner_user_id && row.owner_name && row.owner_email
      ? {
          id: row.owner_user_id,
          displayName: row.owner_name,
          email: row.owner_email,
          active: row.owner_active ?? false,
        }
      : null;
  return {
    id: row.id,
    externalId: row.external_id,
    publisherId: row.publisher_id,
    name: row.name,
    marketplace: row.marketplace,
    listingOption: row.listing_option,
    listingType: program.listingOptions[row.listing_option],
    private: row.private,
    coSellReady: row.co_sell_ready,
    markets: row.markets,
    owner,
    status: row.status,
    liveAt: row.live_at?.toISOString() ?? null,
    delistedAt: row.delisted_at?.toISOString() ?? null,
    factsConfirmed: row.facts_confirmed_at !== null,
    changeRequest: row.change_request ? toChangeView(row.change_request) : null,
    createdAt: row.created_at.toISOString(),
    welcome:
      row.status === 'live' && row.welcome_due_at ? welcomeView(row, owner, now, row.welcome_due_at) : null,
  };
}

function toChangeView(r: NonNullable<OfferRow['change_request']>): OfferChangeView {
  return {
    id: r.id,
    status: r.status,
    requested: {
      ...(r.listing_option !== null ? { listingOption: r.listing_option } : {}),
      ...(r.co_sell_ready !== null ? { coSellReady: r.co_sell_ready } : {}),
      ...(r.markets !== null ? { markets: r.markets } : {}),
    },
    requestedAt: new Date(r.requested_at).toISOString(),
    requestedByName: r.requested_by_name,
    decidedVia: r.decided_via,
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    note: r.note,
  };
}

function welcomeView(
  row: OfferRow,
  owner: OfferView['owner'],
  now: Date,
  windowEndsAt: Date,
): OfferView['welcome'] {
  const welcome = welcomeFor(windowEndsAt, row.welcome_contacted_at, now);
  const day = welcome.windowEndsAt.toISOString().slice(0, 10);
  const overdue = welcome.state === 'overdue';
  const message = {
    contacted: 'The rewards team has contacted you about what this offer qualifies for.',
    waiting: `The rewards team will contact you about what this offer qualifies for by ${day}.`,
    overdue:
      owner && owner.active
        ? `No welcome message by ${day}: ${owner.displayName} (${owner.email}) owns this offer and received the next steps. If they cannot help, open a support ticket.`
        : `No welcome message by ${day}, and the offer has no active owner: open a support ticket.`,
  }[welcome.state];
  return {
    state: welcome.state,
    windowEndsAt: welcome.windowEndsAt.toISOString(),
    contactedAt: row.welcome_contacted_at?.toISOString() ?? null,
    message,
    owner: overdue ? owner : null,
    supportTicket: overdue
      ? { method: 'POST', href: `/api/v1/publishers/${row.publisher_id}/support-tickets` }
      : null,
  };
}
