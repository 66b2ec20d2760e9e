// What a task's publisher asked for and whom to contact about it: the task panel's reading of its request,
// ticket, activation or offer, and of the people behind it (S7, S9, S11).
import type { AskedRow, TaskRow } from './tasks.queries.ts';
import type { AskedView, ReachView } from './tasks.schema.ts';

export function toAskedView(task: TaskRow, a: AskedRow): AskedView {
  const request = task.kind === 'technical-request';
  const ticket = task.kind === 'support-ticket';
  return {
    offerId: a.offer_id,
    offerName: a.offer_name,
    subject: ticket ? a.ticket_subject : null,
    description: request ? a.request_description : ticket ? a.ticket_description : null,
    stage: request ? (a.stage as AskedView['stage']) : null,
    solution: request ? (a.solution as AskedView['solution']) : null,
    benefitId: task.kind === 'activation' ? task.benefit_id : null,
    grantUsdCents: task.kind === 'activation' ? a.grant_usd_cents : null,
    offerChange: a.offer_change && {
      id: a.offer_change.id,
      status: a.offer_change.status,
      requested: {
        ...(a.offer_change.listing_option !== null ? { listingOption: a.offer_change.listing_option } : {}),
        ...(a.offer_change.co_sell_ready !== null ? { coSellReady: a.offer_change.co_sell_ready } : {}),
        ...(a.offer_change.markets !== null ? { markets: a.offer_change.markets } : {}),
      },
      confirmed: {
        listingOption: a.offer_change.confirmed_listing_option,
        coSellReady: a.offer_change.confirmed_co_sell_ready,
        markets: a.offer_change.confirmed_markets,
      },
      note: a.offer_change.note,
    },
  };
}

/**
 * Whom to contact: the person who opened the request or ticket first, then the marketing contacts. Someone who
 * is both, at the same address, is listed once with both reasons (and the contact's phone and language, which a
 * user has not); at two addresses, twice, since either may be the one they read.
 */
export function toReachViews(a: AskedRow): ReachView[] {
  const people: ReachView[] = [];
  if (a.opener_id && a.opener_name && a.opener_email)
    people.push({
      userId: a.opener_id,
      name: a.opener_name,
      email: a.opener_email,
      phone: null,
      language: null,
      why: ['requester'],
      active: a.opener_active ?? false,
    });
  for (const c of a.marketing_contacts) {
    const same = people.find(
      (p) => p.userId === c.user_id && p.email.toLowerCase() === c.email.toLowerCase(),
    );
    if (same) {
      same.why.push('marketing-contact');
      same.phone = c.phone;
      same.language = c.language;
      continue;
    }
    people.push({
      userId: c.user_id,
      name: c.name,
      email: c.email,
      phone: c.phone,
      language: c.language,
      why: ['marketing-contact'],
      active: c.active,
    });
  }
  return people;
}
