// The billed-sales feed as the ledger tests send it: a line of a publisher (today's, a charge of 10,000.00 USD
// unless told otherwise), a batch through the API with an Idempotency-Key, and the publisher's explained figure.
import assert from 'node:assert/strict';
import type { TestContext } from './app.ts';
import type { MadePublisher } from './factories.ts';

export interface FeedLine {
  source: string;
  lineId: string;
  publisherId?: string;
  mpnId?: string;
  offerId: string;
  customerId: string;
  customerCountry: string;
  amountMinor: number | string;
  currency: string;
  billedOn: string;
  kind: string;
  reversesLineId?: string;
}

export function ledgerFeed(t: TestContext) {
  const today = () => t.clock.now().toISOString().slice(0, 10);
  let keys = 0;
  const line = (p: MadePublisher, lineId: string, fields: Partial<FeedLine> = {}): FeedLine => ({
    source: 'mp',
    lineId,
    publisherId: p.id,
    offerId: p.offerIds[0]!,
    customerId: 'c-1',
    customerCountry: 'US',
    amountMinor: 10_000_00,
    currency: 'USD',
    billedOn: today(),
    kind: 'charge',
    ...fields,
  });
  const send = (lines: unknown[], key = `k-${++keys}`) =>
    t.call('POST', '/api/v1/billed-sales/batches', {
      as: t.adminEmail,
      headers: { 'idempotency-key': `"${key}"` },
      body: { lines },
    });
  const summary = async (p: MadePublisher) => {
    const answer = await t.call('GET', `/api/v1/publishers/${p.id}/billed-sales`, { as: p.ownerEmail });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    return answer.body;
  };
  return { today, line, send, summary };
}
