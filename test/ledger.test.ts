// The billed-sales ledger through the API: batches with an Idempotency-Key, bad lines rejected with their number
// and reason, currencies by month, and the properties that make the figures trustworthy (order, repeats and
// batching never change a total). Reversals, refunds and company roll-ups: ledger-tiers.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { snapshot } from './support/snapshot.ts';
import { testApp } from './support/app.ts';
import { makePublisher } from './support/factories.ts';
import { ledgerFeed, type FeedLine } from './support/ledger.ts';

const t = await testApp();
const { today, line, send, summary } = ledgerFeed(t);

describe('[LEDGER] batches from the feed', () => {
  it('counts accepted and duplicate lines; the same Idempotency-Key and body answers the first answer again', async () => {
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
    assert.equal((await summary(p)).ttmUsdCents, 10_500_00);
    const missing = await t.call('POST', '/api/v1/billed-sales/batches', {
      as: t.adminEmail,
      body: { lines },
    });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.type, '/problems/idempotency-key-missing');
  });

  it('takes NDJSON, and tells a repeated line with other content (a conflict) from a duplicate', async () => {
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

  it('rejects each bad line with its number and reason, and a batch of bad lines changes nothing', async () => {
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
    delete after.idempotency_keys;
    delete expected.idempotency_keys;
    assert.deepEqual(after, expected, 'nothing but the stored answer changed');
    // A good line among bad ones goes in alone.
    const mixed = await send([line(p, `bad-0-${p.id}`, bad[0]![0]), line(p, `good-${p.id}`)]);
    assert.equal(mixed.body.accepted, 1);
    assert.equal(mixed.body.rejects[0].line, 1);
  });

  it('converts by the rate of the billing month, and a rate once set stays', async () => {
    const p = await makePublisher(t);
    const month = today().slice(0, 7);
    const set = await t.call('PUT', `/api/v1/currency-rates/EUR/${month}`, {
      as: t.adminEmail,
      body: { usdPerUnit: '1.10' },
    });
    assert.equal(set.status, 201, JSON.stringify(set.body));
    const again = await t.call('PUT', `/api/v1/currency-rates/EUR/${month}`, {
      as: t.adminEmail,
      body: { usdPerUnit: '1.1' },
    });
    assert.equal(again.status, 200);
    const changed = await t.call('PUT', `/api/v1/currency-rates/EUR/${month}`, {
      as: t.adminEmail,
      body: { usdPerUnit: '1.2' },
    });
    assert.equal(changed.status, 409);
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

  it('judges a key repeated within a batch as if its lines had come one batch after the other', async () => {
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

describe('[LEDGER] properties', () => {
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

  it('any permutation, duplication or split into batches gives the same totals and tier', async () => {
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
