// What each kind of file import reads and writes: a billed-sales file is read and prepared on a worker thread
// (billed-sales.chunks.ts) and written as prepared COPY data; offers and rates (a few thousand lines) are read
// here and written record by record. importFile (imports.service.ts) drives them a chunk per transaction.
import { isoDay } from '../../domain/time.ts';
import type { Db, Pool, Tx } from '../../platform/db/pool.ts';
import { writePrepared } from '../billed-sales/billed-sales.service.ts';
import { importRates, RATE_COLUMNS } from './rates.import.ts';
import { importOffers, OFFER_COLUMNS } from './offers.import.ts';
import { preparedChunks, type PreparedChunk } from './billed-sales.chunks.ts';
import type { ChunkResult } from './imports.queries.ts';
import { readRecords, type Columns, type FileFormat, type FileRecord } from './imports.records.ts';
import type { ImportOptions } from './imports.types.ts';

/**
 * What a kind of import knows: its chunks, in file order, each with the last line it holds, and how to write a
 * chunk in a transaction. Chunk k+1 is made while chunk k is written.
 */
export interface Processor<P = unknown> {
  chunks(onRead: (lines: number, bytes: number) => void): AsyncIterable<{ data: P; lastLine: number }>;
  /** Writes a chunk; billed sales say which ledger batch took its lines (none when every line was refused). */
  write(
    tx: Db,
    chunk: P,
    now: Date,
  ): Promise<Omit<ChunkResult, 'lastLine'> & { ledgerBatchId?: number | null }>;
}

/**
 * The kinds whose records are written as they are (offers, rates: a few thousand lines), read on this thread.
 * Records up to `linesDone` were committed by an earlier run: they are read and counted, not written again.
 */
function plainProcessor(
  options: ImportOptions & { format: FileFormat },
  linesDone: number,
  columns: Columns,
  write: (tx: Tx, records: FileRecord[], now: Date) => Promise<Omit<ChunkResult, 'lastLine'>>,
): Processor<FileRecord[]> {
  const chunkLines = options.chunkLines ?? CHUNK_LINES;
  return {
    async *chunks(onRead) {
      let records: FileRecord[] = [];
      let lines = 0;
      let bytes = 0;
      let lastLine = 0;
      for await (const record of readRecords(options.file, options.format, columns, (b) => (bytes = b))) {
        lines++;
        // Let the database connection's I/O run: reading buffered records alone never yields to it.
        if (lines % 250 === 0) await new Promise((resolve) => setImmediate(resolve));
        if (lines % 5_000 === 0) onRead(lines, bytes);
        if (record.lineNo <= linesDone) continue;
        records.push(record);
        lastLine = record.lineNo;
        if (records.length >= chunkLines) {
          yield { data: records, lastLine };
          records = [];
        }
      }
      onRead(lines, bytes);
      if (records.length > 0) yield { data: records, lastLine };
    },
    write,
  };
}

/** Lines per transaction, unless the import says otherwise. */
const CHUNK_LINES = 25_000;

/** How many publishers and offers a billed-sales import looks lines up in. */
async function lookupRows(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ rows: number }>(
    'SELECT (SELECT count(*) FROM publishers) + (SELECT count(*) FROM offers) AS rows',
  );
  return rows[0]?.rows ?? 0;
}

export async function processorFor(
  pool: Pool,
  options: ImportOptions & { format: FileFormat },
  linesDone: number,
  now: Date,
): Promise<Processor> {
  switch (options.kind) {
    case 'billed-sales': {
      const databaseUrl = pool.options.connectionString;
      if (!databaseUrl) throw new Error('a billed-sales import needs a pool made from a connection string');
      const processor: Processor<PreparedChunk> = {
        async *chunks(onRead) {
          const input = {
            file: options.file,
            format: options.format,
            databaseUrl,
            lookupRows: await lookupRows(pool),
            today: isoDay(now),
            linesDone,
            chunkLines: options.chunkLines ?? CHUNK_LINES,
          };
          for await (const chunk of preparedChunks(input, onRead))
            yield { data: chunk, lastLine: chunk.lastLine };
        },
        async write(tx, chunk, at) {
          const written = await writePrepared(tx, 'import', chunk.batch, at);
          return {
            ledgerBatchId: written.batchId,
            accepted: written.accepted,
            duplicate: written.duplicate,
            rejects: [...chunk.rejects, ...written.rejects.map((r) => ({ lineNo: r.lineNo, ...r.reject }))],
          };
        },
      };
      return processor;
    }
    case 'currency-rates':
      return plainProcessor(options, linesDone, RATE_COLUMNS, importRates);
    case 'offers':
      return plainProcessor(options, linesDone, OFFER_COLUMNS, (tx, records, at) =>
        importOffers(tx, options.programs.at(at), records, at),
      );
  }
}
