// The one next step in front of a publisher, in this order: a marketing contact (nothing can be activated without
// one, S6), then an available benefit to activate (S8), then a live transact offer when it has none (tiers count
// transact sales only, S4), then the next tier and what it unlocks (L2, L3).
import type { Benefit } from '../../api/model.ts';
import type { PublisherData } from '../rewards/data.ts';
import { hasLiveTransact } from '../rewards/data.ts';

export type NextStep =
  | { kind: 'contact' }
  | { kind: 'activate'; benefit: Benefit; count: number }
  | { kind: 'transact' }
  | { kind: 'tier'; tierId: string; tierName: string; missingUsdCents: number; unlocks: Benefit[] }
  | { kind: 'top' };

export function nextStep(data: PublisherData): NextStep {
  const salesAndMarketing = data.benefits.benefits.filter((b) => b.category === 'sales-and-marketing');
  if (data.contacts.length === 0) return { kind: 'contact' };
  const ready = salesAndMarketing.filter((b) => b.state === 'available' && b.canActivate);
  if (ready.length > 0) return { kind: 'activate', benefit: ready[0]!, count: ready.length };
  if (!hasLiveTransact(data.offers) && data.benefits.ttmUsdCents <= 0) return { kind: 'transact' };
  const next = data.benefits.nextTier;
  if (!next) return { kind: 'top' };
  return {
    kind: 'tier',
    tierId: next.id,
    tierName: next.name,
    missingUsdCents: next.missingUsdCents,
    unlocks: data.benefits.benefits.filter((b) => b.minTierId === next.id),
  };
}
