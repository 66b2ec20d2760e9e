// File imports (billed sales, offers, currency rates): a file is read as a stream and written a chunk per
// transaction; each chunk records how far the import got, so a re-run after a crash or Ctrl-C carries on after
// the last committed chunk and changes no total. Rejected lines are kept with their line number and reason.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inRetriedTransaction, inTransaction, type Pool } from '../../platform/db/pool.ts';
import { csvText } from '../../platform/csv.ts';
import { ledgerPublisherIndex, maintainSkippingLocked } from '../../platform/db/maintenance.ts';
import { applyAllTierChanges, foldPending } from '../tiers/tiers.service.ts';
import { sumDayTotals } from '../../usecases/day-totals.ts';
import { emitBatchProcessed } from '../billed-sales/billed-sales.service.ts';
import { finishImport, importRejects, recordChunk, startImport, type ImportRow } from './imports.queries.ts';
import { formatOf } from './imports.records.ts';
import { processorFor } from './imports.processors.ts';
import type { ImportOptions, ImportProgress, ImportSummary } from './imports.types.ts';

export type { ImportOptions, ImportProgress, ImportSummary } from './imports.types.ts';

/** Bytes of a typical billed-sales CSV line (65 in the benchmark's files): a file's lines guessed from its size. */
const BYTES_PER_LINE = 64;
/** Below this many lines a file is written with the index by publisher kept up whatever the ledger's size. */
const MIN_UNINDEXED_LINES = 50_000;
const DROP_PATIENCE_MS = 5_000;
const BUILD_PATIENCE_MS = 600_000;

export async function importFile(pool: Pool, options: ImportOptions): Promise<ImportSummary> {
  const format = formatOf(options.file);
  const totalBytes = (await fs.promises.stat(options.file)).size;
  const seconds = { hash: 0, lines: 0, tiers: 0, days: 0, unlocks: 0 };
  let mark = performance.now();
  const lap = (phase: keyof typeof seconds) => {
    const at = performance.now();
    seconds[phase] = (at - mark) / 1000;
    mark = at;
  };
  const sha256 = await fileSha256(options.file);
  lap('hash');
  const started = options.now();
  const row = await inTransaction(pool, (tx) =>
    startImport(tx, options.kind, path.basename(options.file), sha256, started),
  );
  const reportFile = options.reportFile ?? `${options.file}.rejects.csv`;
  if (row.finished_at) {
    return summary(row, {
      resumedAfterLine: row.lines_done,
      alreadyFinished: true,
      reportFile: await writeReport(pool, row, reportFile),
      seconds,
    });
  }
  const processor = await processorFor(pool, { ...options, format }, row.lines_done, started);
  const progress: ImportProgress = {
    bytes: 0,
    totalBytes,
    lines: 0,
    accepted: row.accepted,
    duplicate: row.duplicate,
    rejected: row.rejected,
  };
  // A chunk's transaction is run again when PostgreSQL ends it for a deadlock with another writer of the same
  // keys: its prepared lines are written again as they are (a new batch id goes into them), its outcome recorded
  // once, by the run that commits.
  const writeChunk = async (prepared: unknown, lastLine: number) => {
    const result = await inRetriedTransaction(
      pool,
      async (tx) => {
        const { ledgerBatchId, ...written } = await processor.write(tx, prepared, options.now());
        const chunk = { ...written, lastLine };
        await recordChunk(tx, row.id, chunk);
        // Subscribers hear of a file chunk by chunk, each publisher its own part (the chunks add up to the file).
        if (ledgerBatchId)
          await emitBatchProcessed(
            tx,
            ledgerBatchId,
            { batchId: `file-${row.id}`, key: `file-${row.id}:${lastLine}` },
            options.now(),
          );
        return chunk;
      },
      (retry) => options.onRetry?.(`the lines up to line ${lastLine}`, retry),
    );
    progress.accepted += result.accepted;
    progress.duplicate += result.duplicate;
    progress.rejected += result.rejects.length;
  };

  // A file that would more than double the ledger is written without the index by publisher, which is built again
  // at the end, sorted: kept up line by line it made a first import of 10,000,000 lines 4 times slower (migration
  // 034). The size is guessed from the bytes. A publisher's page reads the whole ledger meanwhile. When its lock is
  // busy (an autovacuum), the index stays and is kept up. A run that fails builds it again before it stops.
  const dropped =
    options.kind === 'billed-sales' &&
    totalBytes / BYTES_PER_LINE > Math.max(MIN_UNINDEXED_LINES, await ledgerSize(pool)) &&
    (await ledgerPublisherIndex(pool, false, DROP_PATIENCE_MS));
  // Chunk k is written while chunk k+1 is made: the database and this process work at the same time.
  let inFlight: Promise<void> = Promise.resolve();
  const onRead = (lines: number, bytes: number) => {
    progress.lines = lines;
    progress.bytes = bytes;
    options.onProgress?.(progress);
  };
  try {
    try {
      for await (const chunk of processor.chunks(onRead)) {
        await inFlight;
        inFlight = writeChunk(chunk.data, chunk.lastLine);
        inFlight.catch(() => undefined);
      }
    } finally {
      // A failed read still waits for the write under way, so that no transaction outlives the import.
      await inFlight.catch(() => undefined);
    }
    await inFlight;
  } catch (error) {
    if (dropped) await ledgerPublisherIndex(pool, true, DROP_PATIENCE_MS).catch(() => undefined);
    throw error;
  }
  options.onProgress?.({ ...progress, bytes: totalBytes });
  // The ledger grew by a good part: fresh statistics, so that the tier engine's queries get plans for its size. A
  // table an autovacuum works on is passed over, never waited for (platform/db/maintenance.ts: waiting would cancel
  // it); the autovacuum has just counted its pages and rows, which the planner scales its estimates by. When most of
  // the ledger is new (a first import), the tier engine recomputes rather than folds that many lines.
  // Built again if this file or an earlier run of it (stopped before its end) dropped it. The lines are committed: a
  // run again after a failure here goes on from this point.
  if (options.kind === 'billed-sales' && !(await ledgerPublisherIndex(pool, true, BUILD_PATIENCE_MS))) {
    throw new Error(
      'the lines are written, but the ledger stayed busy for 10 minutes and its index by publisher could not be built: run the same import again to finish it',
    );
  }
  const added = progress.accepted - row.accepted;
  const grew = options.kind === 'billed-sales' && added >= 10_000 && added > (await ledgerSize(pool)) / 5;
  if (grew) await maintainSkippingLocked(pool, 'ANALYZE', ['ledger_lines', 'ledger_batches', 'ledger_voids']);
  const large = grew && added * 2 > (await ledgerSize(pool));
  lap('lines');

  let tierChanges = 0;
  let unlocksApplied = 0;
  if (options.kind !== 'currency-rates') {
    options.onStage?.('updating tiers');
    const now = options.now();
    const program = options.programs.at(now);
    const fold = await inRetriedTransaction(
      pool,
      async (tx) => {
        // The lines are committed already: a crash that lost this commit would leave them to the next fold (this
        // import's run again). It needs no wait for the disk; the import's own end, written after it, waits.
        await tx.query('SET LOCAL synchronous_commit = off');
        return foldPending(tx, program, now, { large, lines: added, queueDayTotals: false });
      },
      (retry) => options.onRetry?.('the tier update', retry),
    );
    tierChanges = fold.changes.length;
    lap('tiers');
    // The pages' day totals now, not when a worker picks the fold's job up: the import may run with none.
    if (options.kind === 'billed-sales') {
      options.onStage?.('updating the day totals');
      await inRetriedTransaction(pool, (tx) => sumDayTotals(tx, options.now()));
      lap('days');
    }
    if (options.applyUnlocks ?? true) {
      options.onStage?.('recording unlocked benefits');
      unlocksApplied = await applyAllTierChanges(pool, program, options.now);
      lap('unlocks');
    }
  }
  const finished = await inTransaction(pool, (tx) => finishImport(tx, row.id, options.now()));
  return {
    ...summary(finished, {
      resumedAfterLine: row.lines_done,
      alreadyFinished: false,
      reportFile: await writeReport(pool, finished, reportFile),
      seconds,
    }),
    lines: progress.lines,
    tierChanges,
    unlocksApplied,
  };
}

function summary(
  row: ImportRow,
  extra: {
    resumedAfterLine: number;
    alreadyFinished: boolean;
    reportFile: string | null;
    seconds: ImportSummary['seconds'];
  },
): ImportSummary {
  return {
    importId: row.id,
    // The data lines: lines_done is the number of the last line, the header's included.
    lines: row.accepted + row.duplicate + row.rejected,
    accepted: row.accepted,
    duplicate: row.duplicate,
    rejected: row.rejected,
    tierChanges: 0,
    unlocksApplied: 0,
    ...extra,
  };
}

/** Writes every rejected line of the import (all runs of it) as CSV; null when there are none. */
async function writeReport(pool: Pool, row: ImportRow, file: string): Promise<string | null> {
  if (row.rejected === 0) return null;
  const rejects = await importRejects(pool, row.id);
  const lines = rejects.map((r) => [r.line_no, r.code, r.field, r.detail]);
  await fs.promises.writeFile(file, csvText([['line', 'code', 'field', 'reason'], ...lines]));
  return file;
}

async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** How many lines the ledger holds, as its last statistics say (0 before any). */
async function ledgerSize(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ rows: number }>(
    "SELECT greatest(reltuples, 0)::bigint AS rows FROM pg_class WHERE oid = 'ledger_lines'::regclass",
  );
  return Number(rows[0]?.rows ?? 0);
}
