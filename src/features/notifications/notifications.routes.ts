import { isStaff } from '../../platform/auth/access.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { auditedChange } from '../../platform/http/audit.ts';
import { notFound } from '../../platform/problems.ts';
import { ItemsOf, problems, PublisherParams } from '../../platform/http/schemas.ts';
import {
  findNotificationRow,
  listNotificationRows,
  outboxCounts,
  countNotificationRows,
  searchNotificationRows,
  type OutboxRow,
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
        summary:
          'The outbox for the rewards team, newest first, a page at a time (status=failed: what needs a retry)',
        description:
          'Filter by status, kind, the publisher a message is about, the recipient, or `q` (a part of the ' +
          'address or kind); pages of `limit` messages, `offset` in, with the `total` that match.',
        tags: ['notifications'],
        querystring: OutboxQuery,
        response: { 200: OutboxPage, ...problems(401, 403, 422) },
      },
    },
    async (request) => {
      const q = request.query;
      const filter = {
        status: q.status ?? null,
        kind: q.kind ?? null,
        publisherId: q.publisherId ?? null,
        recipient: q.recipient ?? null,
        q: q.q ?? null,
        limit: q.limit ?? 100,
        offset: q.offset ?? 0,
      };
      const rows = await searchNotificationRows(pool, filter);
      const counts = await outboxCounts(pool, filter.publisherId, 'about_publisher_id');
      // Without a search the counts by status hold the total already: no second count.
      const total =
        filter.kind === null && filter.recipient === null && filter.q === null
          ? Object.entries(counts)
              .filter(([s]) => filter.status === null || filter.status.includes(s as never))
              .reduce((sum, [, n]) => sum + n, 0)
          : await countNotificationRows(pool, filter);
      return { items: rows.map(toView), total, counts };
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

function toView(r: OutboxRow): NotificationView {
  return {
    id: r.id,
    publisherId: r.publisher_id,
    about:
      r.about_publisher_id === null
        ? null
        : { id: r.about_publisher_id, companyName: r.about_company_name ?? '' },
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
