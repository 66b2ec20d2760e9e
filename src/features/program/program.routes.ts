import Type from 'typebox';
import { ProgramSchema } from '../../domain/program.ts';
import { auditedChange } from '../../platform/http/audit.ts';
import type { App } from '../../platform/http/app.ts';
import { problems } from '../../platform/http/schemas.ts';
import { notFound } from '../../platform/problems.ts';
import { ProgramCatalog, publishProgram } from './program.service.ts';

const VersionRef = Type.Object(
  { version: Type.String(), effectiveFrom: Type.String() },
  { additionalProperties: false },
);

export async function programRoutes(app: App): Promise<void> {
  const { programs } = app.deps;
  app.get(
    '/program',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'The program in force now (tiers, benefits, windows) and the stored versions',
        tags: ['program'],
        response: {
          200: Type.Object(
            {
              inForce: ProgramSchema,
              versions: Type.Array(VersionRef),
            },
            { additionalProperties: false },
          ),
          ...problems(401),
        },
      },
    },
    async (request) => ({
      inForce: request.program,
      versions: programs.versions.map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom })),
    }),
  );

  app.post(
    '/program/versions',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary:
          'Publish a program version (a program file as JSON): immutable once stored, in force from its effectiveFrom (today or later)',
        tags: ['program'],
        body: ProgramSchema,
        response: { 201: VersionRef, ...problems(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const { now } = request;
      const program = await auditedChange(app.deps.pool, request, (tx) =>
        publishProgram(tx, request.body, now),
      );
      // This process takes it at once; the others at their next refresh (PROGRAM_REFRESH_MS).
      if (programs instanceof ProgramCatalog) await programs.refresh(app.deps.pool);
      return reply.code(201).send({ version: program.version, effectiveFrom: program.effectiveFrom });
    },
  );

  app.get(
    '/program/versions/:version',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary: 'A stored program version as a file, to keep as code or to start the next one from',
        tags: ['program'],
        params: Type.Object({ version: Type.String({ maxLength: 32 }) }, { additionalProperties: false }),
        response: { 200: ProgramSchema, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const program = programs.versions.find((v) => v.version === request.params.version);
      if (!program) throw notFound('program version');
      return reply
        .header('content-disposition', `attachment; filename="${program.version}.json"`)
        .send(program);
    },
  );
}
