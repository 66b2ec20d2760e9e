// What Citus would refuse in a schema, read from PostgreSQL's catalog (issue 18, docs/scaling.md): the rules it
// enforces when a table is distributed (create_distributed_table) or made a reference table, checked here so that
// the schema stays distributable without Citus installed.
//   - a distributed table's distribution column is NOT NULL (a row without one has no shard);
//   - every primary key, unique constraint and unique index of a distributed table (partial ones too) has the
//     distribution column among its key columns: a shard can only keep a key unique within itself;
//   - a foreign key between distributed tables joins tables of one co-location group, with the distribution column
//     of the one matched to the distribution column of the other: the row it points at is on the same node;
//   - a reference table (copied to every node) has no foreign key to a distributed table; a distributed table may
//     have one to a reference table.
import type pg from 'pg';

/**
 * Where a table goes: distributed by `column`, with the tables of the same `group` co-located (rows of one value
 * on one node), or a reference table copied to every node.
 */
export type Placement = { group: string; column: string } | 'reference';

/** Every problem Citus would refuse in `schema`'s tables, in words, sorted; none when it could distribute it. */
export async function distributionProblems(
  db: Pick<pg.Pool, 'query'>,
  schema: string,
  placements: Readonly<Record<string, Placement>>,
): Promise<string[]> {
  const problems: string[] = [];
  const tables = (
    await db.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
      [schema],
    )
  ).rows.map((r) => r.name);
  for (const table of tables)
    if (!(table in placements))
      problems.push(
        `${table} is not placed: say whether it is distributed (by which column) or a reference table`,
      );
  for (const table of Object.keys(placements))
    if (!tables.includes(table)) problems.push(`${table} is placed but is no table of the schema`);
  const placed = (table: string) => placements[table];
  const distributed = (table: string) => {
    const p = placed(table);
    return p && p !== 'reference' ? p : null;
  };

  const columns = await db.query<{ table: string; column: string; not_null: boolean }>(
    `SELECT c.relname AS table, a.attname AS column, a.attnotnull AS not_null
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND a.attnum > 0 AND NOT a.attisdropped`,
    [schema],
  );
  for (const table of tables) {
    const d = distributed(table);
    if (!d) continue;
    const column = columns.rows.find((r) => r.table === table && r.column === d.column);
    if (!column) problems.push(`${table} has no column ${d.column} to be distributed by`);
    else if (!column.not_null)
      problems.push(`${table}.${d.column} may be null: a row without it has no shard`);
  }

  // Unique indexes are what PostgreSQL keeps a primary key, a unique constraint or a unique index with.
  const uniques = await db.query<{ table: string; index: string; keys: (string | null)[] }>(
    `SELECT t.relname AS table, i.relname AS index,
            array(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY k (attnum, n)
                  LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                  WHERE k.n <= x.indnkeyatts ORDER BY k.n) AS keys
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = $1 AND (x.indisunique OR x.indisexclusion) AND NOT t.relispartition
     ORDER BY 1, 2`,
    [schema],
  );
  for (const u of uniques.rows) {
    const d = distributed(u.table);
    if (d && !u.keys.includes(d.column))
      problems.push(
        `${u.table}: unique ${u.index} (${u.keys.map((k) => k ?? 'an expression').join(', ')}) lacks ${d.column}`,
      );
  }

  const keys = await db.query<{ table: string; name: string; target: string; from: string[]; to: string[] }>(
    `SELECT t.relname AS table, c.conname AS name, r.relname AS target,
            array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k (attnum, n)
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS from,
            array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k (attnum, n)
                  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n) AS to
     FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = $1 AND c.contype = 'f' AND NOT t.relispartition AND c.conparentid = 0
     ORDER BY 1, 2`,
    [schema],
  );
  for (const k of keys.rows) {
    const from = distributed(k.table);
    const to = distributed(k.target);
    const what = `${k.table}: foreign key ${k.name} (${k.from.join(', ')}) to ${k.target} (${k.to.join(', ')})`;
    if (!placed(k.table) || !placed(k.target)) continue; // told above
    if (!from && to) problems.push(`${what} points from a reference table at a distributed one`);
    if (!from || !to) continue;
    if (from.group !== to.group) {
      problems.push(`${what} joins the groups ${from.group} and ${to.group}, which are not co-located`);
      continue;
    }
    const at = k.from.indexOf(from.column);
    if (at < 0 || k.to[at] !== to.column)
      problems.push(`${what} does not match ${k.table}.${from.column} to ${k.target}.${to.column}`);
  }
  return problems.sort();
}
