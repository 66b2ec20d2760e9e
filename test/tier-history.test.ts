// A company's tier history chains: each change starts from the tier the previous one ended on, the first from
// the lowest tier, the last ends on the company's standing, and the history read in date order (as the portal
// shows it) is the order the changes happened in. Requests do not reach the tier engine in the order of their
// clocks (one that started before midnight may take the engine's lock after one that started after it): the
// engine's day never goes back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ProgramCatalog } from '../src/features/program/program.service.ts';
import { testApp } from './support/app.ts';
import { makePublisher, type MadePublisher } from './support/factories.ts';
import { assertHistoryChains, ledgerFeed } from './support/ledger.ts';

const start = '2026-11-25T09:00:00Z';
const t = await testApp(start);
const { line, send } = ledgerFeed(t);
const lowest = (await ProgramCatalog.load(t.pool)).at(t.clock.now()).tiers[0]!.id;
const DAY = 86_400_000;
const day = (at: Date, daysAgo = 0) => new Date(at.getTime() - daysAgo * DAY).toISOString().slice(0, 10);

/** The company's changes as recorded (by id), and its standing's tier (the lowest without a standing). */
async function recorded(p: MadePublisher) {
  const { rows } = await t.pool.query<{ from: string; to: string; asOf: string }>(
    `SELECT from_tier AS from, to_tier AS to, to_char(as_of, 'YYYY-MM-DD') AS "asOf"
     FROM tier_changes WHERE company_id = (SELECT company_id FROM publishers WHERE id = $1) ORDER BY id`,
    [p.id],
  );
  const standing = await t.pool.query<{ tier_id: string }>(
    'SELECT s.tier_id FROM tier_standings s JOIN publishers p ON p.company_id = s.company_id WHERE p.id = $1',
    [p.id],
  );
  return { changes: rows, tier: standing.rows[0]?.tier_id ?? lowest };
}

describe('[TIERS] the tier history chains', () => {
  it('folds a batch whose clock is behind the engine (it took the lock after midnight) as of the engine day', async () => {
    const p = await makePublisher(t);
    const midnight = new Date('2026-11-26T00:00:00Z');
    t.clock.set(new Date(midnight.getTime() + 1000));
    await send([line(p, `a-${p.id}`, { amountMinor: 60_000_00, billedOn: '2026-11-26' })]);
    // A request started a second before midnight reaches the engine now: no recompute of the day before.
    t.clock.set(new Date(midnight.getTime() - 1000));
    await send([line(p, `b-${p.id}`, { amountMinor: 50_000_00, billedOn: '2026-11-25' })]);
    const { changes, tier } = await recorded(p);
    assert.deepEqual(changes, [
      { from: lowest, to: 'usd-50k', asOf: '2026-11-26' },
      { from: 'usd-50k', to: 'usd-100k', asOf: '2026-11-26' },
    ]);
    assert.equal(tier, 'usd-100k');
    t.clock.set(start);
  });

  it('chains for any sequence of batches, whatever their clocks and billing days', async () => {
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
        const p = await makePublisher(t);
        for (const s of steps) {
          const at = new Date(new Date(start).getTime() - s.at * DAY);
          t.clock.set(at);
          const answer = await send(
            s.lines.map((l) =>
              line(p, `h${++n}-${p.id}`, {
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
    t.clock.set(start);
  });
});
