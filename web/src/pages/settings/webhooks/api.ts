// The webhook screens' calls: a publisher's owners and admins under the publisher, program admins at /webhooks
// (every subscription, program-wide ones made there). `scope` null is the program admins' console.
import { client, ok } from '../../../api.ts';
import type { Answer } from '../../../api/model.ts';
import { invalidate, useApi } from '../../../queries.ts';

export type Scope = { publisherId: string } | null;
export type Subscription = Answer<'/api/v1/webhooks', 'get'>['items'][number];
export type Delivery = Answer<'/api/v1/webhooks/{subscriptionId}/deliveries', 'get'>['items'][number];
export type EventType = Subscription['eventTypes'][number];

export function useSubscriptions(scope: Scope) {
  const own = useApi(
    '/api/v1/publishers/{publisherId}/webhooks',
    { params: { path: { publisherId: scope?.publisherId ?? '' } } },
    { enabled: scope !== null },
  );
  const every = useApi('/api/v1/webhooks', { params: { query: {} } }, { enabled: scope === null });
  return scope ? own : every;
}

export function useDeliveries(scope: Scope, subscriptionId: string) {
  const own = useApi(
    '/api/v1/publishers/{publisherId}/webhooks/{subscriptionId}/deliveries',
    { params: { path: { publisherId: scope?.publisherId ?? '', subscriptionId }, query: {} } },
    { enabled: scope !== null },
  );
  const every = useApi(
    '/api/v1/webhooks/{subscriptionId}/deliveries',
    { params: { path: { subscriptionId }, query: {} } },
    { enabled: scope === null },
  );
  return scope ? own : every;
}

function refresh(): Promise<void> {
  return invalidate([
    '/api/v1/webhooks',
    '/api/v1/publishers/{publisherId}/webhooks',
    '/api/v1/webhooks/{subscriptionId}/deliveries',
    '/api/v1/publishers/{publisherId}/webhooks/{subscriptionId}/deliveries',
  ]);
}

/** Every change the screens make; each refreshes the lists and logs once it is done. */
export function webhookActions(scope: Scope) {
  const after = async <T>(answer: Promise<T>) => {
    const value = await answer;
    await refresh();
    return value;
  };
  return {
    create: (body: { url: string; eventTypes: EventType[]; publisherId?: string | null }) =>
      after(
        ok(
          scope
            ? client.POST('/api/v1/publishers/{publisherId}/webhooks', {
                params: { path: scope },
                body: { url: body.url, eventTypes: body.eventTypes },
              })
            : client.POST('/api/v1/webhooks', { body }),
        ),
      ),
    setEnabled: (id: string, enabled: boolean) =>
      after(
        ok(
          scope
            ? client.PATCH('/api/v1/publishers/{publisherId}/webhooks/{subscriptionId}', {
                params: { path: { ...scope, subscriptionId: id } },
                body: { enabled },
              })
            : client.PATCH('/api/v1/webhooks/{subscriptionId}', {
                params: { path: { subscriptionId: id } },
                body: { enabled },
              }),
        ),
      ),
    rotate: (id: string) =>
      after(
        ok(
          scope
            ? client.POST('/api/v1/publishers/{publisherId}/webhooks/{subscriptionId}/secret', {
                params: { path: { ...scope, subscriptionId: id } },
                body: {},
              })
            : client.POST('/api/v1/webhooks/{subscriptionId}/secret', {
                params: { path: { subscriptionId: id } },
                body: {},
              }),
        ),
      ),
    test: (id: string) =>
      after(
        ok(
          scope
            ? client.POST('/api/v1/publishers/{publisherId}/webhooks/{subscriptionId}/test', {
                params: { path: { ...scope, subscriptionId: id } },
              })
            : client.POST('/api/v1/webhooks/{subscriptionId}/test', {
                params: { path: { subscriptionId: id } },
              }),
        ),
      ),
    remove: (id: string) =>
      after(
        scope
          ? client.DELETE('/api/v1/publishers/{publisherId}/webhooks/{subscriptionId}', {
              params: { path: { ...scope, subscriptionId: id } },
            })
          : client.DELETE('/api/v1/webhooks/{subscriptionId}', { params: { path: { subscriptionId: id } } }),
      ),
    redeliver: (id: string, webhookDeliveryId: string) =>
      after(
        ok(
          scope
            ? client.POST(
                '/api/v1/publishers/{publisherId}/webhooks/{subscriptionId}/deliveries/{webhookDeliveryId}/redeliver',
                { params: { path: { ...scope, subscriptionId: id, webhookDeliveryId } } },
              )
            : client.POST('/api/v1/webhooks/{subscriptionId}/deliveries/{webhookDeliveryId}/redeliver', {
                params: { path: { subscriptionId: id, webhookDeliveryId } },
              }),
        ),
      ),
  };
}
