import Type from 'typebox';
import { auditedChange } from '../../platform/http/audit.ts';
import type { App } from '../../platform/http/app.ts';
import { ItemsOf, problems, PublisherParams } from '../../platform/http/schemas.ts';
import { ContactBody, ContactParams, ContactView } from './contacts.schema.ts';
import { listContacts } from './contacts.queries.ts';
import { assignContact, changeContact, removeContact } from './contacts.service.ts';

export async function contactsRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  app.get(
    '/publishers/:publisherId/marketing-contacts',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'Marketing contacts (S6)',
        tags: ['marketing-contacts'],
        params: PublisherParams,
        response: { 200: ItemsOf(ContactView), ...problems(401, 404) },
      },
    },
    async (request) => {
      return { items: await listContacts(pool, request.params.publisherId) };
    },
  );

  app.post(
    '/publishers/:publisherId/marketing-contacts',
    {
      config: { permission: 'publisher:manage' },
      schema: {
        summary: 'Assign a marketing contact (S7)',
        tags: ['marketing-contacts'],
        params: PublisherParams,
        body: ContactBody,
        response: { 201: ContactView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { now } = request;
      const contact = await auditedChange(pool, request, (tx) =>
        assignContact(tx, request.program, request.params.publisherId, request.body, now),
      );
      return reply.code(201).send(contact);
    },
  );

  app.put(
    '/publishers/:publisherId/marketing-contacts/:contactId',
    {
      config: { permission: 'publisher:manage' },
      schema: {
        summary: 'Update or change a marketing contact (S7)',
        tags: ['marketing-contacts'],
        params: ContactParams,
        body: ContactBody,
        response: { 200: ContactView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { now } = request;
      const { publisherId, contactId } = request.params;
      return auditedChange(pool, request, (tx) =>
        changeContact(tx, request.program, publisherId, contactId, request.body, now),
      );
    },
  );

  app.delete(
    '/publishers/:publisherId/marketing-contacts/:contactId',
    {
      config: { permission: 'publisher:manage' },
      schema: {
        summary: 'Remove a marketing contact',
        tags: ['marketing-contacts'],
        params: ContactParams,
        response: { 204: Type.Null({ description: 'Removed' }), ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await auditedChange(pool, request, (tx) =>
        removeContact(tx, request.params.publisherId, request.params.contactId, request.now),
      );
      return reply.code(204).send(null);
    },
  );
}
