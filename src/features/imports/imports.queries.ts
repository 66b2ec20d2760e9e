// Where each file import is: a re-run of the same file (same SHA-256) carries on after the last committed chunk.
import type { Db } from '../../platform/db/pool.ts';

export type ImportKind = 'billed-sales' | 'offers' | 'currency-rates';

export interface ImportRow {
  id: number;
  lines_done: number;
  accepted: number;
  duplicate: number;
  rejected: number;
  started_at: Date;
  finished_at: Date | null;
}

/** The import of this file, started now or earlier. */
export async function startImport(
  db: Db,
  kind: ImportKind,
  fileName: string,
  sha256: string,
  now: Date,
): Promise<ImportRow> {
  await db.query(
    `INSERT INTO imports (kind, file_name, file_sha256, started_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (kind, file_sha256) DO NOTHING`,
    [kind, fileName, sha256, now],
  );
  const { rows } = await db.query<ImportRow>(
    `SELECT id, lines_done, accepted, duplicate, rejected, started_at, finished_at FROM imports
     WHERE kind = $1 AND file_sha256 = $2`,
    [kind, sha256],
  );
  return rows[0]!;
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
  await db.query(
    `UPDATE imports SET lines_done = $2, accepted = accepted + $3, duplicate = duplicate + $4, rejected = rejected + $5
     WHERE id = $1`,
    [importId, chunk.lastLine, chunk.accepted, chunk.duplicate, chunk.rejects.length],
  );
}

export async function finishImport(db: Db, importId: number, now: Date): Promise<ImportRow> {
  const { rows } = await db.query<ImportRow>(
    `UPDATE imports SET finished_at = coalesce(finished_at, $2) WHERE id = $1
     RETURNING id, lines_done, accepted, duplicate, rejected, started_at, finished_at`,
    [importId, now],
  );
  return rows[0]!;
}

export async function importRejects(
  db: Db,
  importId: number,
): Promise<{ line_no: number; code: string; field: string | null; detail: string }[]> {
  const { rows } = await db.query<{ line_no: number; code: string; field: string | null; detail: string }>(
    'SELECT line_no, code, field, detail FROM import_rejects WHERE import_id = $1 ORDER BY line_no, code',
    [importId],
  );
  return rows;
}
