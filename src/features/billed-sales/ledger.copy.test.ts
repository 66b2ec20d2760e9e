// COPY text of a batch: the rows as PostgreSQL reads them, grouped by publisher, repeats, and a digest that is the same
// whichever way it is computed (bytes for an ASCII row, characters otherwise) and the same as before the bytes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Line } from '../../domain/ledger.ts';
import { lineDigest, PreparedLines, prepareLines } from './ledger.copy.ts';

const line = (over: Partial<Line> = {}): Line => ({
  source: 'mp',
  lineId: 'L1',
  publisherId: 'f604814e-5277-4639-9c00-3865208dc5b2',
  offerId: '58feba10-4ff4-40d7-8868-dbc82b191590',
  customerId: 'c1',
  customerCountry: 'US',
  amountMinor: 2500,
  currency: 'EUR',
  usdCents: 2700,
  billedOn: '2026-10-03',
  kind: 'charge',
  reverses: null,
  note: null,
  ...over,
});

/** The digest as the ledger computed it on strings before the rows were written as bytes. */
function stringDigest(l: Line): number {
  const esc = (v: string) =>
    v.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
  const parts = [
    `${esc(l.source)}\t${esc(l.lineId)}`,
    l.publisherId,
    `${l.kind}\t${l.usdCents}\t${l.billedOn}\t${l.reverses === null ? '\\N' : esc(l.reverses)}`,
    `${l.offerId ?? '\\N'}\t${esc(l.customerId)}\t${l.customerCountry}\t${l.amountMinor}\t${l.currency}\t${l.note === null ? '\\N' : esc(l.note)}`,
  ];
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) hash = Math.imul(hash ^ part.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 9, 0x01000193);
  }
  return hash | 0;
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('[LEDGER] COPY text of a batch', () => {
  it('writes the rows of ledger_lines, escaped, with the digest of the content', () => {
    const l = line({ customerId: 'c\t1\\x', note: null, kind: 'refund', usdCents: -5, amountMinor: -5 });
    const batch = prepareLines([{ lineNo: 7, line: l }]);
    const digest = stringDigest(l);
    assert.equal(
      text(batch.lines),
      `mp\tL1\t${l.publisherId}\trefund\t-5\t2026-10-03\t\\N\t${l.offerId}\tc\\t1\\\\x\tUS\t-5\tEUR\t\\N\t${digest}\n`,
    );
    assert.equal(batch.size, 1);
    assert.deepEqual([...batch.lineNos], [7]);
  });

  it('gives the digest of the characters, for ASCII rows (hashed as bytes) and others alike', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20, unit: 'binary' }),
        fc.option(fc.string({ maxLength: 10 }), { nil: null }),
        fc.integer({ min: -1e9, max: 1e9 }),
        (customerId, note, cents) => {
          const l = line({ customerId, note, usdCents: cents, amountMinor: cents });
          const prepared = new PreparedLines();
          prepared.add(1, l);
          const row = text(prepared.toBatch().lines);
          assert.equal(Number(row.trim().split('\t').at(-1)), stringDigest(l));
          assert.equal(lineDigest(l), stringDigest(l));
        },
      ),
    );
  });

  it('keeps a repeat within the batch for the database to judge (duplicate or conflict)', () => {
    const batch = prepareLines([
      { lineNo: 1, line: line() },
      { lineNo: 2, line: line() },
    ]);
    assert.equal(batch.size, 2);
    assert.deepEqual([...batch.lineNos], [1, 2]);
  });

  it('groups rows by the first byte of the publisher id, keeping arrival order within a group, and starts empty again', () => {
    const ids = ['f0', '00', '81', '07', 'f9'].map((p, i) => ({
      lineNo: i + 1,
      line: line({ lineId: `L${i}`, publisherId: `${p}04814e-5277-4639-9c00-3865208dc5b2` }),
    }));
    const prepared = new PreparedLines();
    for (const { lineNo, line: l } of ids) prepared.add(lineNo, l);
    const batch = prepared.toBatch();
    const rows = text(batch.lines).trim().split('\n');
    assert.deepEqual(
      rows.map((r) => r.split('\t')[1]),
      ['L1', 'L3', 'L2', 'L0', 'L4'],
    );
    assert.deepEqual([...batch.lineNos], [2, 4, 3, 1, 5]);
    const next = prepared.toBatch();
    assert.equal(next.size, 0);
    assert.equal(next.lines.length, 0);
    prepared.add(1, line());
    assert.equal(prepared.toBatch().size, 1);
  });
});
