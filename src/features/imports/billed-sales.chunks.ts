// A billed-sales file as prepared chunks, made on a worker thread (billed-sales.worker.ts): reading, checking and
// building COPY data take a core of their own, while the main thread writes the previous chunk to PostgreSQL.
import { Worker } from 'node:worker_threads';
import type { PreparedBatch } from '../billed-sales/ledger.copy.ts';
import type { ChunkResult } from './imports.queries.ts';
import { ImportFileError, type FileFormat } from './imports.records.ts';

const HEAP_BASE_MB = 96;
const HEAP_BYTES_PER_ROW = 128;

export interface WorkerInput {
  file: string;
  format: FileFormat;
  /** Where the publishers, offers and rates lines are checked against are read from. */
  databaseUrl: string;
  /** How many publishers and offers there are to look lines up in (the worker's heap is sized by it). */
  lookupRows: number;
  /** Today's day, YYYY-MM-DD: a line billed later is rejected. */
  today: string;
  /** Lines up to this one were committed by an earlier run: read, counted, not prepared again. */
  linesDone: number;
  chunkLines: number;
}

export type ChunkMessage =
  | {
      type: 'chunk';
      batch: PreparedBatch;
      /** Lines rejected by their content (the batch holds those rejected as repeats within it). */
      rejects: ChunkResult['rejects'];
      lastLine: number;
      lines: number;
      bytes: number;
    }
  | { type: 'progress' | 'done'; lines: number; bytes: number }
  | { type: 'error'; message: string; fileError: boolean };

export interface PreparedChunk {
  batch: PreparedBatch;
  rejects: ChunkResult['rejects'];
  lastLine: number;
}

/**
 * The file's chunks in order. `onRead` hears how many lines and bytes have been read (the progress bar). The
 * worker runs at most two chunks ahead of the consumer, so memory stays flat whatever the file size.
 */
export async function* preparedChunks(
  input: WorkerInput,
  onRead: (lines: number, bytes: number) => void,
): AsyncGenerator<PreparedChunk> {
  // V8 lets a thread that allocates without pause grow its heap to several times what it holds (measured: 650 MB
  // resident for about 100 MB live). A ceiling on the worker's heap makes it collect sooner instead: room for a few
  // chunks in the making and a page of rows being loaded, and a margin per row of the lookups, which are typed
  // arrays outside the heap (140 bytes a row, measured). Memory stays flat.
  const heapMb = Math.ceil(HEAP_BASE_MB + (input.lookupRows * HEAP_BYTES_PER_ROW) / 2 ** 20);
  const worker = new Worker(new URL('./billed-sales.worker.ts', import.meta.url), {
    workerData: input,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
  });
  const queue: ChunkMessage[] = [];
  const state: { failure: Error | null } = { failure: null };
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: ChunkMessage) => {
    queue.push(message);
    notify();
  });
  worker.on('error', (error) => {
    state.failure ??= error;
    notify();
  });
  worker.on('exit', (code) => {
    state.failure ??= new Error(`the import's worker thread stopped (exit code ${code})`);
    notify();
  });
  try {
    for (;;) {
      while (queue.length === 0) {
        if (state.failure) throw state.failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const message = queue.shift()!;
      switch (message.type) {
        case 'error':
          throw message.fileError ? new ImportFileError(message.message) : new Error(message.message);
        case 'progress':
          onRead(message.lines, message.bytes);
          break;
        case 'done':
          onRead(message.lines, message.bytes);
          return;
        case 'chunk':
          onRead(message.lines, message.bytes);
          worker.postMessage('credit');
          yield { batch: message.batch, rejects: message.rejects, lastLine: message.lastLine };
          break;
      }
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}
