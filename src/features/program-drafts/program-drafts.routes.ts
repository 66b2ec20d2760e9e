// Program drafts (program admins): the next version edited in the portal, saved with its problems, compared with
// the version in force, exported as a file and published as an immutable version (issue 15, items 1 and 4).
import Type from 'typebox';
import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ItemsOf, problems } from '../../platform/http/schemas.ts';
import { ProgramCatalog } from '../program/program.service.ts';
import {
  CreateDraftBody,
  DraftDiff,
  DraftDocument,
  DraftParams,
  DraftSummary,
  DraftView,
  PublishDraftBody,
  SaveDraftBody,
} from './program-drafts.schema.ts';
import {
  createDraft,
  deleteDraft,
  draftDiff,
  exportDraft,
  listDrafts,
  publishDraft,
  readDraft,
  saveDraft,
} from './program-drafts.service.ts';

const TAGS = ['program'];
const admin = { permission: 'program:admin' } as const;

export async function programDraftsRoutes(app: App): Promise<void> {
  const { pool, programs } = app.deps;
  const audit = (request: { audit: { objectType?: string; objectId?: string } }, id: string) => {
    request.audit.objectType = 'program-draft';
    request.audit.objectId = id;
  };

  app.get(
    '/program/drafts',
    {
      config: admin,
      schema: {
        summary: 'Program drafts: the next versions being edited, most recently saved first',
        tags: TAGS,
        response: { 200: ItemsOf(DraftSummary), ...problems(401, 403) },
      },
    },
    async () => ({ items: await listDrafts(pool) }),
  );

  app.post(
    '/program/drafts',
    {
      config: admin,
      schema: {
        summary:
          'Start a draft: a copy of the version in force, or an imported program file (saved whatever its problems, which come back with it)',
        tags: TAGS,
        body: CreateDraftBody,
        response: { 201: DraftView, ...problems(401, 403, 422) },
      },
    },
    async (request, reply) => {
      const { now, program } = request;
      const userId = principalOf(request).userId;
      // The entry is written inside the transaction: its object is named before it ends.
      const draft = await auditedChange(pool, request, async (tx) => {
        const made = await createDraft(tx, request.body, program, userId, now);
        audit(request, made.id);
        return made;
      });
      return reply.code(201).send(draft);
    },
  );

  app.get(
    '/program/drafts/:draftId',
    {
      config: admin,
      schema: {
        summary: 'A draft with its document and every problem in it, each by JSON pointer into the document',
        tags: TAGS,
        params: DraftParams,
        response: { 200: DraftView, ...problems(401, 403, 404) },
      },
    },
    async (request) => readDraft(pool, request.params.draftId),
  );

  app.put(
    '/program/drafts/:draftId',
    {
      config: admin,
      schema: {
        summary:
          'Save a draft whole, over the revision it was read at (409 draft-changed if someone saved it since); its problems come back',
        tags: TAGS,
        params: DraftParams,
        body: SaveDraftBody,
        response: { 200: DraftView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { now } = request;
      const userId = principalOf(request).userId;
      audit(request, request.params.draftId);
      return auditedChange(pool, request, (tx) =>
        saveDraft(tx, request.params.draftId, request.body, userId, now),
      );
    },
  );

  app.get(
    '/program/drafts/:draftId/diff',
    {
      config: admin,
      schema: {
        summary: 'What the draft changes against the version in force, each change in words',
        tags: TAGS,
        params: DraftParams,
        response: { 200: DraftDiff, ...problems(401, 403, 404) },
      },
    },
    async (request) => draftDiff(pool, request.params.draftId, request.program),
  );

  app.get(
    '/program/drafts/:draftId/export',
    {
      config: admin,
      schema: {
        summary: "A draft's document as a program file, to keep as code",
        tags: TAGS,
        params: DraftParams,
        response: { 200: DraftDocument, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { name, document } = await exportDraft(pool, request.params.draftId);
      const file = `${name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'draft'}.json`;
      return reply.header('content-disposition', `attachment; filename="${file}"`).send(document);
    },
  );

  app.post(
    '/program/drafts/:draftId/publish',
    {
      config: admin,
      schema: {
        summary:
          'Publish a draft as an immutable version in force from effectiveFrom (today or later); the draft is then removed',
        tags: TAGS,
        params: DraftParams,
        body: PublishDraftBody,
        response: {
          201: Type.Object(
            { version: Type.String(), effectiveFrom: Type.String() },
            { additionalProperties: false },
          ),
          ...problems(401, 403, 404, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const { now } = request;
      const { draftId } = request.params;
      const { program } = await auditedChange(pool, request, async (tx) => {
        const published = await publishDraft(tx, draftId, request.body, now);
        request.audit.objectType = 'program-version';
        request.audit.objectId = published.program.version;
        request.audit.detail = `draft "${published.draftName}" (${draftId}) published as ${published.program.version}, in force from ${published.program.effectiveFrom}`;
        return published;
      });
      // This process takes it at once; the others at their next refresh (PROGRAM_REFRESH_MS).
      if (programs instanceof ProgramCatalog) await programs.refresh(pool);
      return reply.code(201).send({ version: program.version, effectiveFrom: program.effectiveFrom });
    },
  );

  app.delete(
    '/program/drafts/:draftId',
    {
      config: admin,
      schema: {
        summary: 'Delete a draft (published versions stay)',
        tags: TAGS,
        params: DraftParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      audit(request, request.params.draftId);
      await auditedChange(pool, request, (tx) => deleteDraft(tx, request.params.draftId));
      return reply.code(204).send(null);
    },
  );
}
