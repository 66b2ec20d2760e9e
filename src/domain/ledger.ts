// A billed-sales line from the marketplace feed: what a valid one is, its amount in USD by the rate of its billing
// month, and whether it counts toward a tier (L2, L6). Pure: lookups and today come in as arguments.
import { toUsdCents, type Rate } from './currency.ts';

export const LINE_KINDS = ['charge', 'refund', 'cancellation', 'fraud-reversal'] as const;
export type LineKind = (typeof LINE_KINDS)[number];
/** Cancellations and fraud reversals void the purchase they name: neither counts toward a tier (L6). */
export const REVERSAL_KINDS: readonly LineKind[] = ['cancellation', 'fraud-reversal'];
/** Charges count, and refunds lower the figure; a charge voided by a reversal does not count. */
export const COUNTED_KINDS: readonly LineKind[] = ['charge', 'refund'];

/** The fields of a line as they arrive (a CSV row's cells, a JSON object's values). */
export const LINE_FIELDS = [
  'source',
  'lineId',
  'mpnId',
  'publisherId',
  'offerId',
  'customerId',
  'customerCountry',
  'amountMinor',
  'currency',
  'billedOn',
  'kind',
  'reversesLineId',
] as const;
export type LineField = (typeof LINE_FIELDS)[number];
const KNOWN_FIELDS = new Set<string>(LINE_FIELDS);

/** The first field of a line that a line does not have (a line from JSON may name any); undefined when none. */
export function unknownField(raw: object): string | undefined {
  return Object.keys(raw).find((key) => !KNOWN_FIELDS.has(key));
}

/** The fields every line has (a file's header names them all): one of mpnId and publisherId is enough. */
export const REQUIRED_LINE_FIELDS: readonly (readonly LineField[])[] = [
  ['source'],
  ['lineId'],
  ['mpnId', 'publisherId'],
  ['offerId'],
  ['customerId'],
  ['customerCountry'],
  ['amountMinor'],
  ['currency'],
  ['billedOn'],
  ['kind'],
];
export type RawLine = Partial<Record<LineField, unknown>>;

/**
 * A checked line. Its publisher and offer are ids (uuids) as text, or, for lines read against loaded lookups, the
 * lookups' own references to them (`Id`): a file import then never turns a uuid from text into bytes per line.
 */
export interface Line<Id = string> {
  source: string;
  lineId: string;
  publisherId: Id;
  /** Null only for a manual line entered by the rewards team. */
  offerId: Id | null;
  customerId: string;
  customerCountry: string;
  /** The amount as sent, in minor units of `currency`. */
  amountMinor: number;
  currency: string;
  /** The amount in USD cents by its month's rate; null for a reversal whose month has no rate yet. */
  usdCents: number | null;
  billedOn: string;
  kind: LineKind;
  reverses: string | null;
  note: string | null;
}

export type LineRejectCode =
  | 'unknown-field'
  | 'missing-field'
  | 'malformed-text'
  | 'formula-cell'
  | 'unknown-publisher'
  | 'unknown-offer'
  | 'offer-of-another-publisher'
  | 'malformed-country'
  | 'unknown-currency'
  | 'missing-rate'
  | 'malformed-date'
  | 'future-date'
  | 'malformed-amount'
  | 'negative-charge'
  | 'wrong-sign'
  | 'unknown-kind'
  | 'missing-reverses'
  | 'unexpected-reverses'
  | 'conflicting-duplicate';

export interface LineReject {
  code: LineRejectCode;
  /** The field at fault, when one is. */
  field: LineField | null;
  detail: string;
}

/**
 * What a line is checked against: the publishers, offers and rates the ledger knows, and today's day. Publishers
 * and offers are found as references of the context's choosing (`Id`), compared by identity.
 */
export interface LineContext<Id> {
  publisherByMpn(mpnId: string): Id | undefined;
  publisherById(id: string): Id | undefined;
  /** The publisher's offer with this marketplace id (an id is unique within a publisher only). */
  offer(publisher: Id, externalId: string): Id | undefined;
  /** Whether any publisher has an offer with this marketplace id. */
  offerExists(externalId: string): boolean;
  /** The rate of a currency for a billing month `YYYY-MM`; USD needs none. */
  rate(currency: string, month: string): Rate | undefined;
  today: string;
}

/** Printable ASCII, most ids: checked first, as the Unicode rule below costs more. */
const ASCII_TEXT = /^[\x20-\x7e]{1,200}$/;
/**
 * Text without control (Cc: C0, DEL, C1 such as U+0085) or format characters (Cf: zero-width space and joiners,
 * U+2060, the byte-order mark, bidirectional marks): invisible, they would make "G-7" and "G-7\u200b" two keys.
 */
const TEXT = /^[^\p{Cc}\p{Cf}]{1,200}$/u;
/** Spaces (any Unicode white space) at either end: ids are compared exactly, so "G-7 " would be another line. */
const PADDED = /^\s|\s$/;
const FORMULA = /^[=+\-@]/;
const DAY = /^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const AMOUNT = /^-?\d{1,15}$/;
/** A line may carry at most $1B: a larger figure is a unit mistake, not a sale. */
const MAX_USD_CENTS = 100_000_000_000;

type Checked<T> = { ok: true; value: T } | { ok: false; reject: LineReject };

const fail = (code: LineRejectCode, field: LineField | null, detail: string): Checked<never> => ({
  ok: false,
  reject: { code, field, detail },
});

/** A text field's value, null when an optional one is absent, or why it is refused. */
function text(value: unknown, field: LineField, required: boolean): string | null | LineReject {
  if (value === undefined || value === null || value === '') {
    return required ? { code: 'missing-field', field, detail: `${field} is missing` } : null;
  }
  // A lone surrogate cannot be stored as sent (it would become U+FFFD, and two ids one key).
  if (
    typeof value !== 'string' ||
    (!ASCII_TEXT.test(value) && (!TEXT.test(value) || !value.isWellFormed()))
  ) {
    return {
      code: 'malformed-text',
      field,
      detail: `${field} must be 1 to 200 characters of text, without control or invisible formatting characters`,
    };
  }
  if (PADDED.test(value)) {
    return {
      code: 'malformed-text',
      field,
      detail: `${field} starts or ends with a space; send it without, as ids are compared exactly`,
    };
  }
  if (FORMULA.test(value)) {
    return {
      code: 'formula-cell',
      field,
      detail: `${field} starts with ${value[0]}, which a spreadsheet would run as a formula`,
    };
  }
  return value;
}

/**
 * Whether text can be stored and answered as it is: PostgreSQL holds no NUL in text or JSON, and a lone surrogate
 * has no UTF-8 form (it would be stored as U+FFFD). A rejected line's id is echoed only when it is such text.
 */
export function isStorableText(value: unknown): value is string {
  return typeof value === 'string' && !value.includes('\u0000') && value.isWellFormed();
}

const refused = (value: string | null | LineReject): value is LineReject =>
  value !== null && typeof value === 'object';

/**
 * Checks a raw line and resolves it against the ledger's facts; the first problem found is the reason. A file
 * import checks millions of lines: the fields are read one by one, into locals, with no closure or object made
 * for a line until its result.
 */
export function readLine<Id>(raw: RawLine, ctx: LineContext<Id>): Checked<Line<Id>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('missing-field', null, 'a line is an object of fields');
  }
  const source = text(raw.source, 'source', true);
  if (refused(source)) return { ok: false, reject: source };
  const lineId = text(raw.lineId, 'lineId', true);
  if (refused(lineId)) return { ok: false, reject: lineId };
  const customerId = text(raw.customerId, 'customerId', true);
  if (refused(customerId)) return { ok: false, reject: customerId };
  const offerId = text(raw.offerId, 'offerId', true);
  if (refused(offerId)) return { ok: false, reject: offerId };
  const mpnId = text(raw.mpnId, 'mpnId', false);
  if (refused(mpnId)) return { ok: false, reject: mpnId };
  const byId = text(raw.publisherId, 'publisherId', false);
  if (refused(byId)) return { ok: false, reject: byId };
  const reverses = text(raw.reversesLineId, 'reversesLineId', false);
  if (refused(reverses)) return { ok: false, reject: reverses };

  const kind = raw.kind;
  if (typeof kind !== 'string' || !(LINE_KINDS as readonly string[]).includes(kind)) {
    return fail('unknown-kind', 'kind', `kind must be one of ${LINE_KINDS.join(', ')}`);
  }
  const lineKind = kind as LineKind;

  // A uuid is the same in capitals (RFC 9562); the ledger's are lower case.
  const publisherId = byId
    ? ctx.publisherById(byId.toLowerCase())
    : mpnId
      ? ctx.publisherByMpn(mpnId)
      : undefined;
  if (!byId && !mpnId) return fail('missing-field', 'mpnId', 'mpnId or publisherId is missing');
  if (publisherId === undefined || (byId && mpnId && ctx.publisherByMpn(mpnId) !== publisherId)) {
    return byId
      ? fail('unknown-publisher', 'publisherId', `no publisher ${byId}`)
      : fail('unknown-publisher', 'mpnId', `no publisher ${mpnId}`);
  }
  const offer = ctx.offer(publisherId, offerId!);
  if (offer === undefined) {
    return ctx.offerExists(offerId!)
      ? fail('offer-of-another-publisher', 'offerId', `offer ${offerId} belongs to another publisher`)
      : fail('unknown-offer', 'offerId', `no offer ${offerId}`);
  }

  const country = raw.customerCountry;
  if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)) {
    return fail(
      'malformed-country',
      'customerCountry',
      'customerCountry must be an ISO 3166 code such as US',
    );
  }
  const billedOn = raw.billedOn;
  if (typeof billedOn !== 'string' || !DAY.test(billedOn) || !isCalendarDay(billedOn)) {
    return fail('malformed-date', 'billedOn', 'billedOn must be a day, YYYY-MM-DD');
  }
  if (billedOn > ctx.today) return fail('future-date', 'billedOn', `billedOn ${billedOn} is after today`);

  const amountText = typeof raw.amountMinor === 'number' ? String(raw.amountMinor) : raw.amountMinor;
  if (typeof amountText !== 'string' || !AMOUNT.test(amountText)) {
    return fail('malformed-amount', 'amountMinor', 'amountMinor must be a whole number of minor units');
  }
  const amountMinor = Number(amountText);
  if (lineKind === 'charge' && amountMinor < 0) {
    return fail('negative-charge', 'amountMinor', 'a charge cannot be negative: send a refund instead');
  }
  if (lineKind !== 'charge' && amountMinor > 0) {
    return fail('wrong-sign', 'amountMinor', `a ${lineKind} takes money back: its amount is negative`);
  }
  if (lineKind === 'charge' && reverses) {
    return fail('unexpected-reverses', 'reversesLineId', 'a charge does not reverse another line');
  }
  if (REVERSAL_KINDS.includes(lineKind) && !reverses) {
    return fail('missing-reverses', 'reversesLineId', `a ${lineKind} names the line it voids`);
  }

  const currency = raw.currency;
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
    return fail('unknown-currency', 'currency', 'currency must be an ISO 4217 code such as EUR');
  }
  const month = billedOn.slice(0, 7);
  const converted = toUsdCents(amountMinor, currency, ctx.rate(currency, month));
  if (converted === 'unknown-currency') {
    return fail('unknown-currency', 'currency', `${currency} is not an ISO 4217 currency`);
  }
  // A reversal's value is the line it voids (L6): it needs no rate of its own, so a fraudulent charge never keeps
  // counting for want of one. It is converted when its month has a rate, for the reader.
  const reversal = REVERSAL_KINDS.includes(lineKind);
  const usdCents = converted === 'missing-rate' && reversal ? null : converted;
  if (usdCents === 'missing-rate') {
    return fail(
      'missing-rate',
      'currency',
      `no ${currency} rate for ${month}: import the month's rates first`,
    );
  }
  if (usdCents !== null && Math.abs(usdCents) > MAX_USD_CENTS) {
    return fail('malformed-amount', 'amountMinor', 'amountMinor is more than USD 1,000,000,000');
  }

  return {
    ok: true,
    value: {
      source: source!,
      lineId: lineId!,
      publisherId,
      offerId: offer,
      customerId: customerId!,
      customerCountry: country,
      amountMinor,
      currency,
      usdCents,
      billedOn,
      kind: lineKind,
      reverses: reverses ?? null,
      note: null,
    },
  };
}

const calendarDays = new Map<string, boolean>();
function isCalendarDay(day: string): boolean {
  let valid = calendarDays.get(day);
  if (valid === undefined) {
    const date = new Date(`${day}T00:00:00Z`);
    valid = !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
    if (calendarDays.size < 100_000) calendarDays.set(day, valid);
  }
  return valid;
}
