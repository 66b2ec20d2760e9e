// Fuzzing every API route with inputs generated from its own schemas (fast-check): near-valid bodies, queries
// and path ids, and junk. Whatever arrives, the answer is never a 5xx, and nothing changes without a 2xx.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { testApp } from './support/app.ts';
import { makePublisher } from './support/factories.ts';
import { snapshot } from './support/snapshot.ts';

const t = await testApp();
const own = await makePublisher(t, { contact: true, salesUsd: 30_000 });
const other = await makePublisher(t);
const ids = [
  own.id,
  own.offerIds[0]!,
  own.ownerId,
  other.id,
  other.offerIds[0]!,
  '00000000-0000-4000-8000-000000000000',
];

type Schema = Record<string, any>;

const junk = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '=1+1',
    '<script>',
    '../../etc/passwd',
    "' OR 1=1 --",
    '\u0000',
    '9'.repeat(40),
  ),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
);

/** Values shaped by the schema most of the time, junk some of the time. */
function fromSchema(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return junk;
  return fc.oneof({ weight: 4, arbitrary: shaped(schema, depth) }, { weight: 1, arbitrary: junk });
}

function shaped(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...(schema.enum as unknown[]));
  if (schema.anyOf) return fc.oneof(...(schema.anyOf as Schema[]).map((s) => fromSchema(s, depth + 1)));
  // A nullable scalar is one type with null beside it (`['string', 'null']`): each of its types in turn.
  if (Array.isArray(schema.type))
    return fc.oneof(...(schema.type as string[]).map((type) => shaped({ ...schema, type }, depth)));
  switch (schema.type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const record = fc.record(
        Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, fromSchema(v, depth + 1)])),
        { requiredKeys: [] },
      );
      const extra = fc.dictionary(
        fc.constantFrom('publisherId', 'role', 'status', 'createdAt', 'tier', 'id'),
        junk,
        { maxKeys: 2 },
      );
      return fc.tuple(record, fc.option(extra, { freq: 5 })).map(([r, e]) => ({ ...r, ...(e ?? {}) }));
    }
    case 'array':
      return fc.array(fromSchema(schema.items as Schema, depth + 1), { maxLength: 4 });
    case 'integer':
      return fc.oneof(
        fc.integer({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 }),
        fc.constantFrom(0, -1, 2 ** 31, Number.MAX_SAFE_INTEGER, -(2 ** 53)),
      );
    case 'number':
      return fc.double();
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'string':
      if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...ids), fc.uuid());
      if (schema.format === 'date')
        return fc.oneof(
          fc.constantFrom('2026-03-01', '1999-12-31', '0000-01-01', '2026-02-30'),
          fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString().slice(0, 10))),
        );
      if (schema.format === 'date-time')
        return fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'nope' : d.toISOString()));
      if (schema.format === 'email')
        return fc.oneof(fc.emailAddress(), fc.constantFrom(own.accountEmail, 'support@x.example'));
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 60) });
    default:
      return junk;
  }
}

function pathWith(url: string, params: Record<string, unknown>): string {
  const text = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'x'));
  return url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(text(params[name] ?? 'x')));
}

function queryString(query: unknown): string {
  if (!query || typeof query !== 'object') return '';
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query as Record<string, unknown>)) {
    for (const item of [v].flat()) search.append(k, typeof item === 'string' ? item : JSON.stringify(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

describe('[FUZZ] generated input on every route', () => {
  for (const route of t.app.apiRoutes) {
    it(`${route.method} ${route.url}: no 5xx, and no change without a 2xx`, async () => {
      const schema = (route.schema ?? {}) as Schema;
      const params = schema.params ? fromSchema(schema.params) : fc.constant({});
      const arbitrary = fc.record({
        params: fc.oneof(
          params,
          fc.record({ publisherId: fc.constantFrom(...ids), offerId: fc.constantFrom(...ids) }),
        ),
        query: schema.querystring ? fromSchema(schema.querystring) : fc.constant(undefined),
        body: schema.body ? fromSchema(schema.body) : fc.constantFrom(undefined, {}, { x: 1 }),
        as: fc.constantFrom(own.ownerEmail, t.adminEmail, t.teamEmail, undefined),
        contentType: fc.constantFrom(
          'application/json',
          'application/json',
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
        ),
      });
      await fc.assert(
        fc.asyncProperty(arbitrary, async (input) => {
          const before = await snapshot(t.pool);
          const url =
            pathWith(route.url, (input.params ?? {}) as Record<string, unknown>) + queryString(input.query);
          const answer = await t.call(route.method as 'GET', url, {
            as: input.as,
            body: input.body === undefined ? undefined : JSON.stringify(input.body),
            headers: input.body === undefined ? {} : { 'content-type': input.contentType },
          });
          assert.ok(answer.status < 500, `${answer.status} ${JSON.stringify(answer.body)}`);
          if (answer.status >= 300)
            assert.equal(await snapshot(t.pool), before, `a ${answer.status} changed data`);
        }),
        { numRuns: 25 },
      );
    });
  }
});
