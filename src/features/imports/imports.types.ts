// What an import is asked to do and what it answers; apart from imports.service.ts so that the processors it
// calls can name the options without importing it back.
import type { Program } from '../../domain/program.ts';
import type { TransactionRetry } from '../../platform/db/pool.ts';
import type { ImportKind } from './imports.queries.ts';

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
   * Told when a transaction (a chunk's, the tier engine's) was ended by a deadlock with another writer, or a
   * serialization failure, and runs again (`inRetriedTransaction`).
   */
  onRetry?: (what: string, retry: TransactionRetry) => void;
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
  /** Where the time went: hashing the file, writing the lines, the tier engine, the day totals, applying tier changes. */
  seconds: { hash: number; lines: number; tiers: number; days: number; unlocks: number };
}
