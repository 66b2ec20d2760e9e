// The demo data shows what it is there to show: every listing type, several tiers, a silent offer past its
// welcome window, a grandfathered benefit; and seeding twice adds nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_PASSWORD, seedDemo } from '../src/features/demo/demo.seed.ts';
import { ProgramCatalog } from '../src/features/program/program.service.ts';
import { inTransaction } from '../src/platform/db/pool.ts';
import { testApp } from './support/app.ts';
import { assertHistoryChains } from './support/ledger.ts';

const t = await testApp('2026-11-25T09:00:00Z');
const program = (await ProgramCatalog.load(t.pool)).at(t.clock.now());

describe('[DEMO] demo data', () => {
  it('is seeded once', async () => {
    assert.equal(await inTransaction(t.pool, (tx) => seedDemo(tx, program, t.clock.now())), true);
    assert.equal(await inTransaction(t.pool, (tx) => seedDemo(tx, program, t.clock.now())), false);
    assert.equal(
      (await t.signIn('admin@rewards.example', DEMO_PASSWORD)).status,
      201,
      'demo accounts sign in',
    );
    const publishers = await t.call('GET', '/api/v1/publishers', { as: 'admin@rewards.example' });
    assert.equal(publishers.body.items.length, 6);
  });

  it('spans listing types, tiers and clocks', async () => {
    const publishers = (await t.call('GET', '/api/v1/publishers', { as: 'admin@rewards.example' })).body
      .items;
    const summary: Record<
      string,
      { tier: string; types: string[]; welcome: string[]; grandfathered: number }
    > = {};
    for (const p of publishers) {
      const benefits = (
        await t.call('GET', `/api/v1/publishers/${p.id}/benefits`, { as: 'admin@rewards.example' })
      ).body;
      const offers = (
        await t.call('GET', `/api/v1/publishers/${p.id}/offers`, { as: 'admin@rewards.example' })
      ).body.items;
      summary[p.companyName] = {
        tier: benefits.tier.id,
        types: [...new Set(offers.map((o: any) => o.listingType))].sort() as string[],
        welcome: offers.map((o: any) => o.welcome?.state ?? 'not live'),
        grandfathered: benefits.benefits.filter((b: any) => b.grandfathered).length,
      };
    }
    assert.deepEqual(summary['Contoso Analytics']?.tier, 'usd-25k');
    assert.deepEqual(summary['Fabrikam Cloud']?.tier, 'usd-100k');
    assert.deepEqual(summary['Northwind Traders']?.types, ['list']);
    assert.deepEqual(summary['Tailspin Toys']?.welcome, ['overdue']);
    assert.deepEqual(summary['Adventure Works Consulting']?.welcome, ['not live']);
    assert.ok(
      (summary['Woodgrove Software']?.grandfathered ?? 0) > 0,
      'Woodgrove keeps benefits from its strong year',
    );
    assert.deepEqual(summary['Fabrikam Cloud']?.welcome, ['contacted']);
    const allTypes = new Set(Object.values(summary).flatMap((s) => s.types));
    assert.deepEqual([...allTypes].sort(), ['consulting', 'list', 'transact', 'trial']);
  });

  it("shows each company's tier history as it happened: every change starts where the previous one ended", async () => {
    const publishers = (await t.call('GET', '/api/v1/publishers', { as: 'admin@rewards.example' })).body
      .items;
    const histories: Record<string, string[]> = {};
    for (const p of publishers) {
      const s = (
        await t.call('GET', `/api/v1/publishers/${p.id}/billed-sales`, { as: 'admin@rewards.example' })
      ).body;
      const { rows } = await t.pool.query(
        'SELECT s.tier_id FROM tier_standings s JOIN publishers p ON p.company_id = s.company_id WHERE p.id = $1',
        [p.id],
      );
      // The answer lists the latest change first.
      const changes = [...s.history].reverse() as { from: string; to: string; asOf: string }[];
      assertHistoryChains(
        changes,
        program.tiers[0]!.id,
        rows[0]?.tier_id ?? program.tiers[0]!.id,
        p.companyName,
      );
      histories[p.companyName] = changes.map((c) => `${c.asOf} ${c.from} -> ${c.to}`);
    }
    // Fabrikam's sales, replayed on their days: $60K 320 days ago, $52K 200 days ago, $41K 60 days ago.
    assert.deepEqual(histories['Fabrikam Cloud'], [
      '2026-01-09 publisher -> usd-50k',
      '2026-05-09 usd-50k -> usd-100k',
    ]);
  });
});
