import Type from 'typebox';
import type { App } from '../../platform/http/app.ts';
import {
  ItemsOf,
  Nullable,
  problems,
  PublisherParams,
  Timestamp,
  Uuid,
} from '../../platform/http/schemas.ts';
import { listNotificationRows } from './notifications.queries.ts';

const NotificationView = Type.Object(
  {
    id: Uuid,
    kind: Type.String(),
    recipientEmail: Type.String(),
    language: Type.String(),
    payload: Type.Record(Type.String(), Type.Unknown()),
    status: Type.String(),
    createdAt: Timestamp,
    sentAt: Nullable(Timestamp),
  },
  { additionalProperties: false },
);

export async function notificationsRoutes(app: App): Promise<void> {
  app.get(
    '/publishers/:publisherId/notifications',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'Messages queued for the publisher (the outbox), newest first',
        tags: ['notifications'],
        params: PublisherParams,
        response: { 200: ItemsOf(NotificationView), ...problems(401, 404) },
      },
    },
    async (request) => {
      const rows = await listNotificationRows(app.deps.pool, request.params.publisherId);
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          recipientEmail: r.recipient_email,
          language: r.language,
          payload: r.payload,
          status: r.status,
          createdAt: r.created_at.toISOString(),
          sentAt: r.sent_at?.toISOString() ?? null,
        })),
      };
    },
  );
}
