// Where each file import is: a re-run of the same file (same SHA-256) carries on after the last committed chunk.
import type { Db } from '../../platform/db/pool.ts';
import { change, first, type Row, run, sql } from '../../platform/db/tables.ts';

export type ImportKind = 'billed-sales' | 'offers' | 'currency-rates';

/** Where an import is; a re-run reads it to carry on. */
const PROGRESS = [
  'id',
  'lines_done',
  'accepted',
  'duplicate',
  'rejected',
  'started_at',
  'finished_at',
] as const;

export type ImportRow = Pick<Row<'imports'>, (typeof PROGRESS)[number]>;

/** The import of this file, started now or earlier. */
export async function startImport(
  db: Db,
  kind: ImportKind,
  fileName: string,
  sha256: string,
  now: Date,
): Promise<ImportRow> {
  await change(
    db,
    sql
      .insertInto('imports')
      .values({ kind, file_name: fileName, file_sha256: sha256, started_at: now })
      .onConflict((oc) => oc.columns(['kind', 'file_sha256']).doNothing()),
  );
  const row = await first(
    db,
    sql.selectFrom('imports').select(PROGRESS).where('kind', '=', kind).where('file_sha256', '=', sha256),
  );
  return row!;
}

export interface ChunkResult {
  /** The last line of the chunk: a re-run starts after it. */
  lastLine: number;
  accepted: number;
  duplicate: number;
  rejects: { lineNo: number; code: string; field: string | null; detail: string }[];
}

/** Records a chunk's outcome in the chunk's own transaction. */
export async function recordChunk(db: Db, importId: number, chunk: ChunkResult): Promise<void> {
  if (chunk.rejects.length > 0) {
    await db.query(
      `INSERT INTO import_rejects (import_id, line_no, code, field, detail)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) ON CONFLICT DO NOTHING`,
      [
        importId,
        chunk.rejects.map((r) => r.lineNo),
        chunk.rejects.map((r) => r.code),
        chunk.rejects.map((r) => r.field),
        chunk.rejects.map((r) => r.detail),
      ],
    );
  }
  await change(
    db,
    sql
      .updateTable('imports')
      .set((eb) => ({
        lines_done: chunk.lastLine,
        accepted: eb('accepted', '+', chunk.accepted),
        duplicate: eb('duplicate', '+', chunk.duplicate),
        rejected: eb('rejected', '+', chunk.rejects.length),
      }))
      .where('id', '=', importId),
  );
}

export async function finishImport(db: Db, importId: number, now: Date): Promise<ImportRow> {
  const row = await first(
    db,
    sql
      .updateTable('imports')
      .set((eb) => ({ finished_at: eb.fn.coalesce('finished_at', eb.val(now)) }))
      .where('id', '=', importId)
      .returning(PROGRESS),
  );
  return row!;
}

export async function importRejects(
  db: Db,
  importId: number,
): Promise<Pick<Row<'import_rejects'>, 'line_no' | 'code' | 'field' | 'detail'>[]> {
  return run(
    db,
    sql
      .selectFrom('import_rejects')
      .select(['line_no', 'code', 'field', 'detail'])
      .where('import_id', '=', importId)
      .orderBy('line_no')
      .orderBy('code'),
  );
}
