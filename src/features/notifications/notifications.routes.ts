import { isStaff } from '../../platform/auth/access.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { auditedChange } from '../../platform/http/audit.ts';
import { notFound } from '../../platform/problems.ts';
import { ItemsOf, problems, PublisherParams } from '../../platform/http/schemas.ts';
import {
  findNotificationRow,
  listNotificationRows,
  outboxCounts,
  searchNotificationRows,
  type NotificationRow,
} from './notifications.queries.ts';
import {
  NotificationDetail,
  NotificationParams,
  NotificationView,
  OutboxPage,
  OutboxQuery,
} from './notifications.schema.ts';
import { messageIdOf, renderedOf, retryNotification } from './notifications.service.ts';

export async function notificationsRoutes(app: App): Promise<void> {
  const { pool, auth } = app.deps;
  const domain = new URL(auth.publicUrl).hostname || 'localhost';

  app.get(
    '/publishers/:publisherId/notifications',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'Messages to the publisher (its outbox), newest first',
        tags: ['notifications'],
        params: PublisherParams,
        response: { 200: ItemsOf(NotificationView), ...problems(401, 404) },
      },
    },
    async (request) => {
      // The SMTP server's answers (host names, addresses) are for the rewards team, not the publisher's people.
      const staff = isStaff(principalOf(request));
      return {
        items: (await listNotificationRows(pool, request.params.publisherId)).map((r) =>
          staff ? toView(r) : { ...toView(r), lastError: null },
        ),
      };
    },
  );

  app.get(
    '/notifications',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary: 'The whole outbox for the rewards team, newest first (status=failed: what needs a retry)',
        tags: ['notifications'],
        querystring: OutboxQuery,
        response: { 200: OutboxPage, ...problems(401, 403, 422) },
      },
    },
    async (request) => {
      const q = request.query;
      const rows = await searchNotificationRows(pool, {
        status: q.status ?? null,
        kind: q.kind ?? null,
        publisherId: q.publisherId ?? null,
        recipient: q.recipient ?? null,
        limit: q.limit ?? 100,
      });
      return { items: rows.map(toView), counts: await outboxCounts(pool) };
    },
  );

  app.get(
    '/notifications/:notificationId',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary: 'One message as rendered: subject, plain text, HTML and its delivery state',
        tags: ['notifications'],
        params: NotificationParams,
        response: { 200: NotificationDetail, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const row = await findNotificationRow(pool, request.params.notificationId);
      if (!row) throw notFound('notification');
      const rendered = renderedOf(row);
      return {
        notification: toView(row),
        text: rendered.text,
        html: rendered.html,
        messageId: messageIdOf(row.id, domain),
      };
    },
  );

  app.post(
    '/notifications/:notificationId/retry',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary: 'Send a failed (or held) message again, from its first attempt',
        tags: ['notifications'],
        params: NotificationParams,
        response: { 200: NotificationView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) =>
      toView(
        await auditedChange(pool, request, (tx) => retryNotification(tx, request.params.notificationId)),
      ),
  );
}

function toView(r: NotificationRow): NotificationView {
  return {
    id: r.id,
    publisherId: r.publisher_id,
    kind: r.kind,
    recipientEmail: r.recipient_email,
    language: r.language,
    payload: r.payload,
    status: r.status as NotificationView['status'],
    statusNote: r.status_note,
    subject: renderedOf(r).subject,
    attempts: r.attempts,
    nextAttemptAt: r.status === 'queued' ? r.next_attempt_at.toISOString() : null,
    lastAttemptAt: r.last_attempt_at?.toISOString() ?? null,
    lastError: r.last_error,
    createdAt: r.created_at.toISOString(),
    sentAt: r.sent_at?.toISOString() ?? null,
    failedAt: r.failed_at?.toISOString() ?? null,
  };
}
