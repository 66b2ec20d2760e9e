// Currency rates (src/features/currency-rates): a month's rate is set once; lines converted with the wrong minor
// units before are converted again. (How a line is converted by its month's rate: billed-sales.test.ts.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { migrate } from '../../src/platform/db/migrate.ts';
import { testApp } from '../support/app.ts';
import { makePublisher } from '../support/factories.ts';
import { ledgerFeed } from '../support/ledger.ts';

const t = await testApp();
const { today, summary } = ledgerFeed(t);

describe('currency rates', () => {
  it("[PROGRAM ADMIN] sets a month's rate once: the same rate again is accepted, another refused", async () => {
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
  });
});

describe('currency rates: lines converted with the wrong minor units before', () => {
  it('[SYSTEM] converts lines stored with the wrong minor units again with ISO 4217 digits (migration 013), and the tiers follow', async () => {
    const p = await makePublisher(t);
    const month = t.clock.now().toISOString().slice(0, 7);
    await t.pool.query(
      `INSERT INTO currency_rates (currency, month, usd_per_unit, created_at) VALUES ('HUF', $1, 0.0028, now())
       ON CONFLICT DO NOTHING`,
      [`${month}-01`],
    );
    // As the old conversion stored it: HUF 5,000.00 (500000 minor units) taken for 500,000 forints, $1,400.
    const { rows } = await t.pool.query(
      "INSERT INTO ledger_batches (origin, created_at) VALUES ('api', now()) RETURNING id",
    );
    await t.pool.query(
      `INSERT INTO ledger_lines (batch_id, usd_cents, amount_minor, billed_on, publisher_id, offer_id, source, line_id,
                                 kind, customer_id, customer_country, currency)
       VALUES ($1, 140000, 500000, $2, $3, NULL, 'mp', $4, 'charge', 'c-1', 'HU', 'HUF')`,
      [rows[0].id, t.clock.now().toISOString().slice(0, 10), p.id, `huf-${p.id}`],
    );
    assert.equal((await summary(p)).ttmUsdCents, 1_400_00);
    // The migrations' record and the migrations are the schema owner's (the service may only read them).
    await t.ownerPool.query("DELETE FROM schema_migrations WHERE name = '013_iso4217_minor_units.sql'");
    await migrate(t.ownerPool);
    const { rows: after } = await t.pool.query(
      'SELECT usd_cents::int AS usd FROM ledger_lines WHERE line_id = $1',
      [`huf-${p.id}`],
    );
    assert.deepEqual(after, [{ usd: 14_00 }]);
    assert.equal((await summary(p)).ttmUsdCents, 14_00);
    const { rows: engine } = await t.pool.query('SELECT as_of FROM tier_engine');
    assert.equal(engine[0].as_of, null, 'the tier engine recomputes at its next fold');
  });
});
