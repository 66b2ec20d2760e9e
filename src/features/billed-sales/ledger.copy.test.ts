// The COPY stream of a batch, read back the way PostgreSQL reads COPY's binary format: every value as it was,
// rows grouped by publisher, repeats kept for the database to judge.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Line } from '../../domain/ledger.ts';
import { LINE_COLUMNS, PreparedLines, prepareLines, setBatchId } from './ledger.copy.ts';
import { UUID_TEXT } from './copy.binary.ts';

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

type Value = string | number | null;

/** Reads a COPY (FORMAT binary) stream of ledger_lines rows back into values, by LINE_COLUMNS' types. */
function readRows(bytes: Uint8Array): Value[][] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  assert.equal(b.subarray(0, 11).toString('latin1'), 'PGCOPY\n\xff\r\n\0', 'the signature');
  assert.equal(b.readInt32BE(11), 0, 'no flags');
  let at = 19 + b.readInt32BE(15);
  const rows: Value[][] = [];
  for (;;) {
    const fields = b.readInt16BE(at);
    at += 2;
    if (fields === -1) break;
    assert.equal(fields, LINE_COLUMNS.length);
    const row: Value[] = [];
    for (const column of LINE_COLUMNS) {
      const length = b.readInt32BE(at);
      at += 4;
      if (length === -1) {
        row.push(null);
        continue;
      }
      const data = b.subarray(at, at + length);
      at += length;
      if (column === 'publisher_id' || column === 'offer_id') {
        const hex = data.toString('hex');
        row.push(
          `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
        );
      } else if (column === 'batch_id' || column === 'usd_cents' || column === 'amount_minor') {
        row.push(Number(data.readBigInt64BE()));
      } else if (column === 'arrival') {
        row.push(data.readInt32BE());
      } else if (column === 'billed_on') {
        row.push(new Date(Date.UTC(2000, 0, 1) + data.readInt32BE() * 86_400_000).toISOString().slice(0, 10));
      } else row.push(data.toString('utf8'));
    }
    rows.push(row);
  }
  assert.equal(at, b.length, 'nothing after the trailer');
  return rows;
}

const valuesOf = (l: Line, batchId = 0, lineNo = 1): Value[] => [
  batchId,
  l.source,
  l.lineId,
  l.publisherId,
  l.kind,
  l.usdCents,
  l.billedOn,
  l.reverses,
  l.offerId,
  l.customerId,
  l.customerCountry,
  l.amountMinor,
  l.currency,
  l.note,
  l.kind === 'cancellation' || l.kind === 'fraud-reversal' ? lineNo : null,
];

describe('[LEDGER] COPY stream of a batch', () => {
  it('writes each value of a line in binary, text as UTF-8 with nothing escaped', () => {
    const l = line({
      customerId: 'c\\1 Zoë 株式会社',
      note: null,
      kind: 'refund',
      usdCents: -5,
      amountMinor: -5,
    });
    const batch = prepareLines([{ lineNo: 7, line: l }], UUID_TEXT);
    assert.deepEqual(readRows(batch.lines), [valuesOf(l, 0, 7)]);
    // A reversal whose month has no rate has no USD figure; it keeps its place in the batch.
    const reversal = line({ kind: 'fraud-reversal', reverses: 'L0', usdCents: null, amountMinor: -5 });
    assert.deepEqual(readRows(prepareLines([{ lineNo: 9, line: reversal }], UUID_TEXT).lines), [
      valuesOf(reversal, 0, 9),
    ]);
    assert.equal(readRows(prepareLines([{ lineNo: 9, line: reversal }], UUID_TEXT).lines)[0]![5], null);
    assert.equal(batch.size, 1);
    assert.deepEqual([...batch.lineNos], [7]);
  });

  it('reads back every line as it was: any text, amounts of any sign and size, any day, nulls', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }),
        fc.option(fc.string({ maxLength: 10, unit: 'binary' }), { nil: null }),
        fc.maxSafeInteger(),
        fc.integer({ min: -1e11, max: 1e11 }),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.uuid(),
        fc.option(fc.uuid(), { nil: null }),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (customerId, note, amountMinor, usdCents, day, publisherId, offerId, batchId) => {
          const l = line({
            customerId,
            note,
            amountMinor,
            usdCents,
            billedOn: day.toISOString().slice(0, 10),
            publisherId,
            offerId,
            reverses: note,
          });
          const batch = prepareLines([{ lineNo: 1, line: l }], UUID_TEXT);
          assert.deepEqual(readRows(batch.lines), [valuesOf(l)], 'batch id 0 until it is known');
          setBatchId(batch, batchId);
          assert.deepEqual(readRows(batch.lines), [valuesOf(l, batchId)]);
        },
      ),
    );
  });

  it('keeps a repeat within the batch for the database to judge (duplicate or conflict)', () => {
    const batch = prepareLines(
      [
        { lineNo: 1, line: line() },
        { lineNo: 2, line: line() },
      ],
      UUID_TEXT,
    );
    assert.equal(batch.size, 2);
    assert.deepEqual([...batch.lineNos], [1, 2]);
    assert.equal(readRows(batch.lines).length, 2);
  });

  it('groups rows by the first byte of the publisher id, reversals last, in key order within a group (bytes, a prefix first), each with the batch id, and starts empty again', () => {
    const ids = ['f0', '00', '81', '07', 'f9', '07', '07', '07'].map((p, i) => ({
      lineNo: i + 1,
      line: line({
        lineId: ['L0', 'L1', 'L2', 'L5', 'L4', 'L3', 'L30', 'L3'][i]!,
        source: i === 7 ? 'm' : 'mp',
        publisherId: `${p}04814e-5277-4639-9c00-3865208dc5b2`,
      }),
    }));
    ids.splice(1, 0, {
      lineNo: 9,
      line: line({
        lineId: 'C1',
        kind: 'cancellation',
        reverses: 'L0',
        publisherId: ids[0]!.line.publisherId,
      }),
    });
    const prepared = new PreparedLines(UUID_TEXT);
    for (const { lineNo, line: l } of ids) prepared.add(lineNo, l);
    const batch = prepared.toBatch();
    setBatchId(batch, 2 ** 40 + 3);
    assert.deepEqual(
      readRows(batch.lines).map((r) => [r[0], `${r[1]}:${r[2]}`]),
      ['mp:L1', 'm:L3', 'mp:L3', 'mp:L30', 'mp:L5', 'mp:L2', 'mp:L0', 'mp:L4', 'mp:C1'].map((id) => [
        2 ** 40 + 3,
        id,
      ]),
    );
    assert.deepEqual([...batch.lineNos], [2, 8, 6, 7, 4, 3, 1, 5, 9]);
    assert.deepEqual(
      readRows(batch.lines).map((r) => r.at(-1)),
      [null, null, null, null, null, null, null, null, 9],
      'a reversal keeps its line number',
    );
    const next = prepared.toBatch();
    assert.equal(next.size, 0);
    assert.deepEqual(readRows(next.lines), []);
    prepared.add(1, line());
    assert.equal(prepared.toBatch().size, 1);
  });

  it('writes the same lines in one order whatever order they came in: writers of the same keys take them alike', () => {
    const publishers = ['0a', '0a', '5c', 'e1'].map((p) => `${p}04814e-5277-4639-9c00-3865208dc5b2`);
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            source: fc.constantFrom('mp', 'm', 'mp2', 'Ω'),
            lineId: fc.string({ minLength: 1, maxLength: 6, unit: 'binary' }),
            publisher: fc.integer({ min: 0, max: publishers.length - 1 }),
            reversal: fc.boolean(),
          }),
          { minLength: 1, maxLength: 40, selector: (k) => `${k.source}\u0000${k.lineId}` },
        ),
        fc.func(fc.integer()),
        (keys, shuffle) => {
          const lines = keys.map((k) =>
            line({
              source: k.source,
              lineId: k.lineId,
              publisherId: publishers[k.publisher]!,
              kind: k.reversal ? 'cancellation' : 'charge',
              reverses: k.reversal ? 'L0' : null,
            }),
          );
          const order = lines
            .map((l, i) => ({ l, i, at: shuffle(i) }))
            .sort((a, b) => a.at - b.at || a.i - b.i);
          const arrived = prepareLines(
            lines.map((l, i) => ({ lineNo: i + 1, line: l })),
            UUID_TEXT,
          );
          const shuffled = prepareLines(
            order.map(({ l, i }) => ({ lineNo: i + 1, line: l })),
            UUID_TEXT,
          );
          assert.deepEqual(Buffer.from(shuffled.lines), Buffer.from(arrived.lines));
          assert.deepEqual([...shuffled.lineNos], [...arrived.lineNos]);
          // Within a group, the primary key's order (COLLATE "C": UTF-8 bytes).
          const rows = readRows(arrived.lines);
          for (let i = 1; i < rows.length; i++) {
            const [a, b] = [rows[i - 1]!, rows[i]!];
            const group = (r: Value[]) =>
              r[4] === 'cancellation' ? 256 : parseInt(String(r[3]).slice(0, 2), 16);
            if (group(a) !== group(b)) continue;
            const key = (r: Value[]) => [Buffer.from(String(r[1])), Buffer.from(String(r[2]))] as const;
            const [as, al] = key(a);
            const [bs, bl] = key(b);
            assert.ok(
              Buffer.compare(as, bs) < 0 || (Buffer.compare(as, bs) === 0 && Buffer.compare(al, bl) < 0),
            );
          }
        },
      ),
    );
  });
});
