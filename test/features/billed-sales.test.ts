// The billed-sales ledger through the API (src/features/billed-sales): batches with an Idempotency-Key, bad lines
// rejected with their number and reason, currencies by month, the properties that make the figures trustworthy
// (order, repeats and batching never change a total), and what the feed sends taken at its word: ids compared
// exactly and refused when padded or holding what cannot be stored as sent, a reversal needing no rate (its value
// is the line it voids), whole numbers read by one rule in JSON and CSV (each of those cases once counted a line
// twice, lost one, or sank a whole batch). Reversals in the tier engine, refunds, roll-ups: tiers.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { writeBatch } from '../../src/features/billed-sales/billed-sales.service.ts';
import { ProgramCatalog } from '../../src/features/program/program.service.ts';
import { foldPending } from '../../src/features/tiers/tiers.service.ts';
import { inTransaction } from '../../src/platform/db/pool.ts';
import { runDueJobs } from '../../src/platform/jobs.ts';
import { DAY_TOTALS_JOB, sumDayTotals } from '../../src/usecases/day-totals.ts';
import { jobsWithoutMail } from '../support/delivery.ts';
import { snapshot } from '../support/snapshot.ts';
import { testApp } from '../support/app.ts';
import { makePublisher, type MadePublisher } from '../support/factories.ts';
import { asLedgerLine, ledgerFeed, type FeedLine } from '../support/ledger.ts';

const t = await testApp();
const { today, line, send, summary } = ledgerFeed(t);

describe('billed sales: batches from the feed', () => {
  it('[FEED] has accepted and duplicate lines counted; the same Idempotency-Key and body answers the first answer again', async () => {
    const p = await makePublisher(t);
    const lines = [line(p, `a-${p.id}`), line(p, `b-${p.id}`, { amountMinor: 500_00 })];
    const first = await send(lines, `same-${p.id}`);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual(first.body, { accepted: 2, duplicate: 0, rejected: 0, rejects: [], tierChanges: 1 });
    const again = await send(lines, `same-${p.id}`);
    assert.equal(again.status, 200);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.deepEqual(again.body, first.body);
    const otherBody = await send([lines[0]], `same-${p.id}`);
    assert.equal(otherBody.status, 422);
    assert.equal(otherBody.body.type, '/problems/idempotency-key-reused');
    // A new key with lines already in: duplicates, never counted twice.
    const resent = await send(lines);
    assert.deepEqual(resent.body, { accepted: 0, duplicate: 2, rejected: 0, rejects: [], tierChanges: 0 });
    const { rows: open } = await t.pool.query('SELECT id FROM ledger_batches WHERE folded_at IS NULL');
    assert.deepEqual(open, [], 'a batch that wrote nothing is closed: the kept figures stay in use');
    assert.equal((await summary(p)).ttmUsdCents, 10_500_00);
    const missing = await t.call('POST', '/api/v1/billed-sales/batches', {
      as: t.adminEmail,
      body: { lines },
    });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.type, '/problems/idempotency-key-missing');
  });

  it('[FEED] sends NDJSON, and a repeated line with other content is a conflict, not a duplicate', async () => {
    const p = await makePublisher(t);
    const body = [line(p, `n-${p.id}`), line(p, `n-${p.id}`), line(p, `n-${p.id}`, { amountMinor: 1 })]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const answer = await t.call('POST', '/api/v1/billed-sales/batches', {
      as: t.adminEmail,
      headers: { 'idempotency-key': `nd-${p.id}`, 'content-type': 'application/x-ndjson' },
      body,
    });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.accepted, 1);
    assert.equal(answer.body.duplicate, 1);
    assert.deepEqual(
      answer.body.rejects.map((r: { line: number; code: string }) => [r.line, r.code]),
      [[3, 'conflicting-duplicate']],
    );
    const conflictLater = await send([line(p, `n-${p.id}`, { amountMinor: 2 })]);
    assert.equal(conflictLater.body.rejects[0].code, 'conflicting-duplicate');
    const badJson = await t.call('POST', '/api/v1/billed-sales/batches', {
      as: t.adminEmail,
      headers: { 'idempotency-key': `nd2-${p.id}`, 'content-type': 'application/x-ndjson' },
      body: '{"source":"mp"}\n{oops',
    });
    assert.equal(badJson.status, 400);
    assert.match(badJson.body.detail, /Line 2/);
  });

  it('[FEED] has each bad line rejected with its number and reason, and a batch of bad lines changes nothing', async () => {
    const p = await makePublisher(t);
    const other = await makePublisher(t);
    const bad: [Partial<FeedLine>, string][] = [
      [{ publisherId: '00000000-0000-4000-8000-000000000000' }, 'unknown-publisher'],
      [{ offerId: 'no-such-offer' }, 'unknown-offer'],
      [{ offerId: other.offerIds[0] }, 'offer-of-another-publisher'],
      [{ currency: 'XYZ' }, 'unknown-currency'],
      [{ currency: 'EUR', billedOn: '2020-01-15' }, 'missing-rate'],
      [{ billedOn: '2026-02-30' }, 'malformed-date'],
      [{ billedOn: '26-01-01' }, 'malformed-date'],
      [{ amountMinor: '12.50' }, 'malformed-amount'],
      [{ amountMinor: 'ten' }, 'malformed-amount'],
      [{ amountMinor: -100 }, 'negative-charge'],
      [{ customerId: '=HYPERLINK("http://x")' }, 'formula-cell'],
      [{ customerId: '+1' }, 'formula-cell'],
      [{ customerId: '-1' }, 'formula-cell'],
      [{ customerId: '@SUM(A1)' }, 'formula-cell'],
      [{ kind: 'gift' }, 'unknown-kind'],
      [{ kind: 'fraud-reversal', amountMinor: -5 }, 'missing-reverses'],
      [{ billedOn: '2099-01-01' }, 'future-date'],
    ];
    const before = await snapshot(t.pool);
    const answer = await send(bad.map(([fields], i) => line(p, `bad-${i}-${p.id}`, fields)));
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.accepted, 0);
    assert.deepEqual(
      answer.body.rejects.map((r: { line: number; code: string }) => [r.line, r.code]),
      bad.map(([, code], i) => [i + 1, code]),
    );
    for (const r of answer.body.rejects) assert.ok(r.detail.length > 5, r.detail);
    const after = JSON.parse(await snapshot(t.pool));
    const expected = JSON.parse(before);
    // The stored answer and the batch's record in the feed's history change; nothing else does.
    for (const kept of ['idempotency_keys', 'feed_batches', 'feed_batch_rejects']) {
      delete after[kept];
      delete expected[kept];
    }
    assert.deepEqual(after, expected, 'nothing but the stored answer and the record changed');
    // A good line among bad ones goes in alone.
    const mixed = await send([line(p, `bad-0-${p.id}`, bad[0]![0]), line(p, `good-${p.id}`)]);
    assert.equal(mixed.body.accepted, 1);
    assert.equal(mixed.body.rejects[0].line, 1);
  });

  it('[FEED] has a line converted by the rate of its billing month, and one in a currency without a rate rejected', async () => {
    const p = await makePublisher(t);
    const month = today().slice(0, 7);
    const set = await t.call('PUT', `/api/v1/currency-rates/EUR/${month}`, {
      as: t.adminEmail,
      body: { usdPerUnit: '1.10' },
    });
    assert.equal(set.status, 201, JSON.stringify(set.body));
    // 1,000.05 EUR at 1.10 = 1,100.055 USD: 110,006 cents (half away from zero). 5,000 JPY has no rate.
    const answer = await send([
      line(p, `eur-${p.id}`, { currency: 'EUR', amountMinor: 100_005 }),
      line(p, `jpy-${p.id}`, { currency: 'JPY', amountMinor: 5_000 }),
    ]);
    assert.equal(answer.body.accepted, 1);
    assert.equal(answer.body.rejects[0].code, 'missing-rate');
    const lines = await t.call('GET', `/api/v1/publishers/${p.id}/billed-sales/lines`, { as: p.ownerEmail });
    assert.equal(lines.body.items[0].usdCents, 110_006);
    assert.equal(lines.body.items[0].amountMinor, 100_005);
    assert.equal(lines.body.items[0].currency, 'EUR');
  });

  it('[PUBLISHER] reads in its forecast the sales that leave the window in the next three months, and by when', async () => {
    const p = await makePublisher(t);
    const monthsAgo = (n: number) => {
      const day = new Date(`${today()}T00:00:00Z`);
      day.setUTCDate(1);
      day.setUTCMonth(day.getUTCMonth() - n);
      return day.toISOString().slice(0, 10);
    };
    // $20,000 eleven months ago leaves first; $10,000 today stays.
    const sent = await send([
      line(p, `old-${p.id}`, { amountMinor: 20_000_00, billedOn: monthsAgo(11) }),
      line(p, `new-${p.id}`),
    ]);
    assert.equal(sent.body.accepted, 2, JSON.stringify(sent.body));
    const figure = await summary(p);
    assert.equal(figure.ttmUsdCents, 30_000_00);
    assert.equal(figure.next.forecast.leavingUsdCents, 20_000_00);
    assert.ok(figure.next.forecast.leavingBy > figure.to, 'it leaves after today');
    assert.ok(figure.next.forecast.leavingBy.slice(0, 7) < monthsAgo(-3).slice(0, 7), 'within three months');
  });

  it('[FEED] has a key repeated within a batch judged as if its lines had come one batch after the other', async () => {
    // The reversal comes first; the batch's rows are written grouped by publisher, reversals last.
    const outcomes = [];
    for (const split of [false, true]) {
      const p = await makePublisher(t);
      const key = `repeat-${p.id}`;
      const reversal = line(p, key, {
        kind: 'fraud-reversal',
        amountMinor: -5,
        reversesLineId: `gone-${p.id}`,
      });
      const charge = line(p, key, { amountMinor: 900_00 });
      const answers = split
        ? [await send([reversal]), await send([charge])]
        : [await send([reversal, charge])];
      outcomes.push({
        accepted: answers.reduce((n, a) => n + a.body.accepted, 0),
        rejected: answers.flatMap((a) => a.body.rejects.map((r: { code: string }) => r.code)),
        ttm: (await summary(p)).ttmUsdCents,
      });
    }
    assert.deepEqual(outcomes[0], { accepted: 1, rejected: ['conflicting-duplicate'], ttm: 0 });
    assert.deepEqual(outcomes[1], outcomes[0]);
  });
});

describe('billed sales: properties', () => {
  // A small ledger: charges, refunds and reversals of earlier charges, on a few days of the window.
  const arbitraryLedger = fc
    .array(
      fc.record({
        kind: fc.constantFrom('charge', 'charge', 'charge', 'refund', 'cancellation', 'fraud-reversal'),
        amount: fc.integer({ min: 1, max: 40_000_00 }),
        daysAgo: fc.integer({ min: 0, max: 400 }),
        target: fc.nat(),
      }),
      { minLength: 1, maxLength: 12 },
    )
    .map((drafts) =>
      drafts.map((d, i) => ({
        ...d,
        id: `L${i}`,
        target: d.kind === 'cancellation' || d.kind === 'fraud-reversal' ? `L${d.target % (i + 1)}` : null,
      })),
    );

  it('[FEED] gets the same totals and tier from any permutation, duplication or split into batches', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryLedger,
        fc.integer({ min: 1, max: 4 }),
        fc.integer(),
        async (ledger, batches, seed) => {
          const p = await makePublisher(t);
          const day = (daysAgo: number) =>
            new Date(t.clock.now().getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
          const lines = ledger.map((l) =>
            line(p, l.id, {
              source: `prop-${p.id}`,
              kind: l.kind,
              amountMinor: l.kind === 'charge' ? l.amount : -l.amount,
              billedOn: day(l.daysAgo),
              ...(l.target ? { reversesLineId: l.target } : {}),
            }),
          );
          // The model: charges and refunds in the window, less charges a reversal names.
          const voided = new Set(ledger.filter((l) => l.target).map((l) => l.target));
          const window = ledger.filter(
            (l) => l.daysAgo < 365 && (l.kind === 'charge' || l.kind === 'refund'),
          );
          const expected = window.reduce(
            (sum, l) => sum + (voided.has(l.id) ? 0 : l.kind === 'charge' ? l.amount : -l.amount),
            0,
          );
          // Shuffled, every line possibly twice, sent in several batches.
          const rng = fc.sample(fc.integer(), { numRuns: lines.length * 2 + 1, seed });
          const sent = [...lines, ...lines.filter((_, i) => rng[i]! % 3 === 0)]
            .map((l, i) => ({ l, k: rng[i % rng.length]! }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.l);
          const size = Math.ceil(sent.length / batches);
          for (let i = 0; i < sent.length; i += size) {
            const answer = await send(sent.slice(i, i + size));
            assert.equal(answer.status, 200, JSON.stringify(answer.body));
            assert.equal(answer.body.rejected, 0, JSON.stringify(answer.body.rejects));
          }
          const s = await summary(p);
          assert.equal(s.ttmUsdCents, expected);
          const { rows } = await t.pool.query(
            `SELECT coalesce((SELECT s.ttm_usd_cents FROM tier_standings s JOIN publishers p ON p.company_id = s.company_id
                              WHERE p.id = $1), 0)::bigint AS ttm,
                    (SELECT count(*)::int FROM ledger_lines WHERE publisher_id = $1) AS lines`,
            [p.id],
          );
          assert.equal(rows[0].ttm, expected, 'the tier engine (incremental) agrees');
          assert.equal(rows[0].lines, lines.length, 'each line once');
        },
      ),
      { numRuns: 15 },
    );
  });
});

const codes = (body: { rejects: { line: number; code: string; field: string | null }[] }) =>
  body.rejects.map((r) => [r.line, r.code, r.field]);

describe('billed sales: ids and text as the feed sends them', () => {
  it('[FEED] has ids padded with spaces refused, on every id field, so that a padded id never becomes another key', async () => {
    const p = await makePublisher(t);
    await send([line(p, `G-${p.id}`)]);
    const padded = await send([
      line(p, `G-${p.id} `),
      line(p, ` pad-${p.id}`),
      line(p, `src-${p.id}`, { source: 'mp ' }),
      line(p, `cust-${p.id}`, { customerId: '\u00a0c-1' }),
      line(p, `offer-${p.id}`, { offerId: `${p.offerIds[0]} ` }),
      line(p, `rev-${p.id}`, { kind: 'fraud-reversal', amountMinor: -1, reversesLineId: `G-${p.id} ` }),
    ]);
    assert.equal(padded.status, 200, JSON.stringify(padded.body));
    assert.deepEqual(codes(padded.body), [
      [1, 'malformed-text', 'lineId'],
      [2, 'malformed-text', 'lineId'],
      [3, 'malformed-text', 'source'],
      [4, 'malformed-text', 'customerId'],
      [5, 'malformed-text', 'offerId'],
      [6, 'malformed-text', 'reversesLineId'],
    ]);
    assert.match(padded.body.rejects[0].detail, /space/);
    assert.equal((await summary(p)).ttmUsdCents, 10_000_00, 'counted once');
  });

  it('[FEED] has a line holding NUL or a lone surrogate rejected on its own, and the others written unaltered', async () => {
    const p = await makePublisher(t);
    const answer = await send([
      line(p, `nul-\u0000-${p.id}`),
      line(p, `ok-1-${p.id}`),
      line(p, `lone-\ud800-${p.id}`),
      line(p, `lone-other-${p.id}`, { customerId: 'c-\udfff' }),
      line(p, `nul-offer-${p.id}`, { offerId: 'o\u0000', mpnId: 'm\ud800', publisherId: undefined }),
      line(p, `ok-2-${p.id}`, { customerId: 'c-\u{1F600}' }),
    ]);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.accepted, 2);
    assert.deepEqual(codes(answer.body), [
      [1, 'malformed-text', 'lineId'],
      [3, 'malformed-text', 'lineId'],
      [4, 'malformed-text', 'customerId'],
      [5, 'malformed-text', 'offerId'],
    ]);
    const { rows } = await t.pool.query(
      'SELECT line_id, customer_id FROM ledger_lines WHERE publisher_id = $1 ORDER BY line_id',
      [p.id],
    );
    assert.deepEqual(
      rows.filter((r) => r.line_id.startsWith('ok-')).map((r) => r.customer_id),
      ['c-1', 'c-\u{1F600}'],
      'stored as sent',
    );
    // Two lone surrogates are two different ids: neither is stored as U+FFFD, so they never become one key.
    const again = await send([line(p, `x-\udbff-${p.id}`), line(p, `x-\ufffd-${p.id}`)]);
    assert.deepEqual(codes(again.body), [[1, 'malformed-text', 'lineId']]);
  });

  it('[FEED] gets a problem that can be stored for a body that is not JSON, even with NUL in it', async () => {
    for (const [type, body] of [
      ['application/x-ndjson', '{"source":"mp"}\n{"lineId":\u0000}'],
      ['application/json', '{"lines":[{"lineId":\u0000}]}'],
    ]) {
      const answer = await t.call('POST', '/api/v1/billed-sales/batches', {
        as: t.adminEmail,
        headers: { 'idempotency-key': `nul-${type}`, 'content-type': type! },
        body,
      });
      assert.equal(answer.status, 400, JSON.stringify(answer.body));
      assert.equal(answer.body.type, '/problems/malformed-request');
    }
  });

  it('[FEED] names a publisher by its id in capitals, and it is the same publisher', async () => {
    const p = await makePublisher(t);
    const answer = await send([line(p, `upper-${p.id}`, { publisherId: p.id.toUpperCase() })]);
    assert.deepEqual(answer.body.rejects, []);
    assert.equal(answer.body.accepted, 1);
  });

  it('[FEED] has an amount written with an exponent or a fraction in JSON refused, as in CSV', async () => {
    const p = await makePublisher(t);
    const body =
      `{"lines":[${JSON.stringify(line(p, `e-${p.id}`)).replace('"amountMinor":1000000', '"amountMinor":1e6')},` +
      `${JSON.stringify(line(p, `f-${p.id}`)).replace('"amountMinor":1000000', '"amountMinor":1000000.0')},` +
      `${JSON.stringify(line(p, `s-${p.id}`, { amountMinor: '1e6' }))},` +
      `${JSON.stringify(line(p, `big-${p.id}`)).replace('"amountMinor":1000000', '"amountMinor":9007199254740993')},` +
      `${JSON.stringify(line(p, `ok-${p.id}`))}]}`;
    const answer = await t.call('POST', '/api/v1/billed-sales/batches', {
      as: t.adminEmail,
      headers: { 'idempotency-key': `exp-${p.id}`, 'content-type': 'application/json' },
      body,
    });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.deepEqual(codes(answer.body), [
      [1, 'malformed-amount', 'amountMinor'],
      [2, 'malformed-amount', 'amountMinor'],
      [3, 'malformed-amount', 'amountMinor'],
      [4, 'malformed-amount', 'amountMinor'],
    ]);
    assert.equal((await summary(p)).ttmUsdCents, 10_000_00);
  });
});

describe('billed sales: reversals without a rate', () => {
  it('[FEED] voids a charge with a cancellation or fraud reversal billed in a month with no rate yet', async () => {
    const p = await makePublisher(t);
    const month = t.clock.now().toISOString().slice(0, 7);
    const lastMonth = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 2, 15))
      .toISOString()
      .slice(0, 10);
    const rate = await t.call('PUT', `/api/v1/currency-rates/SEK/${lastMonth.slice(0, 7)}`, {
      as: t.adminEmail,
      body: { usdPerUnit: '0.095' },
    });
    assert.equal(rate.status, 201, JSON.stringify(rate.body));
    const charge = line(p, `sek-${p.id}`, {
      currency: 'SEK',
      amountMinor: 1_000_000_00,
      billedOn: lastMonth,
    });
    const first = await send([charge, line(p, `usd-${p.id}`, { amountMinor: 500_00 })]);
    assert.equal(first.body.accepted, 2, JSON.stringify(first.body));
    assert.equal((await summary(p)).ttmUsdCents, 95_000_00 + 500_00);
    // This month has no SEK rate: the reversal goes in all the same, and takes the charge's value away.
    const reversal = await send([
      line(p, `fraud-${p.id}`, {
        currency: 'SEK',
        kind: 'fraud-reversal',
        amountMinor: -1_000_000_00,
        reversesLineId: `sek-${p.id}`,
      }),
    ]);
    assert.deepEqual(reversal.body.rejects, []);
    assert.equal(reversal.body.accepted, 1);
    const s = await summary(p);
    assert.equal(s.ttmUsdCents, 500_00);
    const lines = await t.call('GET', `/api/v1/publishers/${p.id}/billed-sales/lines?status=excluded`, {
      as: p.ownerEmail,
    });
    const fraud = lines.body.items.find((l: { lineId: string }) => l.lineId === `fraud-${p.id}`);
    assert.equal(fraud.usdCents, -95_000_00, "the reversal's value is the line it voids");
    // A charge still needs its month's rate.
    const noRate = await send([line(p, `sek2-${p.id}`, { currency: 'SEK', amountMinor: 100 })]);
    assert.deepEqual(codes(noRate.body), [[1, 'missing-rate', 'currency']]);
  });

  it('[FEED] sends two reversals of one line: the first received is named, not the first in alphabetical order', async () => {
    const p = await makePublisher(t);
    const reversal = (id: string, kind: string) =>
      line(p, `${id}-${p.id}`, { kind, amountMinor: -10_000_00, reversesLineId: `charge-${p.id}` });
    await send([
      line(p, `charge-${p.id}`),
      reversal('z-fraud', 'fraud-reversal'),
      reversal('a-cancel', 'cancellation'),
    ]);
    const lines = await t.call('GET', `/api/v1/publishers/${p.id}/billed-sales/lines?status=excluded`, {
      as: p.ownerEmail,
    });
    const charge = lines.body.items.find((l: { lineId: string }) => l.lineId === `charge-${p.id}`);
    assert.match(charge.excluded.reason, new RegExp(`fraud reversal z-fraud-${p.id}`));
  });
});

describe('billed sales: reversals stored without a USD figure', () => {
  it('[FEED] sends a reversal again after its month got a rate: a duplicate, not a conflict', async () => {
    const p = await makePublisher(t);
    const month = t.clock.now().toISOString().slice(0, 7);
    const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 2, 15))
      .toISOString()
      .slice(0, 10);
    const put = (m: string) =>
      t.call('PUT', `/api/v1/currency-rates/NOK/${m}`, { as: t.adminEmail, body: { usdPerUnit: '0.095' } });
    assert.equal((await put(last.slice(0, 7))).status, 201);
    await send([line(p, `nok-${p.id}`, { currency: 'NOK', amountMinor: 1_000_000_00, billedOn: last })]);
    const reversal = line(p, `fraud-${p.id}`, {
      currency: 'NOK',
      kind: 'fraud-reversal',
      amountMinor: -1_000_000_00,
      reversesLineId: `nok-${p.id}`,
    });
    const first = await send([reversal]);
    assert.equal(first.body.accepted, 1, JSON.stringify(first.body));
    assert.equal((await put(month)).status, 201, "this month's rate arrives");
    const again = await send([reversal]);
    assert.deepEqual(again.body.rejects, [], 'the same line again');
    assert.equal(again.body.duplicate, 1);
  });
});

describe('billed sales: one bad line in an API batch', () => {
  it('[FEED] has a cell longer than 1000 characters rejected alone', async () => {
    const p = await makePublisher(t);
    const answer = await send([
      line(p, `ok-${p.id}`),
      line(p, `long-${p.id}`, { customerId: 'c'.repeat(1001) }),
    ]);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.accepted, 1);
  });

  it('[FEED] has a line with one field the schema does not know rejected alone', async () => {
    const p = await makePublisher(t);
    const answer = await send([line(p, `ok-${p.id}`), { ...line(p, `extra-${p.id}`), note: 'x' }]);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.accepted, 1);
  });

  it('[FEED] has a body naming a field twice in one object refused, instead of the last value counted', async () => {
    const p = await makePublisher(t);
    const body = `{"lines":[${JSON.stringify(line(p, `dup-${p.id}`, { amountMinor: 10000 })).replace(
      '"amountMinor":10000',
      '"amountMinor":10000,"amountMinor":900000',
    )}]}`;
    const answer = await t.call('POST', '/api/v1/billed-sales/batches', {
      as: t.adminEmail,
      headers: { 'idempotency-key': `dup-${p.id}`, 'content-type': 'application/json' },
      body,
    });
    assert.equal(answer.status, 400, JSON.stringify(answer.body));
    assert.match(answer.body.detail, /"amountMinor" appears twice in one object \(at \/lines\/0\)/);
    assert.equal((await summary(p)).ttmUsdCents, 0);
  });

  it('[FEED] has an id ending with a C1 control (U+0085) or a zero-width space refused, not another key', async () => {
    const p = await makePublisher(t);
    await send([line(p, `G-${p.id}`)]);
    const answer = await send([line(p, `G-${p.id}\u0085`), line(p, `G-${p.id}\u200b`)]);
    assert.equal(answer.body.rejected, 2, JSON.stringify(answer.body));
    assert.equal((await summary(p)).ttmUsdCents, 10_000_00, 'counted once');
  });
});

// What a publisher's pages say, worked out from the lines as the program states it (L2, L6): a charge or refund in
// (from, to] counts unless a reversal of its own publisher names it; a reversal never counts.
function byTheRules(lines: readonly FeedLine[], publisherId: string, from: string, to: string) {
  const voided = new Set(
    lines.filter((l) => l.publisherId === publisherId && l.reversesLineId).map((l) => l.reversesLineId),
  );
  const mine = lines
    .filter((l) => l.publisherId === publisherId && l.billedOn > from && l.billedOn <= to)
    .map((l) => ({
      ...l,
      counts: (l.kind === 'charge' || l.kind === 'refund') && !voided.has(l.lineId),
      isVoided: (l.kind === 'charge' || l.kind === 'refund') && voided.has(l.lineId),
    }));
  const months = new Map<string, Record<string, number>>();
  for (const l of mine) {
    const m = months.get(l.billedOn.slice(0, 7)) ?? {
      countedUsdCents: 0,
      excludedUsdCents: 0,
      countedLines: 0,
      excludedLines: 0,
    };
    if (l.counts) {
      m.countedUsdCents! += Number(l.amountMinor);
      m.countedLines!++;
    } else m.excludedLines!++;
    if (l.isVoided) m.excludedUsdCents! += Number(l.amountMinor);
    months.set(l.billedOn.slice(0, 7), m);
  }
  const newestFirst = [...mine].sort((a, b) =>
    a.billedOn === b.billedOn ? (a.lineId < b.lineId ? 1 : -1) : a.billedOn < b.billedOn ? 1 : -1,
  );
  return {
    ttm: mine.filter((l) => l.counts).reduce((sum, l) => sum + Number(l.amountMinor), 0),
    months: [...months].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, m]) => ({ month, ...m })),
    lines: (status: string) =>
      newestFirst.filter((l) => status === 'all' || (status === 'counted') === l.counts).map((l) => l.lineId),
  };
}

/**
 * Writes the lines as a file import does, in a transaction of their own, then folds them as one that brought most
 * of the ledger (`large`), unless `fold` is false: they stay in a batch not folded yet (an import under way).
 */
async function importedAsMostOfTheLedger(lines: readonly FeedLine[], fold = true): Promise<void> {
  const now = t.clock.now();
  const numbered = lines.map((l, i) => ({ lineNo: i + 1, line: asLedgerLine(l) }));
  if (numbered.length > 0) await inTransaction(t.pool, (tx) => writeBatch(tx, 'import', numbered, now));
  if (fold) await foldLarge();
}

async function foldLarge(): Promise<void> {
  const now = t.clock.now();
  const program = (await ProgramCatalog.load(t.pool)).at(now);
  await inTransaction(t.pool, (tx) => foldPending(tx, program, now, { large: true }));
}

/** What a page of lines asks for. */
interface PageQuery {
  status: 'all' | 'counted' | 'excluded';
  limit: number;
  offset: number;
}

/** What the publisher's pages say: the explanation, the Rewards page's figure and a page of lines. */
async function readPages(p: MadePublisher, q: PageQuery) {
  const s = await summary(p);
  const listed = await t.call(
    'GET',
    `/api/v1/publishers/${p.id}/billed-sales/lines?status=${q.status}&limit=${q.limit}&offset=${q.offset}`,
    { as: p.ownerEmail },
  );
  const benefits = await t.call('GET', `/api/v1/publishers/${p.id}/benefits`, { as: p.ownerEmail });
  return {
    ttm: s.ttmUsdCents,
    eligibility: benefits.body.ttmUsdCents,
    months: s.months,
    window: [s.from, s.to] as [string, string],
    total: listed.body.total,
    page: listed.body.items.map((l: { lineId: string }) => l.lineId),
  };
}
type Pages = Awaited<ReturnType<typeof readPages>>;

/** What the same pages say by a plain reading of the rules over `lines`, for the window they read. */
function pagesByTheRules(
  lines: readonly FeedLine[],
  publisherId: string,
  q: PageQuery,
  window: [string, string],
) {
  const rules = byTheRules(lines, publisherId, window[0], window[1]);
  const all = rules.lines(q.status);
  return {
    ttm: rules.ttm,
    eligibility: rules.ttm,
    months: rules.months,
    window,
    total: all.length,
    page: all.slice(q.offset, q.offset + q.limit),
  };
}

/**
 * Runs the day totals' job (usecases/day-totals.ts): what was folded since is added; with `publisherId`, that
 * publisher gets day totals too, as one with many lines does.
 */
async function sumDays(publisherId?: string): Promise<void> {
  await inTransaction(t.pool, (tx) =>
    sumDayTotals(tx, t.clock.now(), {
      minLines: Number.MAX_SAFE_INTEGER,
      also: publisherId === undefined ? [] : [publisherId],
    }),
  );
}

describe('billed sales: the pages say what the rules say', () => {
  it('[FEED] has a batch added to the day totals by the job its fold queued, and the pages read them after', async () => {
    const p = await makePublisher(t);
    await sumDays(p.id);
    assert.equal((await send([line(p, `${p.id}-job`, { amountMinor: 7_000_00 })])).status, 200);
    const unsummed = async () =>
      (await t.pool.query('SELECT count(*)::int AS n FROM ledger_batches WHERE summed_at IS NULL')).rows[0].n;
    assert.ok((await unsummed()) > 0, 'folded, not yet in the day totals: the pages read the lines');
    assert.equal((await summary(p)).ttmUsdCents, 7_000_00);
    const tasks = jobsWithoutMail(t);
    await runDueJobs(t.pool, { [DAY_TOTALS_JOB]: tasks[DAY_TOTALS_JOB]! });
    assert.equal(await unsummed(), 0);
    const { rows } = await t.pool.query(
      'SELECT sum(counted_usd_cents)::int AS usd FROM ledger_day_totals WHERE publisher_id = $1',
      [p.id],
    );
    assert.equal(rows[0].usd, 7_000_00);
    assert.equal((await summary(p)).ttmUsdCents, 7_000_00);
  });

  it('[PUBLISHER] reads the months, total and pages of lines a plain reading of the rules gives, for random ledgers', async () => {
    const kinds = ['charge', 'charge', 'charge', 'refund', 'cancellation', 'fraud-reversal'] as const;
    const spec = fc.array(
      fc.record({
        kind: fc.constantFrom(...kinds),
        cents: fc.integer({ min: 1, max: 900_000 }),
        ago: fc.integer({ min: 0, max: 420 }),
        owner: fc.integer({ min: 0, max: 1 }),
        target: fc.nat(),
        batch: fc.integer({ min: 0, max: 2 }),
      }),
      { minLength: 1, maxLength: 40 },
    );
    // Whether the day totals' job runs after each of the three batches is folded (it runs before the last read).
    const jobs = fc.tuple(fc.boolean(), fc.boolean(), fc.boolean());
    const page = fc.record({
      // The third batch as a file import that brought most of the ledger (a recompute), or through the feed.
      imported: fc.boolean(),
      // The publisher read from day totals from the start (kept by each run of their job), from after the lines
      // (built from them), or never (its lines summed).
      days: fc.constantFrom('before', 'after', 'never'),
      status: fc.constantFrom('all', 'counted', 'excluded'),
      limit: fc.integer({ min: 1, max: 12 }),
      offset: fc.integer({ min: 0, max: 30 }),
    });
    await fc.assert(
      fc.asyncProperty(spec, page, jobs, async (specs, q, jobAfter) => {
        const [p, other] = [await makePublisher(t), await makePublisher(t)];
        if (q.days === 'before') await sumDays(p.id);
        const lines: FeedLine[] = [];
        for (const [i, s] of specs.entries()) {
          const owner = s.owner === 0 ? p : other;
          const day = new Date(t.clock.now().getTime() - s.ago * 86_400_000).toISOString().slice(0, 10);
          const reversal = s.kind === 'cancellation' || s.kind === 'fraud-reversal';
          const target = lines.length > 0 ? lines[s.target % lines.length]!.lineId : `none-${p.id}`;
          lines.push(
            line(owner, `${p.id}-${String(i).padStart(2, '0')}`, {
              kind: s.kind,
              billedOn: day,
              amountMinor: s.kind === 'charge' ? s.cents : -s.cents,
              ...(reversal ? { reversesLineId: target } : {}),
            }),
          );
        }
        // The third batch, imported, is read before it is folded too (the lines as they stand), then after.
        const third = lines.filter((_, i) => specs[i]!.batch === 2);
        for (const b of [0, 1, 2]) {
          const batch = lines.filter((_, i) => specs[i]!.batch === b);
          if (b === 2 && q.imported) await importedAsMostOfTheLedger(batch, false);
          else if (batch.length > 0) assert.equal((await send(batch)).status, 200);
          if (jobAfter[b]) await sumDays();
        }
        if (q.days === 'after') await sumDays(p.id);
        const read = () => readPages(p, q);
        const expected = (seen: Pages) => pagesByTheRules(lines, p.id, q, seen.window);
        if (q.imported && third.length > 0) {
          const unfolded = await read();
          assert.deepEqual(unfolded, expected(unfolded), 'read before the import is folded');
        }
        if (q.imported) await foldLarge();
        // Before the day totals' job has added the last fold (the lines read), and after.
        const seen = await read();
        assert.deepEqual(seen, expected(seen), 'read before the day totals are added to');
        await sumDays();
        assert.deepEqual(await read(), seen, 'read from the day totals');
        // A batch not folded yet (a file import under way, its lines not written yet) changes nothing read.
        const { rows } = await t.pool.query(
          "INSERT INTO ledger_batches (origin, created_at) VALUES ('import', now()) RETURNING id",
        );
        try {
          assert.deepEqual(await read(), seen);
        } finally {
          await t.pool.query('UPDATE ledger_batches SET folded_at = now(), summed_at = now() WHERE id = $1', [
            rows[0].id,
          ]);
        }
      }),
      { numRuns: 25 },
    );
  });
});
