// A batch of checked lines as the bytes of COPY's text format, for ledger_lines. Written straight
// into buffers (no string per row, nothing for the collector to keep): a file import makes millions of these.
import type { Line, LineReject } from '../../domain/ledger.ts';

/** A batch ready to write: its COPY text (plain data, so it can cross threads). */
export interface PreparedBatch {
  /** Rows to write. */
  size: number;
  /** Rows of ledger_lines (LINE_COLUMNS), grouped by the publisher id's first byte, arrival order within a group. */
  lines: Uint8Array<ArrayBuffer>;
  /** The line number (in its file or request) of each row, in the rows' order. */
  lineNos: Int32Array<ArrayBuffer>;
}

/**
 * The columns of a row, in the order the digest is computed over (the content of the line), then the digest. The
 * batch id comes from the transaction (migration 008).
 */
export const LINE_COLUMNS = [
  'source',
  'line_id',
  'publisher_id',
  'kind',
  'usd_cents',
  'billed_on',
  'reverses',
  'offer_id',
  'customer_id',
  'customer_country',
  'amount_minor',
  'currency',
  'note',
  'digest',
] as const;

/** Rows are grouped by the first byte of their publisher id: one publisher's rows of a batch lie close together. */
const GROUPS = 256;
const TAB = 9;
const NEWLINE = 10;

/**
 * Lines ready for COPY into ledger_lines, grouped by publisher so that the publisher's BRIN index finds a
 * publisher's lines in a few page ranges of each batch. A repeat of a key within the batch is left to the
 * database, which tells duplicates (same content) from conflicts (other content). All the CPU work of a batch
 * happens here, so a file import prepares one chunk while the database writes the previous one.
 */
export class PreparedLines {
  size = 0;
  readonly #lines = new Bytes(1 << 17);
  /** Where each row of #lines starts, its line number, and its group. */
  #starts = new Int32Array(1024);
  #lineNos = new Int32Array(1024);
  #groups = new Uint8Array(1024);

  /** Adds a checked line. */
  add(lineNo: number, line: Line): void {
    // The digest is FNV-1a over the row up to the digest: the line's content.
    const out = this.#lines;
    const start = out.length;
    let ascii = out.text(line.source);
    out.byte(TAB);
    ascii = out.text(line.lineId) && ascii;
    out.byte(TAB);
    out.ascii(line.publisherId);
    out.byte(TAB);
    out.ascii(line.kind);
    out.byte(TAB);
    out.integer(line.usdCents);
    out.byte(TAB);
    out.ascii(line.billedOn);
    out.byte(TAB);
    ascii = out.nullable(line.reverses) && ascii;
    out.byte(TAB);
    out.nullable(line.offerId);
    out.byte(TAB);
    ascii = out.text(line.customerId) && ascii;
    out.byte(TAB);
    ascii = out.text(line.customerCountry) && ascii;
    out.byte(TAB);
    out.integer(line.amountMinor);
    out.byte(TAB);
    ascii = out.text(line.currency) && ascii;
    out.byte(TAB);
    ascii = out.nullable(line.note) && ascii;
    out.byte(TAB);
    const digest = ascii ? out.fnv(start, out.length, FNV_OFFSET) | 0 : lineDigest(line);
    out.integer(digest);
    out.byte(NEWLINE);
    if (this.size === this.#starts.length) {
      this.#starts = grow(this.#starts, new Int32Array(this.size * 2));
      this.#lineNos = grow(this.#lineNos, new Int32Array(this.size * 2));
      this.#groups = grow(this.#groups, new Uint8Array(this.size * 2));
    }
    this.#starts[this.size] = start;
    this.#lineNos[this.size] = lineNo;
    this.#groups[this.size] = Number.parseInt(line.publisherId.slice(0, 2), 16);
    this.size++;
  }

  /** The batch so far, in buffers of its own; this object starts the next batch empty. */
  toBatch(): PreparedBatch {
    const source = this.#lines;
    const offsets = new Int32Array(GROUPS + 1);
    const counts = new Int32Array(GROUPS + 1);
    const end = (i: number) => (i + 1 < this.size ? this.#starts[i + 1]! : source.length);
    for (let i = 0; i < this.size; i++) {
      offsets[this.#groups[i]! + 1]! += end(i) - this.#starts[i]!;
      counts[this.#groups[i]! + 1]!++;
    }
    for (let g = 1; g <= GROUPS; g++) {
      offsets[g]! += offsets[g - 1]!;
      counts[g]! += counts[g - 1]!;
    }
    const lines = new Uint8Array(new ArrayBuffer(source.length));
    const lineNos = new Int32Array(new ArrayBuffer(this.size * 4));
    for (let i = 0; i < this.size; i++) {
      const g = this.#groups[i]!;
      const from = this.#starts[i]!;
      // Buffer.copy, not set(subarray()): no view object per row.
      source.buffer.copy(lines, offsets[g], from, end(i));
      offsets[g]! += end(i) - from;
      lineNos[counts[g]!++] = this.#lineNos[i]!;
    }
    const batch = { size: this.size, lines, lineNos };
    // Empty again, its buffers kept for the next batch.
    this.size = 0;
    this.#lines.length = 0;
    return batch;
  }
}

export function prepareLines(entries: readonly { lineNo: number; line: Line }[]): PreparedBatch {
  const prepared = new PreparedLines();
  for (const { lineNo, line } of entries) prepared.add(lineNo, line);
  return prepared.toBatch();
}

export const conflict = (source: string, lineId: string): LineReject => ({
  code: 'conflicting-duplicate',
  field: 'lineId',
  detail: `line ${lineId} of ${source} was received before with other content`,
});

/** A growing byte buffer that COPY text is written into. */
class Bytes {
  buffer: Buffer;
  length = 0;
  constructor(size: number) {
    this.buffer = Buffer.allocUnsafeSlow(size);
  }

  #room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }

  byte(value: number): void {
    this.#room(1);
    this.buffer[this.length++] = value;
  }

  // Strings are copied a character at a time: for fields of a few dozen characters that is several times
  // faster than Buffer.write, whose call alone costs more (measured).

  /** Text known to need no escaping and to be ASCII (uuids, days, kinds). */
  ascii(value: string): void {
    this.#room(value.length);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < value.length; i++) buffer[at++] = value.charCodeAt(i);
    this.length = at;
  }

  /** Any text, escaped for COPY; answers whether it was ASCII (one byte per character). */
  text(value: string): boolean {
    this.#room(value.length);
    const buffer = this.buffer;
    const start = this.length;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      // Past ASCII, or a character to escape: written again, the general way.
      if (c >= 0x80 || c === 92 || c === TAB || c === NEWLINE || c === 13) {
        this.length = start;
        return this.#escaped(value);
      }
      buffer[start + i] = c;
    }
    this.length = start + value.length;
    return true;
  }

  #escaped(value: string): boolean {
    if (SPECIAL.test(value)) value = value.replace(SPECIALS, (c) => ESCAPES[c]!);
    this.#room(value.length * 3);
    const written = this.buffer.write(value, this.length, 'utf8');
    this.length += written;
    return written === value.length;
  }

  /** An integer as String() writes it; one that fits in 31 bits (digests, most amounts) with int32 arithmetic. */
  integer(value: number): void {
    if (value < 0) this.byte(45); // -
    const magnitude = Math.abs(value);
    if (!(magnitude < 2 ** 31 && Number.isInteger(magnitude))) return this.ascii(String(magnitude));
    let digits = 1;
    for (let rest = magnitude | 0; rest >= 10; rest = (rest / 10) | 0) digits++;
    this.#room(digits);
    const buffer = this.buffer;
    let rest = magnitude | 0;
    for (let at = this.length + digits - 1; at >= this.length; at--) {
      const tenth = (rest / 10) | 0;
      buffer[at] = 48 + rest - tenth * 10;
      rest = tenth;
    }
    this.length += digits;
  }

  nullable(value: string | null): boolean {
    if (value !== null) return this.text(value);
    this.byte(92);
    this.byte(78); // \N
    return true;
  }

  fnv(start: number, end: number, hash: number): number {
    const buffer = this.buffer;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ buffer[i]!, FNV_PRIME);
    return hash;
  }
}

function grow<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

// COPY's text format: tab-separated, \N for null, backslash, tab and line breaks escaped.
const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const escape = (value: string) => (SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPES[c]!) : value);
const nullable = (value: string | null) => (value === null ? '\\N' : escape(value));

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a (32 bits) over the line's content as COPY text: key, publisher, kind, USD, day, reverses, offer, customer,
 * country, amount, currency, note, each followed by a tab. The same key with another digest is a conflict, not a
 * duplicate. Computed over the characters; for an ASCII row that is the bytes `add` wrote, which it hashes instead.
 */
export function lineDigest(line: Line): number {
  const parts = [
    escape(line.source),
    escape(line.lineId),
    line.publisherId,
    line.kind,
    String(line.usdCents),
    line.billedOn,
    nullable(line.reverses),
    line.offerId ?? '\\N',
    escape(line.customerId),
    escape(line.customerCountry),
    String(line.amountMinor),
    escape(line.currency),
    nullable(line.note),
  ];
  let hash = FNV_OFFSET;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) hash = Math.imul(hash ^ part.charCodeAt(i), FNV_PRIME);
    hash = Math.imul(hash ^ TAB, FNV_PRIME);
  }
  return hash | 0;
}
