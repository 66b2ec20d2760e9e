import type { App } from '../../platform/http/app.ts';
import { inTransaction } from '../../platform/db/pool.ts';
import { csvText } from '../../platform/csv.ts';
import { problems } from '../../platform/http/schemas.ts';
import { SimulationBody, SimulationQuery, SimulationView } from './simulations.schema.ts';
import { runSimulation, simulationCsvRows, simulationView } from './simulations.service.ts';

export async function simulationsRoutes(app: App): Promise<void> {
  app.post(
    '/program/simulations',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary:
          'What if: a program document at its effectiveFrom, or one change to the version in force, run on the ledger without storing anything: tier moves, benefits unlocked, lost and kept by grandfathering, sponsorship dollars, affected publishers',
        tags: ['program'],
        querystring: SimulationQuery,
        body: SimulationBody,
        response: { 200: SimulationView, ...problems(401, 403, 422) },
      },
    },
    async (request) => {
      const { now, program } = request;
      const run = await inTransaction(app.deps.pool, (tx) => runSimulation(tx, program, request.body, now));
      return simulationView(run, request.query.limit ?? 100);
    },
  );

  app.post(
    '/program/simulations/export',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary: 'The same simulation, every affected publisher as CSV',
        tags: ['program'],
        body: SimulationBody,
        response: { 200: { type: 'string', description: 'text/csv' }, ...problems(401, 403, 422) },
      },
    },
    async (request, reply) => {
      const { now, program } = request;
      const run = await inTransaction(app.deps.pool, (tx) => runSimulation(tx, program, request.body, now));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="what-if-${run.candidate.effectiveFrom}.csv"`)
        .send(csvText(simulationCsvRows(run)));
    },
  );
}
