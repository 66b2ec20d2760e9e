// The billed-sales ledger through the API: batches with an Idempotency-Key, bad lines rejected with their number
// and reason, currencies by month, company roll-up, reversals, the explanation, and the properties that make the
// figures trustworthy (order, repeats and batching never change a total).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Line as LedgerLine } from '../src/domain/ledger.ts';
import { writeBatch } from '../src/features/billed-sales/billed-sales.service.ts';
import { inTransaction } from '../src/platform/db/pool.ts';
import { snapshot } from './support/snapshot.ts';
import { testApp } from './support/app.ts';
import { makePublisher, type MadePublisher } from './support/factories.ts';

const t = await testApp();
const today = () => t.clock.now().toISOString().slice(0, 10);
let keys = 0;

interface Line {
  source: string;
  lineId: string;
  publisherId?: string;
  mpnId?: string;
  offerId: string;
  customerId: string;
  customerCountry: string;
  amountMinor: number | string;
  currency: string;
  billedOn: string;
  kind: string;
  reversesLineId?: string;
}

const line = (p: MadePublisher, lineId: string, fields: Partial<Line> = {}): Line => ({
  source: 'mp',
  lineId,
  publisherId: p.id,
  offerId: p.offerIds[0]!,
  customerId: 'c-1',
  customerCountry: 'US',
  amountMinor: 10_000_00,
  currency: 'USD',
  billedOn: today(),
  kind: 'charge',
  ...fields,
});

async function send(lines: unknown[], key = `k-${++keys}`) {
  return t.call('POST', '/api/v1/billed-sales/batches', {
    as: t.adminEmail,
    headers: { 'idempotency-key': `"${key}"` },
    body: { lines },
  });
}

async function summary(p: MadePublisher) {
  const answer = await t.call('GET', `/api/v1/publishers/${p.id}/billed-sales`, { as: p.ownerEmail });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body;
}

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
    const bad: [Partial<Line>, string][] = [
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

  it('excludes a fraud reversal and the charge it voids, whichever came first, and explains both', async () => {
    const p = await makePublisher(t);
    const reversal = line(p, `r-${p.id}`, {
      kind: 'fraud-reversal',
      amountMinor: -30_000_00,
      reversesLineId: `c-${p.id}`,
    });
    await send([reversal]);
    await send([
      line(p, `c-${p.id}`, { amountMinor: 30_000_00 }),
      line(p, `ok-${p.id}`, { amountMinor: 700_00 }),
    ]);
    const s = await summary(p);
    assert.equal(s.ttmUsdCents, 700_00);
    assert.equal(s.tier.id, 'usd-500');
    const excluded = await t.call('GET', `/api/v1/publishers/${p.id}/billed-sales/lines?status=excluded`, {
      as: p.ownerEmail,
    });
    assert.deepEqual(
      excluded.body.items
        .map((l: { lineId: string; excluded: { code: string } }) => [l.lineId, l.excluded.code])
        .sort(),
      [
        [`c-${p.id}`, 'voided'],
        [`r-${p.id}`, 'reversal'],
      ],
    );
    assert.match(
      excluded.body.items.find((l: { lineId: string }) => l.lineId === `c-${p.id}`).excluded.reason,
      /fraud/,
    );
    const { rows } = await t.pool.query(
      `SELECT s.ttm_usd_cents FROM tier_standings s JOIN publishers p ON p.company_id = s.company_id WHERE p.id = $1`,
      [p.id],
    );
    assert.equal(rows[0].ttm_usd_cents, 700_00, 'the tier engine agrees with the explanation');
  });

  it('keeps unlocked benefits after a refund lowers the figure, and shows the tier history with its program', async () => {
    const p = await makePublisher(t, { contact: true });
    await send([line(p, `up-${p.id}`, { amountMinor: 60_000_00 })]);
    const up = await summary(p);
    assert.equal(up.tier.id, 'usd-50k');
    await send([line(p, `refund-${p.id}`, { kind: 'refund', amountMinor: -40_000_00 })]);
    const down = await summary(p);
    assert.equal(down.ttmUsdCents, 20_000_00);
    assert.equal(down.tier.id, 'usd-500');
    assert.deepEqual(
      down.history.map((h: { from: string; to: string; programVersion: string }) => [h.from, h.to]),
      [
        ['usd-50k', 'usd-500'],
        ['publisher', 'usd-50k'],
      ],
    );
    assert.ok(down.history.every((h: { programVersion: string }) => h.programVersion.length > 0));
    assert.equal(down.next.tier.id, 'usd-25k');
    assert.equal(down.next.missingUsdCents, 5_000_00);
    const benefits = await t.call('GET', `/api/v1/publishers/${p.id}/benefits`, { as: p.ownerEmail });
    const sponsorship = benefits.body.benefits.find((b: { id: string }) => b.id === 'deployment-sponsorship');
    assert.notEqual(sponsorship.state, 'locked', 'unlocked stays unlocked (L6)');
    const { rows } = await t.pool.query(
      `SELECT count(*)::int AS n FROM notifications WHERE publisher_id = $1 AND kind = 'sponsorship-unlocked'`,
      [p.id],
    );
    assert.ok(rows[0].n >= 1, 'the sponsorship email was queued (S10)');
  });

  it("voids a line only by its own publisher's reversal, whichever reversal comes first (L6)", async () => {
    for (const order of ['foreign first', 'own first']) {
      const p = await makePublisher(t);
      const q = await makePublisher(t);
      const charge = `shielded-${p.id}`;
      assert.equal((await send([line(p, charge, { amountMinor: 1_000_00 })])).status, 200);
      const foreign = line(q, `x-${p.id}`, { kind: 'cancellation', amountMinor: -1, reversesLineId: charge });
      const own = line(p, `y-${p.id}`, {
        kind: 'fraud-reversal',
        amountMinor: -1_000_00,
        reversesLineId: charge,
      });
      for (const reversal of order === 'foreign first' ? [foreign, own] : [own, foreign]) {
        const answer = await send([reversal]);
        assert.equal(answer.body.accepted, 1, JSON.stringify(answer.body));
      }
      assert.equal((await summary(p)).ttmUsdCents, 0, order);
      const { rows } = await t.pool.query(
        `SELECT s.ttm_usd_cents::int AS ttm FROM tier_standings s JOIN publishers p ON p.company_id = s.company_id
         WHERE p.id = $1`,
        [p.id],
      );
      assert.equal(rows[0]?.ttm ?? 0, 0, `the tier engine agrees (${order})`);
    }
  });

  it('reads a reversal that a file import has written but not folded yet: its charge is already excluded', async () => {
    // A file import commits its lines chunk by chunk and folds them into the tier engine once, at the end; until
    // then every figure read from the lines treats them as they stand, whichever of the two was folded first.
    const ttmOf = async (p: MadePublisher) => {
      const benefits = await t.call('GET', `/api/v1/publishers/${p.id}/benefits`, { as: p.ownerEmail });
      return { explained: (await summary(p)).ttmUsdCents, eligibility: benefits.body.ttmUsdCents };
    };
    for (const order of ['charge folded', 'reversal folded']) {
      const p = await makePublisher(t);
      const charge = line(p, `m-${p.id}`, { amountMinor: 2_000_00 });
      const reversal = line(p, `mr-${p.id}`, {
        kind: 'cancellation',
        amountMinor: -2_000_00,
        reversesLineId: charge.lineId,
      });
      const [folded, written] = order === 'charge folded' ? [charge, reversal] : [reversal, charge];
      assert.equal((await send([folded, line(p, `keep-${p.id}`, { amountMinor: 600_00 })])).status, 200);
      const asWritten: LedgerLine = {
        ...written,
        publisherId: p.id,
        amountMinor: Number(written.amountMinor),
        usdCents: Number(written.amountMinor),
        kind: written.kind as LedgerLine['kind'],
        reverses: written.reversesLineId ?? null,
        note: null,
      };
      const outcome = await inTransaction(t.pool, (tx) =>
        writeBatch(tx, 'import', [{ lineNo: 1, line: asWritten }], t.clock.now()),
      );
      assert.equal(outcome.accepted, 1);
      assert.deepEqual(await ttmOf(p), { explained: 600_00, eligibility: 600_00 }, order);
      const excluded = await t.call('GET', `/api/v1/publishers/${p.id}/billed-sales/lines?status=excluded`, {
        as: p.ownerEmail,
      });
      assert.deepEqual(
        excluded.body.items.map((l: { lineId: string; excluded: { code: string } }) => [
          l.lineId,
          l.excluded.code,
        ]),
        [
          [charge.lineId, 'voided'],
          [reversal.lineId, 'reversal'],
        ].sort(([a], [b]) => (a! > b! ? -1 : 1)),
        order,
      );
      // The next fold (any batch through the API) brings the engine to the same figure.
      await send([line(p, `late-${p.id}`, { amountMinor: 100_00 })]);
      assert.deepEqual(await ttmOf(p), { explained: 700_00, eligibility: 700_00 }, order);
      const { rows } = await t.pool.query(
        `SELECT s.ttm_usd_cents::int AS ttm FROM tier_standings s JOIN publishers p ON p.company_id = s.company_id
         WHERE p.id = $1`,
        [p.id],
      );
      assert.equal(rows[0]?.ttm, 700_00, `the tier engine agrees (${order})`);
    }
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

  it('rolls profiles up into one company: tiers count both (L2)', async () => {
    const a = await makePublisher(t);
    const b = await makePublisher(t);
    await send([
      line(a, `ca-${a.id}`, { amountMinor: 15_000_00 }),
      line(b, `cb-${b.id}`, { amountMinor: 15_000_00 }),
    ]);
    assert.equal((await summary(a)).tier.id, 'usd-500');
    const companyOfA = (await t.call('GET', `/api/v1/publishers/${a.id}`, { as: t.adminEmail })).body
      .companyId;
    const moved = await t.call('PUT', `/api/v1/publishers/${b.id}/company`, {
      as: t.adminEmail,
      body: { companyId: companyOfA },
    });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    const s = await summary(a);
    assert.equal(s.ttmUsdCents, 30_000_00);
    assert.equal(s.tier.id, 'usd-25k');
    assert.equal(s.company.publishers.length, 2);
    assert.equal((await summary(b)).tier.id, 'usd-25k');
    // A later line of the rolled-up profile is folded into the company's standing, not a standing of its own.
    await send([line(b, `cb2-${b.id}`, { amountMinor: 25_000_00 })]);
    const { rows } = await t.pool.query(
      'SELECT company_id, ttm_usd_cents::int AS ttm, tier_id FROM tier_standings WHERE company_id = ANY($1)',
      [[companyOfA, b.id]],
    );
    assert.deepEqual(
      rows.filter((r) => r.ttm !== 0),
      [{ company_id: companyOfA, ttm: 55_000_00, tier_id: 'usd-50k' }],
      "the profile's own company, empty since the roll-up, stays at zero",
    );
    const foreign = await t.call('GET', `/api/v1/publishers/${b.id}/billed-sales/lines`, {
      as: a.ownerEmail,
    });
    assert.equal(foreign.status, 404, "a profile's lines stay its own");
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
