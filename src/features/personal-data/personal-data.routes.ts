import type { FastifyReply, FastifyRequest } from 'fastify';
import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ItemsOf, problems } from '../../platform/http/schemas.ts';
import { AppError } from '../../platform/problems.ts';
import {
  ContactParams,
  ErasureView,
  PeopleQuery,
  PersonalDataView,
  PersonItem,
  PersonParams,
} from './personal-data.schema.ts';
import { eraseContact, erasePerson, exportPerson, searchPeople } from './personal-data.service.ts';

export async function personalDataRoutes(app: App): Promise<void> {
  const { pool } = app.deps;
  const tags = ['personal data'];

  /** An export is a download, and is audited like a change: whose data left, and to whom. */
  const download = async (request: FastifyRequest, reply: FastifyReply, userId: string) => {
    request.audit.action = 'personal-data-export';
    request.audit.objectType = 'user';
    request.audit.objectId = userId;
    const data = await auditedChange(pool, request, (tx) => exportPerson(tx, userId, request.now));
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="personal-data-${userId.slice(0, 8)}.json"`)
      .send(data);
  };

  app.get(
    '/account/data',
    {
      config: { permission: 'read', duringMfaEnrolment: true },
      schema: {
        summary: 'Everything the service keeps about you, as a JSON file',
        tags,
        response: { 200: PersonalDataView, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      if (!request.session)
        throw new AppError('forbidden', 'Your data is for you to download, signed in; not for a token.');
      return download(request, reply, principalOf(request).userId);
    },
  );

  app.get(
    '/people',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary: 'Find a person or a marketing contact by a part of their address or name (at most 20)',
        tags,
        querystring: PeopleQuery,
        response: { 200: ItemsOf(PersonItem), ...problems(401, 403, 422) },
      },
    },
    async (request) => ({ items: await searchPeople(pool, request.query) }),
  );

  app.get(
    '/people/:userId/data',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary:
          "Everything the service keeps about a person, as a JSON file (a program admin's export for them)",
        tags,
        params: PersonParams,
        response: { 200: PersonalDataView, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => download(request, reply, request.params.userId),
  );

  app.post(
    '/people/:userId/erasure',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary:
          'Erase a person in place: a pseudonym for their name and addresses, their sign-in removed, their history kept',
        tags,
        params: PersonParams,
        response: { 200: ErasureView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = principalOf(request);
      request.audit.objectType = 'user';
      return auditedChange(pool, request, (tx) => erasePerson(tx, request.params.userId, actor, request.now));
    },
  );

  app.post(
    '/publishers/:publisherId/marketing-contacts/:contactId/erasure',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary:
          'Erase a marketing contact record: its address and phone removed, the messages to it unreadable',
        tags,
        params: ContactParams,
        response: { 200: ErasureView, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { publisherId, contactId } = request.params;
      return auditedChange(pool, request, (tx) => eraseContact(tx, publisherId, contactId));
    },
  );
}
