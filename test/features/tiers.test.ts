// The tier engine (src/features/tiers) and the figures it agrees with: cancellations and fraud reversals void the
// lines they name (L6), whichever comes first and even before the tier engine folded them, a refund lowers the
// figure but keeps unlocked benefits, and profiles rolled up into one company count together (L2); the explanation
// and the engine agree. A company's tier history chains: each change starts from the tier the previous one ended
// on, the first from the lowest tier, the last ends on the company's standing, and the history read in date order
// (as the portal shows it) is the order the changes happened in. Requests do not reach the tier engine in the order
// of their clocks (one that started before midnight may take the engine's lock after one that started after it):
// the engine's day never goes back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { writeBatch } from '../../src/features/billed-sales/billed-sales.service.ts';
import { ProgramCatalog } from '../../src/features/program/program.service.ts';
import { foldPending } from '../../src/features/tiers/tiers.service.ts';
import { inTransaction } from '../../src/platform/db/pool.ts';
import { testApp } from '../support/app.ts';
import { makePublisher, ok, type MadePublisher } from '../support/factories.ts';
import { asLedgerLine, assertHistoryChains, ledgerFeed } from '../support/ledger.ts';

const t = await testApp();
const { line, send, summary } = ledgerFeed(t);

const start = '2026-11-25T09:00:00Z';
// The history's cases on an app of their own, whose clock they set: from a day in late November.
const h = await testApp(start);
const history = ledgerFeed(h);
const lowest = (await ProgramCatalog.load(h.pool)).at(h.clock.now()).tiers[0]!.id;
const DAY = 86_400_000;
const day = (at: Date, daysAgo = 0) => new Date(at.getTime() - daysAgo * DAY).toISOString().slice(0, 10);

/** The company's changes as recorded (by id), and its standing's tier (the lowest without a standing). */
async function recorded(p: MadePublisher) {
  const { rows } = await h.pool.query<{ from: string; to: string; asOf: string }>(
    `SELECT from_tier AS from, to_tier AS to, to_char(as_of, 'YYYY-MM-DD') AS "asOf"
     FROM tier_changes WHERE company_id = (SELECT company_id FROM publishers WHERE id = $1) ORDER BY id`,
    [p.id],
  );
  const standing = await h.pool.query<{ tier_id: string }>(
    'SELECT s.tier_id FROM tier_standings s JOIN publishers p ON p.company_id = s.company_id WHERE p.id = $1',
    [p.id],
  );
  return { changes: rows, tier: standing.rows[0]?.tier_id ?? lowest };
}

describe('tiers: reversals, refunds and company roll-ups', () => {
  it('[FEED] sends a fraud reversal: it and the charge it voids are excluded, whichever came first, and explained', async () => {
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

  it('[PUBLISHER] keeps unlocked benefits after a refund lowers the figure, and sees the tier history with its program', async () => {
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

  it("[FEED] has a line voided only by its own publisher's reversal, whichever reversal comes first (L6)", async () => {
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

  it('[FEED] has a charge excluded by a reversal that a file import wrote but did not fold yet', async () => {
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
      const outcome = await inTransaction(t.pool, (tx) =>
        writeBatch(tx, 'import', [{ lineNo: 1, line: asLedgerLine(written) }], t.clock.now()),
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

  it('[PUBLISHER] sees a line leave the twelve months on the day it does, before the tier engine runs that day', async () => {
    // The Rewards page reads the figure the tier engine keeps only while the engine is on today's window; a day
    // later, with no batch since to move the engine on, it sums the lines of the new window.
    const p = await makePublisher(t);
    const ttm = async () =>
      (await t.call('GET', `/api/v1/publishers/${p.id}/benefits`, { as: p.ownerEmail })).body.ttmUsdCents;
    const { from } = await summary(p);
    const firstDay = new Date(Date.parse(`${from}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await send([
      line(p, `leaving-${p.id}`, { amountMinor: 10_000_00, billedOn: firstDay }),
      line(p, `staying-${p.id}`, { amountMinor: 500_00 }),
    ]);
    assert.equal(await ttm(), 10_500_00);
    const today = t.clock.now();
    t.clock.set(new Date(today.getTime() + 2 * 86_400_000));
    try {
      assert.equal(await ttm(), 500_00, 'the line billed on the first day of the old window left it');
      assert.equal((await summary(p)).ttmUsdCents, 500_00);
    } finally {
      t.clock.set(today);
    }
  });

  it('[PROGRAM ADMIN] rolls profiles up into one company, whose tier counts both (L2)', async () => {
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
    for (const p of [a, b]) {
      const benefits = await t.call('GET', `/api/v1/publishers/${p.id}/benefits`, { as: p.ownerEmail });
      assert.equal(
        benefits.body.ttmUsdCents,
        55_000_00,
        "each profile's Rewards page reads the company's figure",
      );
    }
    const foreign = await t.call('GET', `/api/v1/publishers/${b.id}/billed-sales/lines`, {
      as: a.ownerEmail,
    });
    assert.equal(foreign.status, 404, "a profile's lines stay its own");
  });
  it('[SYSTEM] folds a file import planned for its many lines to the same standings as a feed batch', async () => {
    // An import of more lines than a feed batch carries has its fold planned for bulk work (hash joins, no sorts):
    // only the plan changes, for that statement only, never the figures.
    const [a, b, c] = [await makePublisher(t), await makePublisher(t), await makePublisher(t)];
    const companyOfA = (await t.call('GET', `/api/v1/publishers/${a.id}`, { as: t.adminEmail })).body
      .companyId;
    await ok(
      t.call('PUT', `/api/v1/publishers/${b.id}/company`, {
        as: t.adminEmail,
        body: { companyId: companyOfA },
      }),
    );
    const voided = line(c, `bv-${c.id}`, { amountMinor: 700_00 });
    await send([line(a, `ba-${a.id}`, { amountMinor: 1_000_00 }), voided]);
    const written = [
      line(a, `ba2-${a.id}`, { amountMinor: 300_00 }),
      line(b, `bb-${b.id}`, { amountMinor: 24_000_00 }),
      line(c, `bc-${c.id}`, { amountMinor: 900_00 }),
      line(c, `bc-refund-${c.id}`, { kind: 'refund', amountMinor: -200_00 }),
      line(c, `bc-cancel-${c.id}`, {
        kind: 'cancellation',
        amountMinor: -700_00,
        reversesLineId: voided.lineId,
      }),
    ];
    const program = (await ProgramCatalog.load(t.pool)).at(t.clock.now());
    const { run, settings } = await inTransaction(t.pool, async (tx) => {
      await writeBatch(
        tx,
        'import',
        written.map((l, i) => ({ lineNo: i + 1, line: asLedgerLine(l) })),
        t.clock.now(),
      );
      const run = await foldPending(tx, program, t.clock.now(), { lines: 1_000_000 });
      const { rows } = await tx.query<{ nestloop: string; sort: string }>(
        "SELECT current_setting('enable_nestloop') AS nestloop, current_setting('enable_sort') AS sort",
      );
      return { run, settings: rows[0] };
    });
    assert.equal(run.mode, 'fold');
    assert.deepEqual(settings, { nestloop: 'on', sort: 'on' }, 'the plan settings end with the statement');
    const { rows } = await t.pool.query(
      `SELECT s.company_id = $1 AS rolled_up, s.ttm_usd_cents::int AS ttm, s.tier_id
       FROM tier_standings s WHERE s.company_id IN ($1, $2) ORDER BY 1 DESC`,
      [companyOfA, c.id],
    );
    assert.deepEqual(rows, [
      { rolled_up: true, ttm: 25_300_00, tier_id: 'usd-25k' },
      { rolled_up: false, ttm: 700_00, tier_id: 'usd-500' },
    ]);
    const changes = run.changes.map((x) => [x.company_id === companyOfA ? 'a' : 'c', x.from_tier, x.to_tier]);
    assert.deepEqual(changes.sort(), [['a', 'usd-500', 'usd-25k']]);
    assert.equal((await summary(a)).ttmUsdCents, 25_300_00, 'the explanation reads the same figure');
  });
});

describe('tiers: the tier history chains', () => {
  it('[SYSTEM] folds a batch whose clock is behind the engine (it took the lock after midnight) as of the engine day', async () => {
    const p = await makePublisher(h);
    const midnight = new Date('2026-11-26T00:00:00Z');
    h.clock.set(new Date(midnight.getTime() + 1000));
    await history.send([history.line(p, `a-${p.id}`, { amountMinor: 60_000_00, billedOn: '2026-11-26' })]);
    // A request started a second before midnight reaches the engine now: no recompute of the day before.
    h.clock.set(new Date(midnight.getTime() - 1000));
    await history.send([history.line(p, `b-${p.id}`, { amountMinor: 50_000_00, billedOn: '2026-11-25' })]);
    const { changes, tier } = await recorded(p);
    assert.deepEqual(changes, [
      { from: lowest, to: 'usd-50k', asOf: '2026-11-26' },
      { from: 'usd-50k', to: 'usd-100k', asOf: '2026-11-26' },
    ]);
    assert.equal(tier, 'usd-100k');
    h.clock.set(start);
  });

  it('[SYSTEM] chains the tier history for any sequence of batches, whatever their clocks and billing days', async () => {
    const step = fc.record({
      // The request's clock, days before the start (requests may reach the engine out of their clocks' order).
      at: fc.integer({ min: 0, max: 400 }),
      lines: fc.array(
        fc.record({
          kind: fc.constantFrom('charge', 'charge', 'refund'),
          usd: fc.integer({ min: 1, max: 150_000 }),
          // Billing day, days before the request's clock.
          billedAgo: fc.integer({ min: 0, max: 400 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        const p = await makePublisher(h);
        for (const s of steps) {
          const at = new Date(new Date(start).getTime() - s.at * DAY);
          h.clock.set(at);
          const answer = await history.send(
            s.lines.map((l) =>
              history.line(p, `h${++n}-${p.id}`, {
                kind: l.kind,
                amountMinor: (l.kind === 'refund' ? -1 : 1) * l.usd * 100,
                billedOn: day(at, l.billedAgo),
              }),
            ),
          );
          assert.equal(answer.status, 200, JSON.stringify(answer.body));
          assert.equal(answer.body.rejected, 0, JSON.stringify(answer.body.rejects));
        }
        const { changes, tier } = await recorded(p);
        assertHistoryChains(changes, lowest, tier, JSON.stringify(steps));
      }),
      { numRuns: 12 },
    );
    h.clock.set(start);
  });
});
