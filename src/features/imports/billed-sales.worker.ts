// The CPU work of a billed-sales file import, on a thread of its own: reading the file, checking each line and
// turning the chunk into COPY data. The main thread only writes chunks, so this thread and PostgreSQL work at once.
// Started by billed-sales.chunks.ts; it posts chunks and waits for a credit before running more than two ahead.
import { parentPort, workerData } from 'node:worker_threads';
import { LINE_FIELDS, readLine, REQUIRED_LINE_FIELDS } from '../../domain/ledger.ts';
import { PreparedLines } from '../billed-sales/ledger.copy.ts';
import { loadLookups } from '../billed-sales/ledger.lookups.ts';
import { createPool } from '../../platform/db/pool.ts';
import { ImportFileError, readRecordBatches } from './imports.records.ts';
import type { ChunkMessage, WorkerInput } from './billed-sales.chunks.ts';
import type { ChunkResult } from './imports.queries.ts';

const AHEAD = 2;

async function run(
  input: WorkerInput,
  post: (message: ChunkMessage, transfer?: ArrayBuffer[]) => void,
): Promise<void> {
  // Loaded here, not on the main thread: the import holds one copy of them.
  const pool = createPool(input.databaseUrl, 1);
  const lookups = await loadLookups(pool, input.today).finally(() => pool.end());
  let credits = AHEAD;
  let wake: (() => void) | null = null;
  const credit = () => {
    credits++;
    wake?.();
    wake = null;
  };
  parentPort!.on('message', credit);
  const prepared = new PreparedLines(lookups);
  let rejects: ChunkResult['rejects'] = [];
  let pending = 0;
  let lines = 0;
  let bytes = 0;
  let lastLine = 0;
  let lastReport = 0;
  const send = async () => {
    while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
    credits--;
    const batch = prepared.toBatch();
    // The buffers move to the main thread, not copied.
    post({ type: 'chunk', batch, rejects, lastLine, lines, bytes }, [
      batch.lines.buffer,
      batch.lineNos.buffer,
      batch.rowStarts.buffer,
    ]);
    rejects = [];
    pending = 0;
  };
  for await (const records of readRecordBatches(
    input.file,
    input.format,
    { known: LINE_FIELDS, required: REQUIRED_LINE_FIELDS },
    (b) => (bytes = b),
  )) {
    for (const { lineNo, fields } of records) {
      lines++;
      if (lines - lastReport >= 5_000) {
        lastReport = lines;
        post({ type: 'progress', lines, bytes });
      }
      if (lineNo <= input.linesDone) continue;
      lastLine = lineNo;
      if (typeof fields.__error === 'string') {
        rejects.push({ lineNo, code: 'malformed-line', field: null, detail: fields.__error });
      } else {
        const read = readLine(fields, lookups);
        if (read.ok) prepared.add(lineNo, read.value);
        else rejects.push({ lineNo, ...read.reject });
      }
      if (++pending >= input.chunkLines) await send();
    }
  }
  if (pending > 0) await send();
  post({ type: 'done', lines, bytes });
  parentPort!.off('message', credit);
}

const post = (message: ChunkMessage, transfer?: ArrayBuffer[]) => parentPort!.postMessage(message, transfer);
run(workerData as WorkerInput, post).catch((error: unknown) =>
  post({
    type: 'error',
    message: error instanceof Error ? error.message : String(error),
    fileError: error instanceof ImportFileError,
  }),
);
