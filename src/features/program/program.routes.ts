import Type from 'typebox';
import { ProgramSchema } from '../../domain/program.ts';
import type { App } from '../../platform/http/app.ts';
import { problems } from '../../platform/http/schemas.ts';

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
              versions: Type.Array(
                Type.Object(
                  { version: Type.String(), effectiveFrom: Type.String() },
                  { additionalProperties: false },
                ),
              ),
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
}
