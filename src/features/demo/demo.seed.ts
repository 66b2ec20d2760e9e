import { hash } from '@node-rs/argon2';
// Demo data: a handful of publishers across listing types and tiers, made through the same services the API
// uses. Seeded once, on the first start of an empty database.
import type { Program } from '../../domain/program.ts';
import { addDays, addMonths } from '../../domain/time.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { change, first, sql } from '../../platform/db/tables.ts';
import { ingestBatch } from '../billed-sales/billed-sales.service.ts';
import { storeRates } from '../currency-rates/currency-rates.service.ts';
import { assignContact } from '../contacts/contacts.service.ts';
import { changeOfferStatus, createOffer } from '../offers/offers.service.ts';
import { createPublisher } from '../publishers/publishers.service.ts';
import { insertUser } from '../users/users.queries.ts';
import { addUser } from '../users/users.service.ts';
import { logContact } from '../tasks/tasks.service.ts';
import type { CreateOfferBody } from '../offers/offers.schema.ts';
import { submitTechnicalRequest } from '../technical-requests/technical-requests.service.ts';
import type { CreateTechnicalRequestBody } from '../technical-requests/technical-requests.schema.ts';
import { demoRates, demoSales, type SalesPlan } from './demo.sales.ts';

export const DEMO_STAFF = [
  { email: 'team@rewards.example', displayName: 'Riley Chen (rewards team)', role: 'rewards-team' },
  { email: 'admin@rewards.example', displayName: 'Morgan Lee (program admin)', role: 'program-admin' },
] as const;

interface DemoPublisher {
  mpnId: string;
  companyName: string;
  accountEmail: string;
  owner: { email: string; displayName: string };
  others: { email: string; displayName: string; role: 'publisher-admin' | 'publisher-member' }[];
  /** `welcomedAfterDays`: the rewards team logged the welcome contact that many days after go-live. */
  offers: (CreateOfferBody & { liveDaysAgo?: number; welcomedAfterDays?: number })[];
  /** Billed sales of its transact offer (the one with an `externalId`), as the marketplace feed sends them. */
  sales?: Omit<SalesPlan, 'mpnId' | 'offerId'>;
  contact?: { email: string; phone: string; language: string };
  /** A technical request (S9) one of its people sent that many days ago, about the offer named. */
  request?: { by: string; offer: string; daysAgo: number } & Omit<CreateTechnicalRequestBody, 'offerId'>;
}

const PUBLISHERS: DemoPublisher[] = [
  {
    mpnId: '4012345',
    companyName: 'Contoso Analytics',
    accountEmail: 'accounts@contoso.example',
    owner: { email: 'ava@contoso.example', displayName: 'Ava Patel' },
    others: [
      { email: 'marco@contoso.example', displayName: 'Marco Rossi', role: 'publisher-admin' },
      { email: 'dev@contoso.example', displayName: 'Dana Kim', role: 'publisher-member' },
    ],
    offers: [
      {
        name: 'Contoso Insights',
        marketplace: 'azure-marketplace',
        listingOption: 'transact',
        markets: ['US', 'GB', 'TW'],
        externalId: 'contoso-insights',
        liveDaysAgo: 420,
        welcomedAfterDays: 5,
      },
      {
        name: 'Contoso Connector',
        marketplace: 'appsource',
        listingOption: 'contact-me',
        markets: ['US'],
        liveDaysAgo: 20,
      },
    ],
    // About 30 customers from $50 to $220 a month, a third of them since launch: the $25K tier.
    sales: {
      prefix: 'CTS',
      seed: 4012345,
      countries: ['US', 'US', 'US', 'CA', 'GB', 'GB', 'TW', 'DE', 'JP'],
      segments: [
        { customers: 10, startMonthsAgo: [13, 12], endMonthsAgo: 0, usdPerMonth: [50, 220], churn: 0.04 },
        { customers: 18, startMonthsAgo: [11, 1], endMonthsAgo: 0, usdPerMonth: [50, 220], churn: 0.04 },
      ],
      refunds: 3,
      cancellationMonthsAgo: 5,
      fraudMonthsAgo: 8,
    },
  },
  {
    mpnId: '5023456',
    companyName: 'Fabrikam Cloud',
    accountEmail: 'partners@fabrikam.example',
    owner: { email: 'lena@fabrikam.example', displayName: 'Lena Fischer' },
    others: [{ email: 'tomas@fabrikam.example', displayName: 'Tomas Novak', role: 'publisher-admin' }],
    offers: [
      {
        name: 'Fabrikam Backup',
        marketplace: 'azure-marketplace',
        listingOption: 'transact',
        markets: ['DE', 'US'],
        coSellReady: true,
        externalId: 'fabrikam-backup',
        liveDaysAgo: 400,
        welcomedAfterDays: 3,
      },
    ],
    // About 50 customers from $150 to $600 a month, most in Europe, 20 since launch: the $100K tier.
    sales: {
      prefix: 'FBK',
      seed: 5023456,
      countries: ['DE', 'DE', 'DE', 'FR', 'NL', 'ES', 'GB', 'GB', 'US', 'US', 'JP'],
      segments: [
        { customers: 20, startMonthsAgo: [13, 12], endMonthsAgo: 0, usdPerMonth: [150, 600], churn: 0.02 },
        { customers: 28, startMonthsAgo: [11, 0], endMonthsAgo: 0, usdPerMonth: [150, 600], churn: 0.02 },
      ],
      refunds: 5,
      cancellationMonthsAgo: 3,
      fraudMonthsAgo: 2,
    },
    contact: { email: 'lena.fischer@fabrikam.example', phone: '+49 30 901820', language: 'de' },
    // Nine days ago: two days past the one-week promise, so the queue shows a late request with its text.
    request: {
      by: 'tomas@fabrikam.example',
      offer: 'Fabrikam Backup',
      daysAgo: 9,
      stage: 'design',
      solution: 'hybrid',
      description:
        'We are designing restore across two Azure regions and an on-premises site. Which replication setup do you recommend for 40 TB of backups, and can someone review our design before the pilot?',
    },
  },
  {
    mpnId: '6034567',
    companyName: 'Northwind Traders',
    accountEmail: 'it@northwind.example',
    owner: { email: 'wei@northwind.example', displayName: 'Wei Lin' },
    others: [],
    offers: [
      {
        name: 'Northwind Catalog',
        marketplace: 'appsource',
        listingOption: 'contact-me',
        markets: ['TW'],
        liveDaysAgo: 10,
      },
      {
        name: 'Northwind Sync (BYOL)',
        marketplace: 'azure-marketplace',
        listingOption: 'byol',
        markets: ['TW'],
        liveDaysAgo: 90,
        welcomedAfterDays: 9,
      },
    ],
    contact: { email: 'wei.lin@northwind.example', phone: '+886 2 2345 6789', language: 'zh-TW' },
  },
  {
    mpnId: '7045678',
    companyName: 'Tailspin Toys',
    accountEmail: 'office@tailspin.example',
    owner: { email: 'sam@tailspin.example', displayName: 'Sam Okafor' },
    others: [],
    offers: [
      {
        name: 'Tailspin Flight Sim',
        marketplace: 'azure-marketplace',
        listingOption: 'free-trial',
        markets: ['US'],
        liveDaysAgo: 40,
      },
    ],
  },
  {
    mpnId: '8056789',
    companyName: 'Adventure Works Consulting',
    accountEmail: 'hello@adventure-works.example',
    owner: { email: 'jo@adventure-works.example', displayName: 'Jo Martin' },
    others: [],
    offers: [
      {
        name: 'Cloud Migration Assessment',
        marketplace: 'azure-marketplace',
        listingOption: 'consulting',
        markets: ['US'],
      },
    ],
  },
  {
    mpnId: '9067890',
    companyName: 'Woodgrove Software',
    accountEmail: 'finance@woodgrove.example',
    owner: { email: 'kai@woodgrove.example', displayName: 'Kai Nakamura' },
    others: [],
    offers: [
      {
        name: 'Woodgrove Ledger',
        marketplace: 'azure-marketplace',
        listingOption: 'transact',
        markets: ['JP', 'US'],
        externalId: 'woodgrove-ledger',
        liveDaysAgo: 500,
        welcomedAfterDays: 2,
      },
    ],
    // A strong launch (eight large Japanese customers, then gone) that has rolled out of the trailing window, then
    // a few small customers: the benefits of the strong months stay unlocked (L6).
    sales: {
      prefix: 'WGS',
      seed: 9067890,
      countries: ['JP', 'JP', 'JP', 'US'],
      segments: [
        { customers: 8, startMonthsAgo: [16, 15], endMonthsAgo: 13, usdPerMonth: [2_000, 4_000], churn: 0 },
        { customers: 10, startMonthsAgo: [12, 2], endMonthsAgo: 0, usdPerMonth: [20, 60], churn: 0.05 },
      ],
      refunds: 1,
    },
  },
];

/** Every demo account signs in with this password (the README lists the accounts). */
export const DEMO_PASSWORD = 'marketplace-rewards-demo';
// The demo's people get a password below, so no invitation mail either.
const NO_INVITE = { by: null, publicUrl: '', mail: false };
/** The months back the demo has currency rates for: its oldest line is 16 months old. */
const RATE_MONTHS = 18;

/** Seeds the demo publishers unless any publisher exists. Returns whether it seeded. */
export async function seedDemo(tx: Tx, program: Program, now: Date): Promise<boolean> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('marketplace-rewards:seed'))");
  const { rows } = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM publishers');
  if ((rows[0]?.n ?? 0) > 0) return false;
  const staff: Awaited<ReturnType<typeof insertUser>>[] = [];
  for (const s of DEMO_STAFF) staff.push(await insertUser(tx, { publisherId: null, ...s, now }));
  const team = staff[0]!;
  const admin = staff[1]!;
  // Each month's EUR, GBP and JPY rate, for the months the demo's lines are billed in.
  await storeRates(tx, demoRates(now, RATE_MONTHS), addDays(now, -600));
  // Every publisher's events are replayed together, in the order they happened, so every unlock, clock, message
  // and tier change is what the live system would have produced: offers going live, welcome calls, billed sales,
  // marketing contacts. (Replayed publisher by publisher, the tier engine's clock went back at each publisher:
  // other companies' tiers were recomputed as of earlier days, their histories no longer in date order.)
  const events: { at: Date; run: () => Promise<unknown> }[] = [];
  for (const d of PUBLISHERS) {
    const created = addDays(now, -600);
    const publisher = await createPublisher(
      tx,
      { mpnId: d.mpnId, companyName: d.companyName, accountEmail: d.accountEmail, owner: d.owner },
      NO_INVITE,
      created,
    );
    const owner = await first(
      tx,
      sql
        .selectFrom('users')
        .select('id')
        .where((eb) => eb(eb.fn('lower', ['email']), '=', eb.fn('lower', [eb.val(d.owner.email)]))),
    );
    const ownerId = owner!.id;
    for (const u of d.others) await addUser(tx, publisher.id, u, NO_INVITE, created);
    const offerIds = new Map<string, string>();
    for (const { liveDaysAgo, welcomedAfterDays, ...offer } of d.offers) {
      const made = await createOffer(
        tx,
        program,
        publisher.id,
        { ...offer, ownerUserId: ownerId },
        { kind: 'feed' },
        created,
      );
      offerIds.set(offer.name, made.id);
      if (liveDaysAgo === undefined) continue;
      const liveAt = addDays(now, -liveDaysAgo);
      events.push({
        at: liveAt,
        run: () => changeOfferStatus(tx, program, publisher.id, made.id, 'live', liveAt),
      });
      if (welcomedAfterDays === undefined) continue;
      const welcomedAt = addDays(liveAt, welcomedAfterDays);
      events.push({
        at: welcomedAt,
        run: async () => {
          const task = await first(
            tx,
            sql
              .selectFrom('tasks')
              .select('id')
              .where('offer_id', '=', made.id)
              .where('kind', '=', 'welcome'),
          );
          const note = 'Welcome call: walked through the benefits this offer qualifies for.';
          await logContact(tx, program, task!.id, { channel: 'phone', note }, team.id, welcomedAt);
        },
      });
    }
    const transact = d.offers.find((o) => o.externalId);
    if (d.sales && transact?.externalId) {
      const plan = { ...d.sales, mpnId: d.mpnId, offerId: transact.externalId };
      // Sent as the marketplace's feed sends them, by the program admin's hand here: the feed's history shows them.
      const sender = (i: number) => ({
        userId: admin.id,
        tokenId: null,
        idempotencyKey: `demo-${d.mpnId}-${i}`,
      });
      for (const [i, batch] of demoSales(plan, now).entries()) {
        events.push({
          at: batch.at,
          run: () => ingestBatch(tx, program, batch.lines, sender(i), batch.at),
        });
      }
    }
    const contact = d.contact;
    if (contact) {
      const at = addMonths(now, -1);
      events.push({
        at,
        run: () => assignContact(tx, program, publisher.id, { userId: ownerId, ...contact }, at),
      });
    }
    const request = d.request;
    if (request) {
      const { by, offer, daysAgo, ...body } = request;
      const at = addDays(now, -daysAgo);
      events.push({
        at,
        run: async () => {
          const user = await first(tx, sql.selectFrom('users').select('id').where('email', '=', by));
          const offerId = offerIds.get(offer)!;
          await submitTechnicalRequest(tx, program, publisher.id, { offerId, ...body }, user!.id, at);
        },
      });
    }
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const event of events) await event.run();
  // Demo accounts sign in with the demo password at once; their invitation links are spent.
  await change(tx, sql.updateTable('users').set({ password_hash: await hash(DEMO_PASSWORD) }));
  await change(tx, sql.updateTable('invitations').set({ used_at: now }).where('used_at', 'is', null));
  return true;
}
