// The billed-sales feed as the ledger tests send it: a line of a publisher (today's, a charge of 10,000.00 USD
// unless told otherwise), a batch through the API with an Idempotency-Key, and the publisher's explained figure.
import assert from 'node:assert/strict';
import type { Line as LedgerLine } from '../../src/domain/ledger.ts';
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

/** A feed line in USD as the ledger writes it (a file import's `writeBatch`), its USD cents its amount. */
export function asLedgerLine(l: FeedLine): LedgerLine {
  return {
    ...l,
    publisherId: l.publisherId!,
    amountMinor: Number(l.amountMinor),
    usdCents: Number(l.amountMinor),
    kind: l.kind as LedgerLine['kind'],
    reverses: l.reversesLineId ?? null,
    note: null,
  };
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

/**
 * Asserts that a company's tier changes (in the order recorded) chain: each starts from the tier the previous one
 * ended on, the first from `lowest`, the last ends on `tier`; and that their dates (`asOf`) are in that order, so
 * the history read by date, as the portal shows it, chains too.
 */
export function assertHistoryChains(
  changes: readonly { from: string; to: string; asOf: string }[],
  lowest: string,
  tier: string,
  label: string,
): void {
  const history = JSON.stringify(changes);
  const byDate = changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.asOf.localeCompare(b.c.asOf) || a.i - b.i);
  assert.deepEqual(
    byDate.map((x) => x.i),
    changes.map((_, i) => i),
    `${label}: dated in the order recorded ${history}`,
  );
  let at = lowest;
  for (const c of changes) {
    assert.equal(c.from, at, `${label}: each change starts where the previous one ended ${history}`);
    at = c.to;
  }
  assert.equal(at, tier, `${label}: the last change ends on the standing's tier ${history}`);
}
