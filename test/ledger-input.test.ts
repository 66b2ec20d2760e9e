// What the feed sends, taken at its word and no further: ids are compared exactly and refused when padded or
// holding what cannot be stored as sent; a reversal needs no rate (its value is the line it voids); whole numbers
// are read by one rule in JSON and CSV. Each case once counted a line twice, lost one, or sank a whole batch.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { migrate } from '../src/platform/db/migrate.ts';
import { testApp } from './support/app.ts';
import { makePublisher } from './support/factories.ts';
import { ledgerFeed } from './support/ledger.ts';

const t = await testApp();
const { line, send, summary } = ledgerFeed(t);

const codes = (body: { rejects: { line: number; code: string; field: string | null }[] }) =>
  body.rejects.map((r) => [r.line, r.code, r.field]);

describe('[LEDGER] ids and text as the feed sends them', () => {
  it('refuses ids padded with spaces, on every id field, so that a padded id never becomes another key', async () => {
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

  it('rejects a line holding NUL or a lone surrogate on its own, and writes the others unaltered', async () => {
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

  it('answers a body that is not JSON with a problem that can be stored, even with NUL in it', async () => {
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

  it('takes a publisher id in capitals as the same publisher', async () => {
    const p = await makePublisher(t);
    const answer = await send([line(p, `upper-${p.id}`, { publisherId: p.id.toUpperCase() })]);
    assert.deepEqual(answer.body.rejects, []);
    assert.equal(answer.body.accepted, 1);
  });

  it('refuses an amount written with an exponent or a fraction in JSON, as in CSV', async () => {
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

describe('[LEDGER] reversals without a rate', () => {
  it('voids a charge with a cancellation or fraud reversal billed in a month with no rate yet', async () => {
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

  it('names the first reversal received when two void one line, not the first in alphabetical order', async () => {
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

describe('[LEDGER] lines converted with the wrong minor units before', () => {
  it('are converted again with ISO 4217 digits by migration 013, and the tiers follow', async () => {
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
    await t.pool.query("DELETE FROM schema_migrations WHERE name = '013_iso4217_minor_units.sql'");
    await migrate(t.pool);
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

describe('[LEDGER] reversals stored without a USD figure', () => {
  it('a reversal sent again after its month got a rate is a duplicate, not a conflict', async () => {
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

describe('[LEDGER] one bad line in an API batch', () => {
  it('a cell longer than 1000 characters is rejected alone', async () => {
    const p = await makePublisher(t);
    const answer = await send([
      line(p, `ok-${p.id}`),
      line(p, `long-${p.id}`, { customerId: 'c'.repeat(1001) }),
    ]);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.accepted, 1);
  });

  it('a line with one field the schema does not know is rejected alone', async () => {
    const p = await makePublisher(t);
    const answer = await send([line(p, `ok-${p.id}`), { ...line(p, `extra-${p.id}`), note: 'x' }]);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.accepted, 1);
  });

  it('refuses a body naming a field twice in one object, instead of counting the last value', async () => {
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

  it('an id ending with a C1 control (U+0085) or a zero-width space is refused, not another key', async () => {
    const p = await makePublisher(t);
    await send([line(p, `G-${p.id}`)]);
    const answer = await send([line(p, `G-${p.id}\u0085`), line(p, `G-${p.id}\u200b`)]);
    assert.equal(answer.body.rejected, 2, JSON.stringify(answer.body));
    assert.equal((await summary(p)).ttmUsdCents, 10_000_00, 'counted once');
  });
});
