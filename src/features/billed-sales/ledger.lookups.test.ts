// The lookups a file import checks lines against: whatever ids were loaded are found, and nothing else is, through
// the hash table's growth and collisions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseRate } from '../../domain/currency.ts';
import { LedgerLookups } from './ledger.lookups.ts';

describe('[LEDGER] lookups', () => {
  it('finds every publisher by MPN ID and every offer by its id, and nothing that was not loaded', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12, unit: 'binary' }), { maxLength: 300 }),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 50 }),
        (ids, others) => {
          const lookups = new LedgerLookups('2026-12-01');
          ids.forEach((id, i) => lookups.addPublisher(`publisher-${i}`, id));
          ids.forEach((id, i) => lookups.addOffer(`offer:${id}`, `o${i}`, `publisher-${i}`));
          ids.forEach((id, i) => {
            assert.equal(lookups.publisherByMpn(id), `publisher-${i}`);
            assert.deepEqual(lookups.offer(`offer:${id}`), { id: `o${i}`, publisherId: `publisher-${i}` });
          });
          for (const other of others.filter((o) => !ids.includes(o))) {
            assert.equal(lookups.publisherByMpn(other), undefined);
            assert.equal(lookups.offer(`offer:${other}`), undefined);
          }
        },
      ),
    );
  });

  it('finds publishers by id, and rates by currency and month', () => {
    const lookups = new LedgerLookups('2026-12-01');
    lookups.addPublisher('f604814e-5277-4639-9c00-3865208dc5b2', '1000001');
    lookups.addRate('EUR', '2026-11', parseRate('1.08')!);
    assert.equal(
      lookups.publisherById('f604814e-5277-4639-9c00-3865208dc5b2'),
      'f604814e-5277-4639-9c00-3865208dc5b2',
    );
    assert.equal(lookups.publisherById('1000001'), undefined);
    assert.deepEqual(lookups.rate('EUR', '2026-11'), parseRate('1.08'));
    assert.equal(lookups.rate('EUR', '2026-10'), undefined);
    assert.equal(lookups.rate('GBP', '2026-11'), undefined);
  });
});
