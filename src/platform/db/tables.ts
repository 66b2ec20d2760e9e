// Typed SQL: row types from the generated schema (schema.ts, `npm run generate:db`) and a Kysely builder that
// only compiles. Routine queries are built with `sql` and run with `run` on the caller's handle (a pool or a
// transaction), so the edge keeps owning the transaction; the hand-tuned ledger SQL stays SQL, typed with `Row`.
/* eslint-disable @typescript-eslint/no-explicit-any -- Kysely's own constraint for any compilable query */
import {
  type Compilable,
  DummyDriver,
  type InferResult,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Selectable,
} from 'kysely';
import type { Db } from './pool.ts';
import type { DB } from './schema.ts';

/** A row of `table` as the driver reads it (bigint as a number, timestamptz as a Date, numeric as a string). */
export type Row<T extends keyof DB> = Selectable<DB[T]>;

/** A row as PostgreSQL's JSON carries it (json_agg, json_build_object): its times as ISO 8601 text. */
export type Dated<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

/** Builds and compiles queries against the generated schema; it never connects (run them with `run`). */
export const sql = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** Runs a query built with `sql` on `db` and returns its rows, typed by what the query selects or returns. */
export async function run<Q extends Compilable<any>>(db: Db, query: Q): Promise<InferResult<Q>> {
  const { sql: text, parameters } = query.compile();
  const { rows } = await db.query(text, parameters as unknown[]);
  return rows as InferResult<Q>;
}

/** The first row of `query` on `db`, or undefined when there is none. */
export async function first<Q extends Compilable<any>>(
  db: Db,
  query: Q,
): Promise<InferResult<Q>[number] | undefined> {
  const rows: InferResult<Q>[number][] = await run(db, query);
  return rows[0];
}

/** Runs an insert, update or delete built with `sql` on `db` and returns how many rows it touched. */
export async function change(db: Db, query: Compilable<any>): Promise<number> {
  const { sql: text, parameters } = query.compile();
  return (await db.query(text, parameters as unknown[])).rowCount ?? 0;
}
