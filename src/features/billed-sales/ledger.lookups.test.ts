// The lookups a file import checks lines against: whatever ids were loaded are found, and nothing else is, through
// the hash table's growth and collisions; a place found gives back the uuid's bytes; an offer is found by its
// publisher and marketplace id, which several publishers may share.
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
  it("finds every publisher by MPN ID and id, every publisher's offer by its id, and nothing that was not loaded", () => {
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
          // One marketplace id that every publisher registered: each finds its own offer under it.
          const shared = publishers.map((p) => [p, crypto.randomUUID()] as const);
          for (const [p, offer] of shared) lookups.addOffer('shared', offer, p.id);
          for (const p of publishers) {
            const publisher = lookups.publisherByMpn(p.mpn);
            assert.notEqual(publisher, undefined);
            assert.equal(lookups.publisherById(p.id), publisher);
            assert.deepEqual(bytesOf(lookups, publisher!), bytesOf(UUID_TEXT, p.id));
            const offer = lookups.offer(publisher!, `offer:${p.mpn}`);
            assert.notEqual(offer, undefined);
            assert.deepEqual(bytesOf(lookups, offer!), bytesOf(UUID_TEXT, p.offer));
          }
          for (const [p, offer] of shared) {
            const place = lookups.offer(lookups.publisherById(p.id)!, 'shared');
            assert.deepEqual(bytesOf(lookups, place!), bytesOf(UUID_TEXT, offer));
          }
          if (publishers.length > 1) {
            const [a, b] = publishers;
            assert.equal(lookups.offer(lookups.publisherById(a!.id)!, `offer:${b!.mpn}`), undefined);
            assert.ok(lookups.offerExists(`offer:${b!.mpn}`));
          }
          for (const other of others.filter((o) => !publishers.some((p) => p.mpn === o))) {
            assert.equal(lookups.publisherByMpn(other), undefined);
            assert.equal(lookups.offerExists(`offer:${other}`), false);
          }
        },
      ),
    );
  });

  it('finds no offer for a publisher that is not its own, and finds rates by currency and month', () => {
    const lookups = new LedgerLookups('2026-12-01');
    lookups.addPublisher('f604814e-5277-4639-9c00-3865208dc5b2', '1000001');
    lookups.addOffer('o-1', '58feba10-4ff4-40d7-8868-dbc82b191590', '0b0c5e7e-93a7-4c43-9a39-62a7d8b3d1a4');
    assert.equal(lookups.offer(lookups.publisherByMpn('1000001')!, 'o-1'), undefined);
    assert.ok(lookups.offerExists('o-1'));
    assert.equal(lookups.publisherById('1000001'), undefined);
    lookups.addRate('EUR', '2026-11', parseRate('1.08')!);
    assert.deepEqual(lookups.rate('EUR', '2026-11'), parseRate('1.08'));
    assert.equal(lookups.rate('EUR', '2026-10'), undefined);
    assert.equal(lookups.rate('GBP', '2026-11'), undefined);
  });
});
