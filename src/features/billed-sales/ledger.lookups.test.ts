// The lookups a file import checks lines against: whatever ids were loaded are found, and nothing else is, through
// the hash table's growth and collisions; a place found gives back the uuid's bytes, and an offer its publisher.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseRate } from '../../domain/currency.ts';
import { UUID_TEXT, type UuidSource } from './copy.binary.ts';
import { LedgerLookups } from './ledger.lookups.ts';

const bytesOf = <Id>(source: UuidSource<Id>, id: Id) => {
  const bytes = new Uint8Array(16);
  source.write(id, bytes, 0);
  return [...bytes];
};

describe('[LEDGER] lookups', () => {
  it('finds every publisher by MPN ID and id, every offer by its id with its publisher, and nothing that was not loaded', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            mpn: fc.string({ minLength: 1, maxLength: 12, unit: 'binary' }),
            id: fc.uuid(),
            offer: fc.uuid(),
          }),
          { maxLength: 300, selector: (p) => p.mpn },
        ),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 50 }),
        (publishers, others) => {
          fc.pre(new Set(publishers.flatMap((p) => [p.id, p.offer])).size === publishers.length * 2);
          const lookups = new LedgerLookups('2026-12-01');
          for (const p of publishers) lookups.addPublisher(p.id, p.mpn);
          for (const p of publishers) lookups.addOffer(`offer:${p.mpn}`, p.offer, p.id);
          for (const p of publishers) {
            const publisher = lookups.publisherByMpn(p.mpn);
            assert.notEqual(publisher, undefined);
            assert.equal(lookups.publisherById(p.id), publisher);
            assert.deepEqual(bytesOf(lookups, publisher!), bytesOf(UUID_TEXT, p.id));
            const offer = lookups.offer(`offer:${p.mpn}`);
            assert.notEqual(offer, undefined);
            assert.equal(lookups.publisherOfOffer(offer!), publisher);
            assert.deepEqual(bytesOf(lookups, offer!), bytesOf(UUID_TEXT, p.offer));
          }
          for (const other of others.filter((o) => !publishers.some((p) => p.mpn === o))) {
            assert.equal(lookups.publisherByMpn(other), undefined);
            assert.equal(lookups.offer(`offer:${other}`), undefined);
          }
        },
      ),
    );
  });

  it('knows no publisher for an offer whose publisher is not loaded, and finds rates by currency and month', () => {
    const lookups = new LedgerLookups('2026-12-01');
    lookups.addPublisher('f604814e-5277-4639-9c00-3865208dc5b2', '1000001');
    lookups.addOffer('o-1', '58feba10-4ff4-40d7-8868-dbc82b191590', '0b0c5e7e-93a7-4c43-9a39-62a7d8b3d1a4');
    assert.equal(lookups.publisherOfOffer(lookups.offer('o-1')!), undefined);
    assert.equal(lookups.publisherById('1000001'), undefined);
    lookups.addRate('EUR', '2026-11', parseRate('1.08')!);
    assert.deepEqual(lookups.rate('EUR', '2026-11'), parseRate('1.08'));
    assert.equal(lookups.rate('EUR', '2026-10'), undefined);
    assert.equal(lookups.rate('GBP', '2026-11'), undefined);
  });
});
