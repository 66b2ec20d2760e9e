// A property of the file import: whatever damage a file carries (stray and doubled quotes, a cell too many, ids
// padded with spaces, control characters, bytes that are not UTF-8, line breaks of both kinds, blank lines, lines
// repeated or repeated with other content), every data line ends written, duplicate or rejected with its number,
// nothing is stored altered, and each company's total is the plain sum of the lines that went in.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FIRST_MPN, HEADER, seedPublishers } from '../bench/synthetic.ts';
import { importFile } from '../src/features/imports/imports.service.ts';
import { ProgramCatalog } from '../src/features/program/program.service.ts';
import { freshDatabase } from './support/db.ts';

const PUBLISHERS = 3;
const db = await freshDatabase();
{
  const client = await db.pool.connect();
  await seedPublishers(client, PUBLISHERS, new Date());
  await client.query(`INSERT INTO currency_rates (currency, month, usd_per_unit, created_at)
    SELECT 'EUR', m::date, 1.08, now()
    FROM generate_series(date_trunc('month', now() - interval '400 days'), now(), interval '1 month') m`);
  client.release();
}
const programs = await ProgramCatalog.load(db.pool);
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-import-property-'));
const dayAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const DAMAGE = [
  'none',
  'quoted-cell', // "c,1 ""x""": valid, stored as c,1 "x"
  'unclosed-quote',
  'text-after-quote',
  'extra-cell',
  'padded-id',
  'control-character',
  'latin-1',
  'duplicate',
  'conflict',
] as const;
type Damage = (typeof DAMAGE)[number];

const lineSpec = fc.record({
  publisher: fc.integer({ min: 0, max: PUBLISHERS - 1 }),
  offer: fc.integer({ min: 0, max: 1 }),
  amount: fc.integer({ min: 1, max: 50_000_000 }),
  refund: fc.boolean(),
  euro: fc.boolean(),
  daysAgo: fc.integer({ min: 1, max: 300 }),
  damage: fc.oneof(
    { weight: 8, arbitrary: fc.constant<Damage>('none') },
    { weight: 6, arbitrary: fc.constantFrom(...DAMAGE) },
  ),
  crlf: fc.boolean(),
  blankBefore: fc.boolean(),
});

interface Expected {
  status: 'accepted' | 'duplicate' | 'rejected';
  key?: string;
  customer?: string;
  publisher?: number;
  usdCents?: number;
}

/** EUR at 1.08 USD: cents = amount × 108 / 100, half away from zero, worked out in integers. */
const euroCents = (amount: number) => {
  const magnitude = Math.floor((Math.abs(amount) * 108 * 2 + 100) / 200);
  return amount < 0 ? -magnitude : magnitude;
};

let run = 0;

describe('[IMPORT] a damaged file, as a property', () => {
  it('accounts for every data line, stores nothing altered, and totals each company as the plain sum', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(lineSpec, { minLength: 1, maxLength: 30 }), async (specs) => {
        run++;
        const parts: Buffer[] = [Buffer.from(`${HEADER}\n`)];
        const expected: Expected[] = [];
        const good: { cells: string[]; exp: Expected }[] = [];
        specs.forEach((s, i) => {
          const amount = s.refund ? -s.amount : s.amount;
          const key = `p${run}-${i}`;
          let customer = `c${i}`;
          let cells = [
            'mp',
            key,
            String(FIRST_MPN + s.publisher),
            `o${s.publisher}-${s.offer}`,
            customer,
            'US',
            String(amount),
            s.euro ? 'EUR' : 'USD',
            dayAgo(s.daysAgo),
            s.refund ? 'refund' : 'charge',
            '',
          ];
          let exp: Expected = { status: 'rejected' };
          let bytes: Buffer | null = null;
          const earlier = good.length > 0 ? good[s.amount % good.length]! : null;
          switch (s.damage) {
            case 'none':
              exp = { status: 'accepted' };
              break;
            case 'quoted-cell':
              customer = `c${i},1 "x"`;
              cells[4] = `"c${i},1 ""x"""`;
              exp = { status: 'accepted' };
              break;
            case 'unclosed-quote':
              cells[4] = `"c${i}`;
              break;
            case 'text-after-quote':
              cells[4] = `"c${i}"x`;
              break;
            case 'extra-cell':
              cells.push('more');
              break;
            case 'padded-id':
              cells[1] = ` ${key}`;
              break;
            case 'control-character':
              cells[4] = `c${i}\u0007`;
              break;
            case 'latin-1':
              bytes = Buffer.concat([
                Buffer.from(`${cells.slice(0, 4).join(',')},caf`),
                Buffer.from([0xe9]),
                Buffer.from(`,${cells.slice(5).join(',')}`),
              ]);
              break;
            case 'duplicate':
              if (earlier) {
                cells = earlier.cells;
                exp = { status: 'duplicate' };
              } else exp = { status: 'accepted' };
              break;
            case 'conflict':
              if (earlier) {
                cells = [...earlier.cells];
                cells[6] = String(Number(cells[6]) + (Number(cells[6]) < 0 ? -1 : 1));
              } else exp = { status: 'accepted' };
              break;
          }
          if (exp.status === 'accepted') {
            exp = {
              status: 'accepted',
              key,
              customer,
              publisher: s.publisher,
              usdCents: s.euro ? euroCents(amount) : amount,
            };
            good.push({ cells, exp });
          }
          if (s.blankBefore) parts.push(Buffer.from(s.crlf ? '\r\n' : '\n'));
          parts.push(bytes ?? Buffer.from(cells.join(',')), Buffer.from(s.crlf ? '\r\n' : '\n'));
          expected.push(exp);
        });
        const file = path.join(dir, `run-${run}.csv`);
        await fs.writeFile(file, Buffer.concat(parts));

        const summary = await importFile(db.pool, {
          kind: 'billed-sales',
          file,
          chunkLines: 7,
          programs,
          now: () => new Date(),
        });
        const count = (status: Expected['status']) => expected.filter((e) => e.status === status).length;
        assert.equal(
          summary.accepted + summary.duplicate + summary.rejected,
          specs.length,
          'every data line',
        );
        assert.deepEqual(
          [summary.accepted, summary.duplicate, summary.rejected],
          [count('accepted'), count('duplicate'), count('rejected')],
        );
        // The rejects carry the lines' numbers in the file (the header is line 1; blank lines count).
        const lineNos: number[] = [];
        let lineNo = 1;
        specs.forEach((s, i) => {
          if (s.blankBefore) lineNo++;
          lineNo++;
          if (expected[i]!.status === 'rejected') lineNos.push(lineNo);
        });
        const { rows: rejects } = await db.pool.query(
          'SELECT line_no FROM import_rejects WHERE import_id = $1 ORDER BY line_no',
          [summary.importId],
        );
        assert.deepEqual(
          rejects.map((r) => r.line_no),
          lineNos,
        );
        // What went in is what was sent.
        const { rows: written } = await db.pool.query(
          `SELECT line_id, customer_id, usd_cents::int AS usd FROM ledger_lines WHERE line_id LIKE $1 ORDER BY line_id`,
          [`p${run}-%`],
        );
        const accepted = expected.filter((e) => e.status === 'accepted');
        assert.deepEqual(
          written.map((r) => [r.line_id, r.customer_id, r.usd]),
          accepted
            .map((e) => [e.key, e.customer, e.usdCents])
            .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
        );
        // Each company's standing is the plain sum of its lines (the lines of earlier runs included; a run that
        // failed may have left some, and each run checks its own lines above).
        const { rows: standings } = await db.pool.query(
          `SELECT p.mpn_id, s.ttm_usd_cents::bigint AS ttm FROM tier_standings s
           JOIN publishers p ON p.company_id = s.company_id WHERE s.ttm_usd_cents <> 0 ORDER BY p.mpn_id`,
        );
        const { rows: sums } = await db.pool.query(
          `SELECT p.mpn_id, sum(l.usd_cents)::bigint AS ttm FROM ledger_lines l JOIN publishers p ON p.id = l.publisher_id
           GROUP BY p.mpn_id HAVING sum(l.usd_cents) <> 0 ORDER BY p.mpn_id`,
        );
        assert.deepEqual(standings, sums, 'each company: the plain sum of its accepted lines');
      }),
      { numRuns: 15 },
    );
  });
});
