// What-if before publishing (issue 15): a program document, or one change typed in, simulated on the real ledger
// at its effective date, nothing stored; and, for random programs and ledgers, the figures equal what publishing
// that version and running the tier engine on its day then does (the companies that move, the unlocks, L6).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Program } from '../../src/domain/program.ts';
import { applyAllTierChanges, recomputeTiers } from '../../src/features/tiers/tiers.service.ts';
import { ProgramCatalog } from '../../src/features/program/program.service.ts';
import { inTransaction } from '../../src/platform/db/pool.ts';
import { evaluatePublisher, refreshUnlocks } from '../../src/usecases/unlocks.ts';
import { testApp } from '../support/app.ts';
import { makePublisher, ok } from '../support/factories.ts';

const t = await testApp('2026-03-02T10:00:00Z');
const SIMULATE = '/api/v1/program/simulations';
const day = (at: Date) => at.toISOString().slice(0, 10);
const inForce = async (): Promise<Program> =>
  (await ok(t.call('GET', '/api/v1/program', { as: t.adminEmail }))).inForce;

/** Runs the tier engine as the workers do: a full recompute as of the clock's day, then every change applied. */
async function runEngine(): Promise<void> {
  const program = (await ProgramCatalog.load(t.pool)).at(t.clock.now());
  await inTransaction(t.pool, (tx) => recomputeTiers(tx, program, t.clock.now()));
  await applyAllTierChanges(t.pool, program, () => t.clock.now());
}

describe('simulations: one change typed in', () => {
  it('[PROGRAM ADMIN] asks what if $25K became $30K: who moves down, what they keep, as figures and as CSV', async () => {
    await runEngine();
    const a = await makePublisher(t, { salesUsd: 27_000 });
    const b = await makePublisher(t, { salesUsd: 31_000 });
    const change = { kind: 'tier-threshold', tierId: 'usd-25k', thresholdUsdCents: 3_000_000 };
    const answer = await ok(t.call('POST', SIMULATE, { as: t.adminEmail, body: { change } }));
    assert.equal(answer.effectiveFrom, day(t.clock.now()));
    assert.equal(answer.basedOn, 'FY24');
    const move = answer.moves.find((m: any) => m.from.id === 'usd-25k' && m.to.id === 'usd-500');
    assert.ok(move && move.direction === 'down' && move.companies >= 1, JSON.stringify(answer.moves));
    const mine = answer.affected.items.find((p: any) => p.id === a.id);
    assert.deepEqual([mine.tierNow.name, mine.tierThen.name], ['$25K', '$500']);
    assert.ok(mine.keptByGrandfathering.some((x: any) => x.id === 'marketplace-blog-feature'));
    assert.deepEqual(mine.loses, []);
    assert.equal(
      answer.affected.items.find((p: any) => p.id === b.id),
      undefined,
      'b stays at $25K',
    );
    const blog = answer.benefits.find((x: any) => x.id === 'marketplace-blog-feature');
    assert.ok(blog.keptByGrandfathering >= 1);

    const csv = await t.call('POST', `${SIMULATE}/export`, { as: t.adminEmail, body: { change } });
    assert.equal(csv.status, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const text = csv.body as unknown as string;
    assert.match(text.split('\r\n')[0]!, /^"publisher_id","mpn_id","company_name","tier_now","tier_then"/);
    assert.equal(text.trim().split('\r\n').length, answer.affected.total + 1);
    assert.ok(text.includes(`"${a.id}",`));
    // Nothing was stored: the version in force and the unlocks are as they were.
    assert.equal((await inForce()).version, 'FY24');
    const { rows } = await t.pool.query(
      "SELECT count(*)::int AS n FROM program_versions WHERE version = 'what-if'",
    );
    assert.equal(rows[0].n, 0);
  });

  it('[PROGRAM ADMIN] asks what a lower minimum tier would unlock, and what a new sponsorship amount changes', async () => {
    const p = await makePublisher(t, { salesUsd: 30_000 });
    const lower = { kind: 'benefit-min-tier', benefitId: 'trial-sandbox-sponsorship', tierId: 'usd-25k' };
    const answer = await ok(t.call('POST', SIMULATE, { as: t.adminEmail, body: { change: lower } }));
    assert.deepEqual(answer.moves, [], 'no tier moves');
    const trial = answer.benefits.find((x: any) => x.id === 'trial-sandbox-sponsorship');
    assert.ok(trial.newlyUnlocked >= 1);
    const mine = answer.affected.items.find((x: any) => x.id === p.id);
    assert.deepEqual(
      mine.gains.map((x: any) => x.id),
      ['trial-sandbox-sponsorship'],
    );
    assert.equal(mine.committedUsdCents, 0, 'the sponsorship has no amount at $25K');
    const amount = {
      kind: 'sponsorship-amount',
      benefitId: 'deployment-sponsorship',
      tierId: 'usd-25k',
      amountUsdCents: 300_000,
    };
    const raised = await ok(t.call('POST', SIMULATE, { as: t.adminEmail, body: { change: amount } }));
    assert.deepEqual([raised.moves, raised.affected.total, raised.committedUsdCents], [[], 0, 0]);
  });

  it('[PROGRAM ADMIN] gets every problem with the change or the program as a 422 naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ change: { kind: 'tier-threshold', tierId: 'usd-7m', thresholdUsdCents: 1 } }, '/body/change/tierId'],
      [
        { change: { kind: 'tier-threshold', tierId: 'usd-25k', thresholdUsdCents: -5 } },
        '/body/change/thresholdUsdCents',
      ],
      [
        { change: { kind: 'tier-threshold', tierId: 'usd-25k', thresholdUsdCents: 6_000_000 } },
        '/body/change/thresholdUsdCents',
      ],
      [{ change: { kind: 'tier-threshold', tierId: 'usd-25k' } }, '/body/change/thresholdUsdCents'],
      [
        { change: { kind: 'benefit-min-tier', tierId: 'usd-25k', benefitId: 'no-such' } },
        '/body/change/benefitId',
      ],
      [
        {
          change: {
            kind: 'sponsorship-amount',
            tierId: 'usd-25k',
            benefitId: 'market-research',
            amountUsdCents: 1,
          },
        },
        '/body/change/benefitId',
      ],
      [
        {
          change: {
            kind: 'sponsorship-amount',
            tierId: 'usd-500',
            benefitId: 'trial-sandbox-sponsorship',
            amountUsdCents: 1,
          },
        },
        '/body/change/tierId',
      ],
      [
        {
          change: { kind: 'tier-threshold', tierId: 'usd-25k', thresholdUsdCents: 1 },
          effectiveFrom: '2020-01-01',
        },
        '/body/effectiveFrom',
      ],
      [{}, '/body'],
    ];
    const program = await inForce();
    const shuffled = structuredClone(program);
    shuffled.tiers[2]!.thresholdUsdCents = 10;
    cases.push([
      { program: { ...shuffled, version: 'X1', effectiveFrom: '2026-04-01' } },
      '/body/program/tiers/2/thresholdUsdCents',
    ]);
    cases.push([
      { program: { ...program, version: 'X2', effectiveFrom: '2026-01-01' } },
      '/body/program/effectiveFrom',
    ]);
    cases.push([
      { program: { ...program, version: 'X3', effectiveFrom: '2027-01-01' }, effectiveFrom: '2027-01-01' },
      '/body/effectiveFrom',
    ]);
    cases.push([
      { change: { kind: 'benefit-min-tier', tierId: 'usd-500', benefitId: 'market-research' } },
      '/body/change/tierId',
    ]);
    cases.push([
      { program, change: { kind: 'tier-threshold', tierId: 'usd-25k', thresholdUsdCents: 1 } },
      '/body',
    ]);
    for (const [body, pointer] of cases) {
      const answer = await t.call('POST', SIMULATE, { as: t.adminEmail, body });
      assert.equal(answer.status, 422, JSON.stringify(body));
      assert.ok(
        answer.body.errors.some((e: any) => e.pointer === pointer),
        `${pointer} in ${JSON.stringify(answer.body.errors)}`,
      );
    }
  });

  it("[REWARDS TEAM] cannot run a simulation: it is the program admin's", async () => {
    const body = { change: { kind: 'tier-threshold', tierId: 'usd-25k', thresholdUsdCents: 3_000_000 } };
    assert.equal((await t.call('POST', SIMULATE, { as: t.teamEmail, body })).status, 403);
  });
});

/** The unlocks recorded, as `publisher benefit` strings. */
async function unlocks(): Promise<Set<string>> {
  const { rows } = await t.pool.query('SELECT publisher_id, benefit_id FROM benefit_unlocks');
  return new Set(rows.map((r) => `${r.publisher_id} ${r.benefit_id}`));
}

/** Each publisher's benefits unlocked by the rules (not grandfathered), and those unlocked only by L6. */
async function standing(program: Program, at: Date) {
  const { rows } = await t.pool.query<{ id: string }>('SELECT id FROM publishers');
  const rules = new Set<string>();
  const kept = new Set<string>();
  for (const { id } of rows) {
    const e = await evaluatePublisher(t.pool, program, id, at);
    for (const b of e.benefits.filter((x) => x.state !== 'locked'))
      (b.unlock?.grandfathered ? kept : rules).add(`${id} ${b.benefit.id}`);
  }
  return { rules, kept };
}

const SALES = [0, 300, 600, 24_000, 26_000, 31_000, 49_000, 52_000, 99_000, 120_000, 480_000];

/**
 * Runs the engine, then records every publisher's unlocks as they stand (as its benefits page would on a visit):
 * a profile rolled up into a company whose tier did not move has had no refresh yet.
 */
async function settle(): Promise<void> {
  await runEngine();
  const program = (await ProgramCatalog.load(t.pool)).at(t.clock.now());
  const { rows } = await t.pool.query<{ id: string }>('SELECT id FROM publishers');
  for (const { id } of rows)
    await inTransaction(t.pool, (tx) => refreshUnlocks(tx, program, id, t.clock.now()));
}

describe('simulations: the figures equal what publishing then does', () => {
  it('[PROGRAM ADMIN] simulates random programs on random ledgers; publishing and the engine agree', async () => {
    let run = 0;
    let movedRuns = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ sales: fc.constantFrom(...SALES), extra: fc.nat(3_000), rollUp: fc.boolean() }),
          { minLength: 2, maxLength: 6 },
        ),
        fc.array(
          fc.record({ tier: fc.integer({ min: 1, max: 8 }), percent: fc.integer({ min: -50, max: 50 }) }),
          { minLength: 1, maxLength: 3 },
        ),
        // Half take effect today: the totals come from the engine's standings; the others from the lines.
        fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 20 })),
        async (made, moves, days) => {
          run++;
          const ids: string[] = [];
          for (const m of made) {
            const p = await makePublisher(t, { salesUsd: m.sales + m.extra });
            if (m.rollUp && ids.length > 0)
              await ok(
                t.call('PUT', `/api/v1/publishers/${p.id}/company`, {
                  as: t.adminEmail,
                  body: { companyId: ids[0] },
                }),
              );
            ids.push(p.id);
          }
          await settle();
          const current = await inForce();
          const candidate: Program = structuredClone(current);
          for (const { tier, percent } of moves) {
            const low = candidate.tiers[tier - 1]!.thresholdUsdCents;
            const high = candidate.tiers[tier + 1]?.thresholdUsdCents ?? Number.MAX_SAFE_INTEGER;
            const moved = Math.round(candidate.tiers[tier]!.thresholdUsdCents * (1 + percent / 100));
            candidate.tiers[tier]!.thresholdUsdCents = Math.min(Math.max(moved, low + 1), high - 1);
          }
          // A day no version takes effect on: the one in force may have taken effect today.
          const after = days === 0 && current.effectiveFrom === day(t.clock.now()) ? 1 : days;
          const at = new Date(t.clock.now().getTime() + after * 86_400_000);
          Object.assign(candidate, { version: `R${run}`, name: `Random ${run}`, effectiveFrom: day(at) });
          const sim = await ok(
            t.call('POST', `${SIMULATE}?limit=1000`, { as: t.adminEmail, body: { program: candidate } }),
          );
          const before = await standing(current, t.clock.now());
          const unlockedBefore = await unlocks();
          const { rows: last } = await t.pool.query(
            'SELECT coalesce(max(id), 0)::int AS id FROM tier_changes',
          );

          await ok(t.call('POST', '/api/v1/program/versions', { as: t.adminEmail, body: candidate }), 201);
          t.clock.set(after === 0 ? t.clock.now() : `${day(at)}T00:00:00.000Z`);
          await runEngine();

          const { rows: changes } = await t.pool.query<{ from_tier: string; to_tier: string; n: number }>(
            'SELECT from_tier, to_tier, count(*)::int AS n FROM tier_changes WHERE id > $1 GROUP BY 1, 2',
            [last[0].id],
          );
          const key = (from: string, to: string, n: number) => `${from}>${to}:${n}`;
          assert.deepEqual(
            sim.moves.map((m: any) => key(m.from.id, m.to.id, m.companies)).sort(),
            changes.map((c) => key(c.from_tier, c.to_tier, c.n)).sort(),
          );
          const recorded = [...(await unlocks())].filter((u) => !unlockedBefore.has(u));
          const then = await standing(candidate, t.clock.now());
          const keptNow = [...then.kept].filter((u) => before.rules.has(u));
          for (const b of sim.benefits) {
            const count = (list: string[]) => list.filter((u) => u.endsWith(` ${b.id}`)).length;
            assert.equal(b.newlyUnlocked, count(recorded), `${b.id} newly unlocked`);
            assert.equal(b.keptByGrandfathering, count(keptNow), `${b.id} kept by grandfathering`);
            assert.equal(b.lost, 0, `${b.id}: thresholds take no benefit away (L6)`);
          }
          const moved = sim.affected.items.filter((p: any) => p.tierNow.id !== p.tierThen.id).length;
          const { rows: profiles } = await t.pool.query(
            `SELECT count(*)::int AS n FROM publishers p
             WHERE p.company_id IN (SELECT company_id FROM tier_changes WHERE id > $1)`,
            [last[0].id],
          );
          assert.equal(moved, profiles[0].n, 'the affected publishers are the moved companies’ profiles');
          if (changes.length > 0) movedRuns++;
        },
      ),
      { numRuns: 12, endOnFailure: true },
    );
    assert.ok(movedRuns > 0, 'some runs moved companies');
  });
});
