// The ledger's figures through the API: cancellations and fraud reversals void the lines they name (L6), whichever
// comes first and even before the tier engine folded them, a refund lowers the figure but keeps unlocked benefits,
// and profiles rolled up into one company count together (L2); the explanation and the engine agree.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Line as LedgerLine } from '../src/domain/ledger.ts';
import { writeBatch } from '../src/features/billed-sales/billed-sales.service.ts';
import { inTransaction } from '../src/platform/db/pool.ts';
import { testApp } from './support/app.ts';
import { makePublisher, type MadePublisher } from './support/factories.ts';
import { ledgerFeed } from './support/ledger.ts';

const t = await testApp();
const { line, send, summary } = ledgerFeed(t);

describe('[LEDGER] reversals, refunds and company roll-ups', () => {
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
