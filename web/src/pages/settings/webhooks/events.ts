// The event catalogue as people read it: each type's name in the reader's language (catalog keys
// `webhooks.event.<type>`), the type itself for one the catalog does not know.
import type { I18n } from '../../../i18n/i18n.tsx';
import type { EventType } from './api.ts';

/** The events one can subscribe to, in the service's order (schema.d.ts's enum, restated to be iterable). */
export const EVENT_TYPES = [
  'tier.changed',
  'benefit.unlocked',
  'benefit.expiring',
  'benefit.expired',
  'benefit.revoked',
  'activation.created',
  'activation.contacted',
  'activation.fulfilled',
  'task.late',
  'task.escalated',
  'ticket.replied',
  'billed-sales.batch.processed',
  'sponsorship.granted',
  'sponsorship.spend.recorded',
  'sponsorship.spent',
  'sponsorship.expiring',
  'sponsorship.expired',
  'program.published',
] as const satisfies readonly EventType[];

// Every type of the service's enum is listed above: a new one fails the typecheck here.
type Missing = Exclude<EventType, (typeof EVENT_TYPES)[number]>;
const complete: Missing extends never ? true : Missing = true;
void complete;

export function eventName(i18n: I18n, type: string): string {
  return i18n.tOr(`webhooks.event.${type}`, type);
}
