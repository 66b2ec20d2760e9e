// Dashboards for a program lead, each as JSON and as CSV (`.../export`, formula-safe cells).
import Type, { type TSchema } from 'typebox';
import type { Program } from '../../domain/program.ts';
import { csvText } from '../../platform/csv.ts';
import type { App } from '../../platform/http/app.ts';
import type { Db } from '../../platform/db/pool.ts';
import { ItemsOf, problems } from '../../platform/http/schemas.ts';
import {
  activationsByBenefit,
  activationsByTier,
  contactRateByWeek,
  openWorkByAge,
  publishersByTier,
} from './dashboards.queries.ts';
import {
  ActivationsByBenefitItem,
  ByTierItem,
  ContactRateItem,
  ContactRateQuery,
  OpenWorkItem,
} from './dashboards.schema.ts';

interface Dashboard {
  name: string;
  summary: string;
  item: TSchema;
  columns: string[];
  query?: TSchema;
  rows(db: Db, program: Program, now: Date, query: Record<string, unknown>): Promise<object[]>;
}

const DASHBOARDS: Dashboard[] = [
  {
    name: 'contact-rate',
    summary: 'Activations contacted within the promise (S8), late, or not yet (and past due), by week',
    item: ContactRateItem,
    columns: [
      'weekStart',
      'activations',
      'contactedWithinWeek',
      'contactedLate',
      'notYetContacted',
      'notYetContactedPastDue',
      'share',
    ],
    query: ContactRateQuery,
    rows: (db, _p, now, q) => contactRateByWeek(db, now, (q.weeks as number | undefined) ?? 12),
  },
  {
    name: 'open-work',
    summary: 'Open work by age (since it came in) and kind, with how much is late or unassigned',
    item: OpenWorkItem,
    columns: ['age', 'kind', 'open', 'late', 'unassigned'],
    rows: (db, _p, now) => openWorkByAge(db, now),
  },
  {
    name: 'activations-by-benefit',
    summary: 'Activations (not cancelled) by benefit and stage',
    item: ActivationsByBenefitItem,
    columns: ['benefitId', 'benefitName', 'activations', 'fulfilled', 'inProgress', 'requested'],
    rows: (db, program) => activationsByBenefit(db, program),
  },
  {
    name: 'activations-by-tier',
    summary: "Activations (not cancelled) by the publisher's current tier",
    item: ByTierItem,
    columns: ['tierId', 'tierName', 'count'],
    rows: (db, program) => activationsByTier(db, program),
  },
  {
    name: 'publishers-by-tier',
    summary: 'Publishers by current tier',
    item: ByTierItem,
    columns: ['tierId', 'tierName', 'count'],
    rows: (db, program) => publishersByTier(db, program),
  },
];

export async function dashboardsRoutes(app: App): Promise<void> {
  const { pool } = app.deps;
  const noQuery = Type.Object({}, { additionalProperties: false });
  for (const d of DASHBOARDS) {
    app.get(
      `/dashboards/${d.name}`,
      {
        config: { permission: 'tasks:work' },
        schema: {
          summary: d.summary,
          tags: ['dashboards'],
          querystring: d.query ?? noQuery,
          response: { 200: ItemsOf(d.item), ...problems(401, 403, 422) },
        },
      },
      async (request) => {
        const { now } = request;
        return { items: await d.rows(pool, request.program, now, request.query as Record<string, unknown>) };
      },
    );
    app.get(
      `/dashboards/${d.name}/export`,
      {
        config: { permission: 'tasks:work' },
        schema: {
          summary: `${d.summary}, as CSV`,
          tags: ['dashboards'],
          querystring: d.query ?? noQuery,
          response: { 200: { type: 'string', description: 'text/csv' }, ...problems(401, 403, 422) },
        },
      },
      async (request, reply) => {
        const { now } = request;
        const rows = await d.rows(pool, request.program, now, request.query as Record<string, unknown>);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${d.name}.csv"`)
          .send(
            csvText([d.columns, ...rows.map((r) => d.columns.map((c) => (r as Record<string, unknown>)[c]))]),
          );
      },
    );
  }
}
