// A batch of checked lines as the bytes of COPY's text format, for ledger_keys and ledger_lines. Written straight
// into buffers (no string per row, nothing for the collector to keep): a file import makes millions of these.
import { COUNTED_KINDS, type Line, type LineReject } from '../../domain/ledger.ts';

/** A batch ready to write: its COPY text and what preparing it found (plain data, so it can cross threads). */
export interface PreparedBatch {
  /** Lines to write (repeats within the batch left out). */
  size: number;
  /** Repeats within the batch with the same content. */
  duplicate: number;
  /** Repeats within the batch with other content. */
  rejects: { lineNo: number; reject: LineReject }[];
  /** Rows of ledger_keys (KEY_COLUMNS), in the batch's order. */
  keys: Uint8Array<ArrayBuffer>;
  /** Rows of ledger_lines (LINE_COLUMNS), in partition order. */
  lines: Uint8Array<ArrayBuffer>;
}

export const KEY_COLUMNS = [
  'source',
  'line_id',
  'publisher_id',
  'kind',
  'usd_cents',
  'billed_on',
  'reverses',
  'counts',
  'digest',
] as const;
export const LINE_COLUMNS = [
  'source',
  'line_id',
  'line_no',
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

/** ledger_lines' partitions are 32 ranges of the publisher id's first byte (migration 004). */
const PARTITIONS = 32;
const TAB = 9;
const NEWLINE = 10;

/**
 * Lines ready for COPY: the rows of ledger_keys, and those of ledger_lines in partition order (PostgreSQL routes a
 * run of rows for one partition at the cost of one). Repeats within the batch are told apart here (same content:
 * duplicate; other content: conflict). All the CPU work of a batch happens here, so a file import prepares one
 * chunk while the database writes the previous one.
 */
export class PreparedLines {
  size = 0;
  duplicate = 0;
  rejects: { lineNo: number; reject: LineReject }[] = [];
  readonly #keys = new Bytes(1 << 16);
  readonly #lines = new Bytes(1 << 17);
  /** Where each row of #lines starts, and its partition. */
  #starts = new Int32Array(1024);
  #partitions = new Uint8Array(1024);
  readonly #seen = new Map<string, number>();

  /** Adds a checked line; a repeat of a line already in the batch is counted as a duplicate or a conflict. */
  add(lineNo: number, line: Line): void {
    // The ledger_lines row: key, line_no, then publisher, kind, USD, day, reverses (the part ledger_keys repeats),
    // then the rest. The digest is FNV-1a over the row without line_no: the line's content.
    const out = this.#lines;
    const start = out.length;
    let ascii = out.text(line.source);
    out.byte(TAB);
    ascii = out.text(line.lineId) && ascii;
    out.byte(TAB);
    const keyEnd = out.length;
    out.ascii(String(lineNo));
    out.byte(TAB);
    const publisherStart = out.length;
    out.ascii(line.publisherId);
    out.byte(TAB);
    out.ascii(line.kind);
    out.byte(TAB);
    out.ascii(String(line.usdCents));
    out.byte(TAB);
    out.ascii(line.billedOn);
    out.byte(TAB);
    ascii = out.nullable(line.reverses) && ascii;
    out.byte(TAB);
    const tailEnd = out.length;
    out.nullable(line.offerId);
    out.byte(TAB);
    ascii = out.text(line.customerId) && ascii;
    out.byte(TAB);
    ascii = out.text(line.customerCountry) && ascii;
    out.byte(TAB);
    out.ascii(String(line.amountMinor));
    out.byte(TAB);
    ascii = out.text(line.currency) && ascii;
    out.byte(TAB);
    ascii = out.nullable(line.note) && ascii;
    out.byte(TAB);
    const digest = ascii
      ? out.fnv(publisherStart, out.length, out.fnv(start, keyEnd, FNV_OFFSET)) | 0
      : lineDigest(line);
    const key = `${line.source}\t${line.lineId}`;
    const earlier = this.#seen.get(key);
    if (earlier !== undefined) {
      out.length = start;
      if (earlier === digest) this.duplicate++;
      else this.rejects.push({ lineNo, reject: conflict(line.source, line.lineId) });
      return;
    }
    this.#seen.set(key, digest);
    const digestText = String(digest);
    out.ascii(digestText);
    out.byte(NEWLINE);
    const keys = this.#keys;
    keys.copy(out, start, keyEnd);
    keys.copy(out, publisherStart, tailEnd);
    keys.byte(COUNTED_KINDS.includes(line.kind) ? 116 /* t */ : 102 /* f */);
    keys.byte(TAB);
    keys.ascii(digestText);
    keys.byte(NEWLINE);
    if (this.size === this.#starts.length) {
      this.#starts = grow(this.#starts, new Int32Array(this.size * 2));
      this.#partitions = grow(this.#partitions, new Uint8Array(this.size * 2));
    }
    this.#starts[this.size] = start;
    this.#partitions[this.size] = Number.parseInt(line.publisherId.slice(0, 2), 16) >> 3;
    this.size++;
  }

  /** The batch so far, in buffers of its own; this object starts the next batch empty. */
  toBatch(): PreparedBatch {
    const source = this.#lines;
    const counts = new Int32Array(PARTITIONS + 1);
    const end = (i: number) => (i + 1 < this.size ? this.#starts[i + 1]! : source.length);
    for (let i = 0; i < this.size; i++) counts[this.#partitions[i]! + 1]! += end(i) - this.#starts[i]!;
    for (let p = 1; p <= PARTITIONS; p++) counts[p]! += counts[p - 1]!;
    const lines = new Uint8Array(new ArrayBuffer(source.length));
    for (let i = 0; i < this.size; i++) {
      const p = this.#partitions[i]!;
      const from = this.#starts[i]!;
      lines.set(source.buffer.subarray(from, end(i)), counts[p]);
      counts[p]! += end(i) - from;
    }
    const batch = {
      size: this.size,
      duplicate: this.duplicate,
      rejects: this.rejects,
      keys: this.#keys.take(),
      lines,
    };
    // Empty again, its buffers kept for the next batch.
    this.size = 0;
    this.duplicate = 0;
    this.rejects = [];
    this.#keys.length = 0;
    this.#lines.length = 0;
    this.#seen.clear();
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

  /** Text known to need no escaping and to be ASCII (numbers, uuids, days, kinds). */
  ascii(value: string): void {
    this.#room(value.length);
    this.length += this.buffer.write(value, this.length, 'latin1');
  }

  /** Any text, escaped for COPY; answers whether it was ASCII (one byte per character). */
  text(value: string): boolean {
    if (SPECIAL.test(value)) value = value.replace(SPECIALS, (c) => ESCAPES[c]!);
    this.#room(value.length * 3);
    const written = this.buffer.write(value, this.length, 'utf8');
    this.length += written;
    return written === value.length;
  }

  nullable(value: string | null): boolean {
    if (value !== null) return this.text(value);
    this.byte(92);
    this.byte(78); // \N
    return true;
  }

  copy(from: Bytes, start: number, end: number): void {
    this.#room(end - start);
    this.length += from.buffer.copy(this.buffer, this.length, start, end);
  }

  fnv(start: number, end: number, hash: number): number {
    const buffer = this.buffer;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ buffer[i]!, FNV_PRIME);
    return hash;
  }

  /** The bytes written, in a buffer of their own (transferable to another thread). */
  take(): Uint8Array<ArrayBuffer> {
    const bytes = new Uint8Array(new ArrayBuffer(this.length));
    bytes.set(this.buffer.subarray(0, this.length));
    return bytes;
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
