// Concurrent changes for one publisher, as a feed posting in parallel sends them: none may fail.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
});
