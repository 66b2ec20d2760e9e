// A batch of checked lines as the bytes of COPY's binary format, for ledger_lines. Written straight into buffers
// (no string per row, nothing for the collector to keep): a file import makes millions of these. The binary format
// spares PostgreSQL parsing text into uuids, dates and numbers, the larger part of its work per row after the key.
import { REVERSAL_KINDS, type Line, type LineReject } from '../../domain/ledger.ts';
import { Bytes, grow, TWO_32, type UuidSource } from './copy.binary.ts';

/** A batch ready to write: its COPY data (plain data, so it can cross threads). */
export interface PreparedBatch {
  /** Rows to write. */
  size: number;
  /**
   * A whole COPY ... (FORMAT binary) stream of ledger_lines rows (LINE_COLUMNS): the header, the rows grouped by
   * the publisher id's first byte then the reversals, in key order within a group (see GROUPS), the trailer.
   */
  lines: Uint8Array<ArrayBuffer>;
  /** The line number (in its file or request) of each row, in the rows' order. */
  lineNos: Int32Array<ArrayBuffer>;
  /** Where each row starts in `lines`, in the rows' order: `setBatchId` writes the batch id there. */
  rowStarts: Int32Array<ArrayBuffer>;
}

/**
 * The columns of a row, in the order they are written. The batch id, first, is known only when the batch is written
 * (a file import prepares chunks ahead): rows hold 0 there until `setBatchId`.
 */
export const LINE_COLUMNS = [
  'batch_id',
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
  'arrival',
] as const;

/**
 * Rows are grouped by the first byte of their publisher id, so that one publisher's rows of a batch lie close
 * together; cancellations and fraud reversals (about one line in a hundred) come last, in a group of their own, so
 * that the tier engine reads a batch's from a few pages instead of one page each. Within a group rows are in key
 * order (source, line id): every writer then takes the keys of the lines they share in one order (the same line
 * lands in the same group), so writers of the same keys wait on one another, never in a circle (a deadlock). The
 * order is the primary key's own, so a batch also fills the key's index from left to right.
 */
const GROUPS = 257;
const REVERSALS = 256;
/** "PGCOPY\n\377\r\n\0", no flags, no header extension. */
const HEADER = Buffer.from([80, 71, 67, 79, 80, 89, 10, 255, 13, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const TRAILER = Buffer.from([255, 255]);

/**
 * Lines ready for COPY into ledger_lines, grouped by publisher (GROUPS): a publisher's lines of a batch sit on a few
 * pages, which its pages read through the index by publisher. A repeat of a key within the batch is left to the
 * database, which tells duplicates (same content) from conflicts (other content). All the CPU work of a batch
 * happens here, so a file import prepares one chunk while the database writes the previous one.
 */
export class PreparedLines<Id> {
  size = 0;
  readonly #ids: UuidSource<Id>;
  readonly #rows = new Bytes(1 << 17);
  /** Where each row starts, its line number, and its group. */
  #starts = new Int32Array(1024);
  #lineNos = new Int32Array(1024);
  #groups = new Uint16Array(1024);
  /** For the order within a group: each row's source (a number per source of the batch), its line id's first bytes. */
  #sources = new Int32Array(1024);
  #linePrefixes = new Float64Array(1024);
  #sourceIds = new Map<string, number>();

  constructor(ids: UuidSource<Id>) {
    this.#ids = ids;
  }

  /** Adds a checked line. */
  add(lineNo: number, line: Line<Id>): void {
    const out = this.#rows;
    const start = out.length;
    out.int16(LINE_COLUMNS.length);
    out.int64(0);
    out.text(line.source);
    const lineIdAt = out.length + 4;
    out.text(line.lineId);
    const lineIdEnd = out.length;
    const publisherAt = out.length + 4;
    out.uuid(line.publisherId, this.#ids);
    out.text(line.kind);
    if (line.usdCents === null) out.int32(-1);
    else out.int64(line.usdCents);
    out.date(line.billedOn);
    out.nullableText(line.reverses);
    if (line.offerId === null) out.int32(-1);
    else out.uuid(line.offerId, this.#ids);
    out.text(line.customerId);
    out.text(line.customerCountry);
    out.int64(line.amountMinor);
    out.text(line.currency);
    out.nullableText(line.note);
    // A reversal's place in its batch: of two reversals of one line, the first received names the void.
    if (REVERSAL_KINDS.includes(line.kind)) out.int32Field(lineNo);
    else out.int32(-1);
    if (this.size === this.#starts.length) {
      this.#starts = grow(this.#starts, new Int32Array(this.size * 2));
      this.#lineNos = grow(this.#lineNos, new Int32Array(this.size * 2));
      this.#groups = grow(this.#groups, new Uint16Array(this.size * 2));
      this.#sources = grow(this.#sources, new Int32Array(this.size * 2));
      this.#linePrefixes = grow(this.#linePrefixes, new Float64Array(this.size * 2));
    }
    let source = this.#sourceIds.get(line.source);
    if (source === undefined) this.#sourceIds.set(line.source, (source = this.#sourceIds.size));
    this.#sources[this.size] = source;
    // The line id's first 6 bytes as a number that orders as they do (0 after the end: text holds no 0 byte).
    let prefix = 0;
    for (let at = lineIdAt; at < lineIdAt + 6; at++)
      prefix = prefix * 256 + (at < lineIdEnd ? out.buffer[at]! : 0);
    this.#linePrefixes[this.size] = prefix;
    this.#starts[this.size] = start;
    this.#lineNos[this.size] = lineNo;
    this.#groups[this.size] = REVERSAL_KINDS.includes(line.kind) ? REVERSALS : out.buffer[publisherAt]!;
    this.size++;
  }

  /** The batch so far, in buffers of its own; this object starts the next batch empty. */
  toBatch(): PreparedBatch {
    const rows = this.#rows;
    const end = (i: number) => (i + 1 < this.size ? this.#starts[i + 1]! : rows.length);
    // The rows' order: by group (a counting sort), then by key within a group.
    const firsts = new Int32Array(GROUPS + 1);
    for (let i = 0; i < this.size; i++) firsts[this.#groups[i]! + 1]!++;
    for (let g = 1; g <= GROUPS; g++) firsts[g]! += firsts[g - 1]!;
    const order = new Int32Array(this.size);
    const next = firsts.slice();
    for (let i = 0; i < this.size; i++) order[next[this.#groups[i]!]!++] = i;
    // Sources in byte order (a few per batch), then line ids by their first bytes, then by all of them: the key's
    // order, mostly read from two arrays.
    const sources = [...this.#sourceIds.keys()];
    const ranks = new Int32Array(sources.length);
    sources
      .map((name, id) => ({ id, bytes: Buffer.from(name, 'utf8') }))
      .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
      .forEach(({ id }, rank) => (ranks[id] = rank));
    const sourceRanks = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) sourceRanks[i] = ranks[this.#sources[i]!]!;
    const starts = this.#starts;
    const prefixes = this.#linePrefixes;
    const byKey = (a: number, b: number) =>
      sourceRanks[a]! - sourceRanks[b]! ||
      prefixes[a]! - prefixes[b]! ||
      compareKeys(rows.buffer, starts[a]!, starts[b]!) ||
      a - b;
    for (let g = 0; g < GROUPS; g++) {
      if (firsts[g + 1]! - firsts[g]! > 1) order.subarray(firsts[g], firsts[g + 1]).sort(byKey);
    }
    const lines = new Uint8Array(new ArrayBuffer(HEADER.length + rows.length + TRAILER.length));
    const lineNos = new Int32Array(new ArrayBuffer(this.size * 4));
    const rowStarts = new Int32Array(new ArrayBuffer(this.size * 4));
    lines.set(HEADER);
    let at = HEADER.length;
    for (let k = 0; k < this.size; k++) {
      const i = order[k]!;
      const from = starts[i]!;
      const to = end(i);
      // Buffer.copy, not set(subarray()): no view object per row.
      rows.buffer.copy(lines, at, from, to);
      rowStarts[k] = at;
      lineNos[k] = this.#lineNos[i]!;
      at += to - from;
    }
    lines.set(TRAILER, at);
    const batch = { size: this.size, lines, lineNos, rowStarts };
    // Empty again, its buffers kept for the next batch.
    this.size = 0;
    rows.length = 0;
    this.#sourceIds.clear();
    return batch;
  }
}

/** Where a row's key starts: after its field count (2 bytes) and its batch id (4 + 8). */
const KEY_AT = 14;

/**
 * Orders two rows by their key, (source, line id), as the ledger's primary key compares it: each field byte by
 * byte (UTF-8, COLLATE "C"), a prefix first.
 */
function compareKeys(bytes: Buffer, a: number, b: number): number {
  a += KEY_AT;
  b += KEY_AT;
  for (let field = 0; field < 2; field++) {
    const aLength = bytes.readInt32BE(a);
    const bLength = bytes.readInt32BE(b);
    a += 4;
    b += 4;
    const common = Math.min(aLength, bLength);
    for (let i = 0; i < common; i++) {
      const d = bytes[a + i]! - bytes[b + i]!;
      if (d !== 0) return d;
    }
    if (aLength !== bLength) return aLength - bLength;
    a += aLength;
    b += bLength;
  }
  return 0;
}

export function prepareLines<Id>(
  entries: readonly { lineNo: number; line: Line<Id> }[],
  ids: UuidSource<Id>,
): PreparedBatch {
  const prepared = new PreparedLines(ids);
  for (const { lineNo, line } of entries) prepared.add(lineNo, line);
  return prepared.toBatch();
}

/** Writes the batch's id into each of its rows (in place: a batch is written once). */
export function setBatchId(batch: PreparedBatch, batchId: number): void {
  const view = new DataView(batch.lines.buffer, batch.lines.byteOffset, batch.lines.byteLength);
  const high = Math.floor(batchId / TWO_32);
  const low = batchId - high * TWO_32;
  // After the row's field count (2 bytes) and the field's length (4 bytes).
  for (const start of batch.rowStarts) {
    view.setInt32(start + 6, high);
    view.setUint32(start + 10, low);
  }
}

export const conflict = (source: string, lineId: string): LineReject => ({
  code: 'conflicting-duplicate',
  field: 'lineId',
  detail: `line ${lineId} of ${source} was received before with other content`,
});
