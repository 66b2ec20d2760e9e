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

  it('[PUBLISHER] lists on the sign-in page only accounts that can sign in, not a pending invitee', async () => {
    const ava = await t.signIn('ava@contoso.example', DEMO_PASSWORD);
    assert.equal(ava.status, 201);
    // Sent as the portal sends it (the test harness's call() would accept the invitation at once).
    const invited = await t.app.inject({
      method: 'POST',
      url: `/api/v1/publishers/${ava.body.user.publisherId}/users`,
      headers: { cookie: `__Host-session=${ava.cookie}`, 'x-csrf-token': ava.csrf },
      payload: { email: 'new.hire@contoso.example', displayName: 'New Hire', role: 'publisher-member' },
    });
    assert.equal(invited.statusCode, 201, invited.body);
    const listed = (await t.call('GET', '/api/v1/demo/users')).body.items.map((u: any) => u.email);
    assert.ok(listed.includes('ava@contoso.example'));
    assert.ok(
      !listed.includes('new.hire@contoso.example'),
      'a pending invitee has no password to sign in with',
    );
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
    // Fabrikam's customers, billed month by month since its launch 13 months ago: each month's batch is sent on
    // the month's last day, and the trailing total climbs a tier at a time.
    assert.deepEqual(histories['Fabrikam Cloud'], [
      '2025-10-31 publisher -> usd-500',
      '2026-01-31 usd-500 -> usd-25k',
      '2026-03-31 usd-25k -> usd-50k',
      '2026-06-30 usd-50k -> usd-100k',
    ]);
  });

  it('[FEED] bills twelve months from many customers in several currencies, with refunds and reversals', async () => {
    const publishers = (await t.call('GET', '/api/v1/publishers', { as: 'admin@rewards.example' })).body
      .items;
    const currencies = new Set<string>();
    for (const name of ['Contoso Analytics', 'Fabrikam Cloud', 'Woodgrove Software']) {
      const id = publishers.find((p: any) => p.companyName === name).id;
      const summary = (
        await t.call('GET', `/api/v1/publishers/${id}/billed-sales`, { as: 'admin@rewards.example' })
      ).body;
      // Every month of the window has sales (the window's first, partial month may have none).
      const months = summary.months.filter((m: any) => m.countedLines > 0).map((m: any) => m.month);
      assert.ok(months.length >= 12, `${name}: ${months.join(' ')}`);
      const lines: any[] = [];
      for (let offset = 0; ; offset += 500) {
        const page = (
          await t.call('GET', `/api/v1/publishers/${id}/billed-sales/lines?limit=500&offset=${offset}`, {
            as: 'admin@rewards.example',
          })
        ).body;
        lines.push(...page.items);
        if (lines.length >= page.total) break;
      }
      for (const line of lines) currencies.add(line.currency);
      const customers = new Set(lines.map((l) => l.customerId)).size;
      if (name === 'Woodgrove Software') continue;
      assert.ok(customers >= 20 && customers <= 60, `${name}: ${customers} customers`);
      const kinds = new Map(lines.map((l) => [l.kind, l]));
      // Refunds lower the figure; a cancellation before use and a fraud reversal void their purchase (L6).
      assert.equal(kinds.get('refund')?.counts, true, `${name} has a refund that counts`);
      for (const kind of ['cancellation', 'fraud-reversal']) {
        const reversal = kinds.get(kind);
        assert.equal(reversal?.excluded?.code, 'reversal', `${name} has a ${kind}`);
        const voided = lines.find((l) => l.lineId === reversal.reversesLineId);
        assert.equal(voided?.counts, false, `${name}: the purchase its ${kind} names does not count`);
        assert.match(
          voided.excluded.reason,
          kind === 'cancellation' ? /cancelled before use/ : /reversed for fraud/,
        );
      }
      const counted = summary.months.reduce((sum: number, m: any) => sum + m.countedUsdCents, 0);
      assert.equal(summary.ttmUsdCents, counted, `${name}: the months add up to the trailing total`);
    }
    assert.deepEqual([...currencies].sort(), ['EUR', 'GBP', 'JPY', 'USD']);
  });
});
