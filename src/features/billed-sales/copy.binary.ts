// The bytes of PostgreSQL's binary COPY format, written straight into a growing buffer (big-endian, as the server
// reads them), and where a row's uuids come from: the writing half of ledger.copy.ts.

/**
 * Where the 16 bytes of a line's publisher and offer ids come from: their text (`UUID_TEXT`), or the lookups the
 * line was read against, which hold each id's bytes (a file import: no uuid is decoded from text per line).
 */
export interface UuidSource<Id> {
  /** Writes the id's 16 bytes at `at`. */
  write(id: Id, to: Uint8Array, at: number): void;
}

/** Ids as uuid text: hex digits, with or without dashes. */
export const UUID_TEXT: UuidSource<string> = {
  write(id, to, at) {
    for (let i = 0; i < id.length; i += 2) {
      if (id.charCodeAt(i) === 45) i++; // -
      to[at++] = (hexDigit(id, i) << 4) | hexDigit(id, i + 1);
    }
  },
};

/** Days from 1970-01-01 to 2000-01-01, PostgreSQL's epoch for dates. */
const POSTGRES_EPOCH_DAYS = 10_957;
export const TWO_32 = 2 ** 32;

/** A growing byte buffer that COPY's binary format is written into (big-endian, as PostgreSQL reads it). */
export class Bytes {
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

  int16(value: number): void {
    this.#room(2);
    this.length = this.buffer.writeInt16BE(value, this.length);
  }

  int32(value: number): void {
    this.#room(4);
    this.length = this.buffer.writeInt32BE(value, this.length);
  }

  /** A field of 4 bytes. */
  int32Field(value: number): void {
    this.#room(8);
    this.length = this.buffer.writeInt32BE(value, this.buffer.writeInt32BE(4, this.length));
  }

  /** A field of 8 bytes: any safe integer, as two's complement (the high half carries the sign). */
  int64(value: number): void {
    this.#room(12);
    const high = Math.floor(value / TWO_32);
    let at = this.buffer.writeInt32BE(8, this.length);
    at = this.buffer.writeInt32BE(high, at);
    this.length = this.buffer.writeUInt32BE(value - high * TWO_32, at);
  }

  /** A field holding text as UTF-8. ASCII is copied a character at a time: for fields of a few dozen characters
   * that is several times faster than Buffer.write, whose call alone costs more (measured). */
  text(value: string): void {
    this.#room(4 + value.length);
    const buffer = this.buffer;
    const start = this.length + 4;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c >= 0x80) return this.#utf8(value);
      buffer[start + i] = c;
    }
    buffer.writeInt32BE(value.length, this.length);
    this.length = start + value.length;
  }

  #utf8(value: string): void {
    this.#room(4 + Buffer.byteLength(value, 'utf8'));
    const written = this.buffer.write(value, this.length + 4, 'utf8');
    this.buffer.writeInt32BE(written, this.length);
    this.length += 4 + written;
  }

  nullableText(value: string | null): void {
    if (value === null) this.int32(-1);
    else this.text(value);
  }

  /** A uuid field: its 16 bytes, from `source`. */
  uuid<Id>(id: Id, source: UuidSource<Id>): void {
    this.#room(20);
    const at = this.buffer.writeInt32BE(16, this.length);
    source.write(id, this.buffer, at);
    this.length = at + 16;
  }

  /** A date field, YYYY-MM-DD: days since 2000-01-01. */
  date(day: string): void {
    const digit = (i: number) => day.charCodeAt(i) - 48;
    const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
    const month = digit(5) * 10 + digit(6);
    const date = digit(8) * 10 + digit(9);
    this.#room(8);
    const at = this.buffer.writeInt32BE(4, this.length);
    this.length = this.buffer.writeInt32BE(
      Date.UTC(year, month - 1, date) / 86_400_000 - POSTGRES_EPOCH_DAYS,
      at,
    );
  }
}

function hexDigit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c <= 57 ? c - 48 : (c | 32) - 87; // 0-9, a-f or A-F
}

/** `to`, a larger typed array, holding what `from` held at its start. */
export function grow<T extends Uint8Array | Uint16Array | Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
