// File imports (billed sales, offers, currency rates): a file is read as a stream and written a chunk per
// transaction; each chunk records how far the import got, so a re-run after a crash or Ctrl-C carries on after
// the last committed chunk and changes no total. Rejected lines are kept with their line number and reason.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { LINE_FIELDS } from '../../domain/ledger.ts';
import type { Program } from '../../domain/program.ts';
import { isoDay } from '../../domain/time.ts';
import { inTransaction, type Db, type Pool } from '../../platform/db/pool.ts';
import { csvText } from '../../platform/csv.ts';
import { readLine } from '../../domain/ledger.ts';
import { writePrepared } from '../billed-sales/billed-sales.service.ts';
import { loadLookups, PreparedLines } from '../billed-sales/ledger.queries.ts';
import { importRates, RATE_FIELDS } from '../currency-rates/currency-rates.service.ts';
import { importOffers, OFFER_FIELDS } from '../offers/offers.import.ts';
import { applyAllTierChanges, foldPending } from '../tiers/tiers.service.ts';
import {
  finishImport,
  importRejects,
  recordChunk,
  startImport,
  type ChunkResult,
  type ImportKind,
  type ImportRow,
} from './imports.queries.ts';
import { formatOf, readRecords, type FileRecord } from './imports.records.ts';

export interface ImportProgress {
  bytes: number;
  totalBytes: number;
  /** Lines read so far, those skipped on a resumed run included. */
  lines: number;
  accepted: number;
  duplicate: number;
  rejected: number;
}

export interface ImportOptions {
  kind: ImportKind;
  file: string;
  /** Where the report of rejected lines goes; default `<file>.rejects.csv`. */
  reportFile?: string;
  /** Lines per transaction; default 25,000. */
  chunkLines?: number;
  programs: { at(now: Date): Program };
  now: () => Date;
  onProgress?: (progress: ImportProgress) => void;
  /** Told what happens after the lines are in (tier engine, unlocks). */
  onStage?: (stage: string) => void;
  /**
   * Apply the tier changes at the end (record unlocked benefits, queue their notifications); default true.
   * False leaves them to `tiers apply` or the service, which apply every recorded change.
   */
  applyUnlocks?: boolean;
}

export interface ImportSummary {
  importId: number;
  resumedAfterLine: number;
  alreadyFinished: boolean;
  lines: number;
  accepted: number;
  duplicate: number;
  rejected: number;
  reportFile: string | null;
  tierChanges: number;
  unlocksApplied: number;
  /** Where the time went: hashing the file, writing the lines, the tier engine, applying tier changes. */
  seconds: { hash: number; lines: number; tiers: number; unlocks: number };
}

/**
 * What a kind of import knows: its fields, the CPU work on each record (done as it is read, while the previous
 * chunk is written), and how to write a chunk in a transaction.
 */
interface Processor<P = unknown> {
  fields: readonly string[];
  add(record: FileRecord): void;
  /** The chunk added so far, handed over for writing; the next one starts empty. */
  take(): P;
  write(tx: Db, chunk: P, now: Date): Promise<Omit<ChunkResult, 'lastLine'>>;
}

/** The kinds whose records are written as they are (offers, rates: a few thousand lines). */
function plainProcessor(
  fields: readonly string[],
  write: (tx: Db, records: FileRecord[], now: Date) => Promise<Omit<ChunkResult, 'lastLine'>>,
): Processor<FileRecord[]> {
  let records: FileRecord[] = [];
  return {
    fields,
    add: (record) => void records.push(record),
    take: () => {
      const taken = records;
      records = [];
      return taken;
    },
    write,
  };
}

// V8 lets an idle-free streaming import grow its heap to several times what it holds (measured: about 110 MB
// live, 900 MB resident). A full collection after each chunk keeps the import's memory flat whatever the file size.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as (() => void) | undefined;

export async function importFile(pool: Pool, options: ImportOptions): Promise<ImportSummary> {
  const format = formatOf(options.file);
  const totalBytes = (await fs.promises.stat(options.file)).size;
  const seconds = { hash: 0, lines: 0, tiers: 0, unlocks: 0 };
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
  const processor = await processorFor(pool, options, started);
  const progress: ImportProgress = {
    bytes: 0,
    totalBytes,
    lines: 0,
    accepted: row.accepted,
    duplicate: row.duplicate,
    rejected: row.rejected,
  };
  const chunkLines = options.chunkLines ?? 25_000;
  const writeChunk = async (prepared: unknown, lastLine: number) => {
    const result = await inTransaction(pool, async (tx) => {
      const written = await processor.write(tx, prepared, options.now());
      const chunk = { ...written, lastLine };
      await recordChunk(tx, row.id, chunk);
      return chunk;
    });
    collectGarbage?.();
    progress.accepted += result.accepted;
    progress.duplicate += result.duplicate;
    progress.rejected += result.rejects.length;
  };

  // Chunk k is written while chunk k+1 is read: the database and this process work at the same time.
  let inFlight: Promise<void> = Promise.resolve();
  let pending = 0;
  let lastLine = 0;
  let lastReport = 0;
  for await (const record of readRecords(
    options.file,
    format,
    processor.fields,
    (b) => (progress.bytes = b),
  )) {
    progress.lines++;
    // Let the database connection's I/O run: reading buffered records alone never yields to it.
    if (progress.lines % 250 === 0) await new Promise((resolve) => setImmediate(resolve));
    if (record.lineNo <= row.lines_done) continue;
    processor.add(record);
    lastLine = record.lineNo;
    if (++pending >= chunkLines) {
      const chunk = processor.take();
      pending = 0;
      await inFlight;
      inFlight = writeChunk(chunk, lastLine);
      inFlight.catch(() => undefined);
    }
    if (options.onProgress && progress.lines - lastReport >= 5_000) {
      lastReport = progress.lines;
      options.onProgress(progress);
    }
  }
  await inFlight;
  if (pending > 0) await writeChunk(processor.take(), lastLine);
  options.onProgress?.({ ...progress, bytes: totalBytes });
  // The ledger grew by a good part: fresh statistics, so that the tier engine's queries get plans for its size.
  if (options.kind === 'billed-sales' && (await grewMuch(pool, progress.accepted - row.accepted))) {
    await pool.query('ANALYZE ledger_keys, ledger_batches, ledger_voids');
  }
  lap('lines');

  let tierChanges = 0;
  let unlocksApplied = 0;
  if (options.kind !== 'currency-rates') {
    options.onStage?.('updating tiers');
    const now = options.now();
    const program = options.programs.at(now);
    tierChanges = (await inTransaction(pool, (tx) => foldPending(tx, program, now))).changes.length;
    lap('tiers');
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
    lines: row.lines_done,
    accepted: row.accepted,
    duplicate: row.duplicate,
    rejected: row.rejected,
    tierChanges: 0,
    unlocksApplied: 0,
    ...extra,
  };
}

async function processorFor(pool: Pool, options: ImportOptions, now: Date): Promise<Processor> {
  switch (options.kind) {
    case 'billed-sales': {
      const lookups = await loadLookups(pool, isoDay(now));
      let prepared = new PreparedLines();
      let rejects: ChunkResult['rejects'] = [];
      const processor: Processor<{ prepared: PreparedLines; rejects: ChunkResult['rejects'] }> = {
        fields: LINE_FIELDS,
        add({ lineNo, fields }) {
          if (typeof fields.__error === 'string') {
            rejects.push({ lineNo, code: 'malformed-line', field: null, detail: fields.__error });
            return;
          }
          const read = readLine(fields, lookups);
          if (read.ok) prepared.add(lineNo, read.value);
          else rejects.push({ lineNo, ...read.reject });
        },
        take() {
          const chunk = { prepared, rejects };
          prepared = new PreparedLines();
          rejects = [];
          return chunk;
        },
        async write(tx, chunk, at) {
          const written = await writePrepared(tx, 'import', chunk.prepared, at);
          return {
            accepted: written.accepted,
            duplicate: written.duplicate,
            rejects: [...chunk.rejects, ...written.rejects.map((r) => ({ lineNo: r.lineNo, ...r.reject }))],
          };
        },
      };
      return processor;
    }
    case 'currency-rates':
      return plainProcessor(RATE_FIELDS, importRates);
    case 'offers':
      return plainProcessor(OFFER_FIELDS, (tx, records, at) =>
        importOffers(tx, options.programs.at(at), records, at),
      );
  }
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

async function grewMuch(pool: Pool, added: number): Promise<boolean> {
  const { rows } = await pool.query<{ rows: number }>(
    "SELECT reltuples::bigint AS rows FROM pg_class WHERE oid = 'ledger_keys'::regclass",
  );
  const before = rows[0]?.rows ?? -1;
  return added >= 10_000 && (before < 0 || added > before / 5);
}
