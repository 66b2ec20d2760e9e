// The demo's billed sales as the marketplace feed would send them: customers in several countries and currencies
// who subscribe, grow, leave, get refunds, cancel a purchase before use or turn out to be fraud, billed month by
// month. Deterministic: a seeded generator and dates counted back from `now`, so every start shows the same story.
import type { RawLine } from '../../domain/ledger.ts';
import { addDays } from '../../domain/time.ts';
import type { RateView } from '../currency-rates/currency-rates.schema.ts';

/** Where customers are and what they pay in: ISO 3166 country, ISO 4217 currency. */
const COUNTRIES = {
  US: 'USD',
  CA: 'USD',
  TW: 'USD',
  DE: 'EUR',
  FR: 'EUR',
  NL: 'EUR',
  ES: 'EUR',
  GB: 'GBP',
  JP: 'JPY',
} as const;
type Country = keyof typeof COUNTRIES;
type Currency = (typeof COUNTRIES)[Country];

/** USD per unit around which each month's demo rate moves (roughly 2025-2026 levels). */
const BASE_RATES: Record<Exclude<Currency, 'USD'>, number> = { EUR: 1.09, GBP: 1.28, JPY: 0.0067 };

/** Microsoft's fictitious company names: the customers. */
const NAMES = [
  'alpine-ski-house',
  'bellows-college',
  'best-for-you-organics',
  'blue-yonder-airlines',
  'city-power-light',
  'coho-winery',
  'consolidated-messenger',
  'datum-corporation',
  'fourth-coffee',
  'graphic-design-institute',
  'humongous-insurance',
  'lamna-healthcare',
  'litware',
  'lucerne-publishing',
  'margies-travel',
  'munsons-pickles',
  'nod-publishers',
  'proseware',
  'relecloud',
  'school-of-fine-art',
  'southridge-video',
  'trey-research',
  'vanarsdel',
  'wide-world-importers',
  'wingtip-toys',
  'woodgrove-bank',
  'first-up-consultants',
  'baldwin-museum',
  'fabrikam-residences',
  'tailwind-traders',
];

export interface SalesPlan {
  mpnId: string;
  /** The offer's id in the feed (`offers.external_id`). */
  offerId: string;
  /** Line ids start with it. */
  prefix: string;
  seed: number;
  /** Countries customers come from, repeated to weight them. */
  countries: Country[];
  segments: {
    customers: number;
    /** The months (0 = this one) in which customers start and the last month billed. */
    startMonthsAgo: [number, number];
    endMonthsAgo: number;
    /** A customer's monthly USD list price, from and to. */
    usdPerMonth: [number, number];
    /** The chance that a customer leaves after a month. */
    churn: number;
  }[];
  /** Partial refunds of that many charges. */
  refunds: number;
  /** A new customer's first purchase cancelled before use, that many months ago. */
  cancellationMonthsAgo?: number;
  /** A purchase reversed for fraud three weeks after it was billed, that many months ago. */
  fraudMonthsAgo?: number;
}

/** A month's batch: the lines billed in it, sent on its last day (today for this month). */
export interface SalesBatch {
  at: Date;
  lines: RawLine[];
}

/** A small seeded generator (mulberry32): the same seed, the same demo. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The first day of the month `monthsAgo` before `now`'s, as a UTC date. */
function monthStart(now: Date, monthsAgo: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1));
}

const ym = (at: Date) => at.toISOString().slice(0, 7);
const day = (at: Date) => at.toISOString().slice(0, 10);

/** The demo rate of a currency for a month: a slow wave around its base, as a decimal of 4 significant digits. */
function rateOf(currency: Exclude<Currency, 'USD'>, month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const wave = Math.sin((y * 12 + m) / 2.7 + currency.length * currency.charCodeAt(0));
  const value = BASE_RATES[currency] * (1 + 0.035 * wave);
  return Number(value.toPrecision(4));
}

/** The rates of every demo currency for the months from `monthsBack` ago to `now`'s. */
export function demoRates(now: Date, monthsBack: number): RateView[] {
  const rates: RateView[] = [];
  for (let k = monthsBack; k >= 0; k--) {
    const month = ym(monthStart(now, k));
    for (const currency of ['EUR', 'GBP', 'JPY'] as const) {
      rates.push({ currency, month, usdPerUnit: String(rateOf(currency, month)) });
    }
  }
  return rates;
}

/**
 * A list price in minor units of the customer's currency (ISO 4217: cents, pence; JPY has none): the USD price at
 * the base rate, rounded as price lists are.
 */
function listPrice(usd: number, currency: Currency): number {
  if (currency === 'USD') return Math.round(usd / 5) * 5 * 100;
  if (currency === 'JPY') return Math.round(usd / BASE_RATES.JPY / 1000) * 1000;
  return Math.round(usd / BASE_RATES[currency] / 5) * 5 * 100;
}

/** The feed's lines of one publisher, month by month up to `now`. */
export function demoSales(plan: SalesPlan, now: Date): SalesBatch[] {
  const random = generator(plan.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + random() * (high - low);
  const today = day(now);
  const byMonth = new Map<number, RawLine[]>();
  const add = (monthsAgo: number, line: RawLine) => {
    if ((line.billedOn as string) > today) return;
    byMonth.set(monthsAgo, [...(byMonth.get(monthsAgo) ?? []), line]);
  };
  const charges: { monthsAgo: number; line: RawLine }[] = [];
  let serial = 0;
  let customerNo = 0;
  const line = (monthsAgo: number, on: Date, fields: Partial<RawLine>): RawLine => ({
    source: 'marketplace',
    lineId: `${plan.prefix}-${ym(on).replace('-', '')}-${String(++serial).padStart(4, '0')}`,
    mpnId: plan.mpnId,
    offerId: plan.offerId,
    billedOn: day(on),
    kind: 'charge',
    ...fields,
  });
  const newCustomer = () => {
    const country = pick(plan.countries);
    const round = Math.floor(customerNo / NAMES.length);
    const name = `${NAMES[customerNo++ % NAMES.length]!}${round > 0 ? `-${round + 1}` : ''}`;
    return { id: name, country, currency: COUNTRIES[country] };
  };

  for (const segment of plan.segments) {
    for (let c = 0; c < segment.customers; c++) {
      const customer = newCustomer();
      const [oldest, newest] = segment.startMonthsAgo;
      const start = Math.round(between(newest, oldest));
      const billingDay = 1 + Math.floor(random() * 28);
      const price = listPrice(between(...segment.usdPerMonth), customer.currency);
      let seats = 1;
      for (let k = start; k >= segment.endMonthsAgo; k--) {
        const on = addDays(monthStart(now, k), billingDay - 1);
        const charge = line(k, on, {
          customerId: customer.id,
          customerCountry: customer.country,
          amountMinor: price * seats,
          currency: customer.currency,
        });
        add(k, charge);
        charges.push({ monthsAgo: k, line: charge });
        if (random() < 0.08) seats++;
        if (k !== start && random() < segment.churn) break;
      }
    }
  }

  // Refunds: part of a charge given back about ten days later, in whichever month that falls.
  const refundable = charges.filter((c) => c.monthsAgo >= 1);
  for (let r = 0; r < plan.refunds && refundable.length > 0; r++) {
    const { monthsAgo, line: charge } = refundable.splice(Math.floor(random() * refundable.length), 1)[0]!;
    const on = addDays(new Date(`${charge.billedOn as string}T00:00:00Z`), 10);
    const back = Math.round(((charge.amountMinor as number) * pick([0.25, 0.5, 1])) / 100) * 100 || 1;
    const later = ym(on) === (charge.billedOn as string).slice(0, 7) ? monthsAgo : monthsAgo - 1;
    add(
      later,
      line(later, on, {
        customerId: charge.customerId,
        customerCountry: charge.customerCountry,
        amountMinor: -Math.min(back, charge.amountMinor as number),
        currency: charge.currency,
        kind: 'refund',
        reversesLineId: charge.lineId,
      }),
    );
  }

  // A purchase cancelled before use (L6): billed on the 3rd, cancelled on the 5th; it never counts.
  if (plan.cancellationMonthsAgo !== undefined) {
    const k = plan.cancellationMonthsAgo;
    const customer = newCustomer();
    const fields = {
      customerId: customer.id,
      customerCountry: customer.country,
      currency: customer.currency,
    };
    const amount = listPrice(2_400, customer.currency);
    const charge = line(k, addDays(monthStart(now, k), 2), { ...fields, amountMinor: amount });
    add(k, charge);
    add(
      k,
      line(k, addDays(monthStart(now, k), 4), {
        ...fields,
        amountMinor: -amount,
        kind: 'cancellation',
        reversesLineId: charge.lineId,
      }),
    );
  }

  // A fraudulent purchase (stolen card details), charged back three weeks later (L6): it never counts.
  if (plan.fraudMonthsAgo !== undefined) {
    const k = plan.fraudMonthsAgo;
    const fields = { customerId: 'northbridge-trading', customerCountry: 'GB', currency: 'GBP' };
    const amount = listPrice(6_500, 'GBP');
    const charged = addDays(monthStart(now, k), 11);
    const charge = line(k, charged, { ...fields, amountMinor: amount });
    add(k, charge);
    const reversed = addDays(charged, 21);
    const later = ym(reversed) === ym(charged) ? k : k - 1;
    add(
      later,
      line(later, reversed, {
        ...fields,
        amountMinor: -amount,
        kind: 'fraud-reversal',
        reversesLineId: charge.lineId,
      }),
    );
  }

  return [...byMonth.entries()]
    .sort(([a], [b]) => b - a)
    .map(([k, lines]) => {
      const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - k + 1, 0, 18));
      return { at: k === 0 || last > now ? now : last, lines };
    });
}
