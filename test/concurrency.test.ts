// Concurrent changes for one publisher, as a feed posting in parallel sends them: none may fail. Writers of the
// same ledger keys at once: concurrency-keys.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Line } from '../src/domain/ledger.ts';
import { writeBatch } from '../src/features/billed-sales/billed-sales.service.ts';
import { testApp } from './support/app.ts';
import { makePublisher } from './support/factories.ts';

const t = await testApp();

describe('[CONCURRENCY] one publisher, many writers', () => {
  it('records parallel billed sales and offers going live without a failure, each once', async () => {
    const p = await makePublisher(t, {
      offers: [
        { listingOption: 'transact', live: false },
        { listingOption: 'free-trial', live: false },
        { listingOption: 'contact-me', live: false },
      ],
      contact: true,
    });
    const day = t.clock.now().toISOString().slice(0, 10);
    const sales = Array.from({ length: 8 }, () =>
      t.call('POST', `/api/v1/publishers/${p.id}/billed-sales`, {
        as: t.adminEmail,
        body: { amountUsdCents: 10_000_00, billedOn: day },
      }),
    );
    const lives = p.offerIds.map((offerId) =>
      t.call('POST', `/api/v1/publishers/${p.id}/offers/${offerId}/status`, {
        as: t.adminEmail,
        body: { status: 'live' },
      }),
    );
    const activations = Array.from({ length: 3 }, () =>
      t.call('POST', `/api/v1/publishers/${p.id}/activations`, {
        as: p.ownerEmail,
        body: { benefitId: 'market-research' },
      }),
    );
    const answers = await Promise.all([...sales, ...lives, ...activations]);
    assert.deepEqual(
      answers.filter((a) => a.status >= 500).map((a) => a.body),
      [],
    );
    const benefits = await t.call('GET', `/api/v1/publishers/${p.id}/benefits`, { as: p.ownerEmail });
    assert.equal(benefits.body.ttmUsdCents, 80_000_00);
    assert.equal(benefits.body.tier.id, 'usd-50k');
  });

  it('tells a conflict from a duplicate when another writer commits the key while a batch waits on it', async () => {
    const p = await makePublisher(t);
    const line = (lineId: string, cents: number): Line => ({
      source: 'race',
      lineId: `${lineId}-${p.id}`,
      publisherId: p.id,
      offerId: null,
      customerId: 'c',
      customerCountry: 'US',
      amountMinor: cents,
      currency: 'USD',
      usdCents: cents,
      billedOn: t.clock.now().toISOString().slice(0, 10),
      kind: 'charge',
      reverses: null,
      note: null,
    });
    const first = await t.pool.connect();
    const second = await t.pool.connect();
    try {
      await first.query('BEGIN');
      await writeBatch(first, 'api', [{ lineNo: 1, line: line('J', 1) }], new Date());
      await first.query('COMMIT');
      // The first writer holds K uncommitted; the second sends J (in the ledger: its COPY fails, it stages) and K
      // with other content, and waits on K.
      await first.query('BEGIN');
      await writeBatch(first, 'api', [{ lineNo: 1, line: line('K', 100) }], new Date());
      await second.query('BEGIN');
      const { rows } = await second.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const waiting = writeBatch(
        second,
        'api',
        [
          { lineNo: 1, line: line('J', 1) },
          { lineNo: 2, line: line('K', 999) },
        ],
        new Date(),
      );
      for (;;) {
        const state = await t.pool.query('SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1', [
          rows[0]!.pid,
        ]);
        if (state.rows[0]?.wait_event_type === 'Lock') break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await first.query('COMMIT');
      const outcome = await waiting;
      await second.query('COMMIT');
      assert.equal(outcome.accepted, 0);
      assert.equal(outcome.duplicate, 1, 'J, the same content');
      assert.deepEqual(
        outcome.rejects.map((r) => [r.lineNo, r.reject.code]),
        [[2, 'conflicting-duplicate']],
      );
    } finally {
      first.release();
      second.release();
    }
  });

  it('folds a batch that commits after a later one was folded, each line once', async () => {
    const p = await makePublisher(t);
    const day = t.clock.now().toISOString().slice(0, 10);
    const sale = (amountUsdCents: number) =>
      t.call('POST', `/api/v1/publishers/${p.id}/billed-sales`, {
        as: t.adminEmail,
        body: { amountUsdCents, billedOn: day },
      });
    const late = await t.pool.connect();
    try {
      // A batch written first commits last: the batch after it is folded meanwhile, so the next fold takes the
      // batches on either side of one already folded.
      await late.query('BEGIN');
      await writeBatch(
        late,
        'api',
        [
          {
            lineNo: 1,
            line: {
              source: 'late',
              lineId: `late-${p.id}`,
              publisherId: p.id,
              offerId: null,
              customerId: 'c',
              customerCountry: 'US',
              amountMinor: 100_00,
              currency: 'USD',
              usdCents: 100_00,
              billedOn: day,
              kind: 'charge',
              reverses: null,
              note: null,
            },
          },
        ],
        new Date(),
      );
      assert.equal((await sale(10_000_00)).status, 201);
      await late.query('COMMIT');
    } finally {
      late.release();
    }
    assert.equal((await sale(1_00)).status, 201);
    const benefits = await t.call('GET', `/api/v1/publishers/${p.id}/benefits`, { as: p.ownerEmail });
    assert.equal(benefits.body.ttmUsdCents, 10_101_00);
    const { rows } = await t.pool.query(
      'SELECT ttm_usd_cents FROM tier_standings s JOIN publishers p ON p.company_id = s.company_id WHERE p.id = $1',
      [p.id],
    );
    assert.deepEqual(rows, [{ ttm_usd_cents: 10_101_00 }], "the engine's standing");
  });
});
