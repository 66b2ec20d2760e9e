// `marketplace-rewards import`: the file import with a progress bar (lines per second, time left) on stderr.
import cliProgress from 'cli-progress';
import type { ProgramCatalog } from '../features/program/program.service.ts';
import { importFile, type ImportProgress } from '../features/imports/imports.service.ts';
import type { ImportKind } from '../features/imports/imports.queries.ts';
import type { Pool } from '../platform/db/pool.ts';

/** What `import` is told on the command line. */
export interface ImportCommand {
  kind: ImportKind;
  file: string;
  chunkLines?: number;
  reportFile?: string;
  json: boolean;
  applyUnlocks: boolean;
}

export async function runImport(
  pool: Pool,
  programs: ProgramCatalog,
  options: ImportCommand,
): Promise<number> {
  const started = performance.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format:
        '{bar} {percentage}% | {lines} lines | {rate} lines/s | {eta_formatted} left | {rejected} rejected',
      noTTYOutput: true,
      notTTYSchedule: 5_000,
      etaBuffer: 50,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let barStarted = false;
  const update = (p: ImportProgress) => {
    const seconds = (performance.now() - started) / 1000;
    const payload = {
      lines: p.lines.toLocaleString('en-US'),
      rate: Math.round(p.lines / Math.max(seconds, 0.001)).toLocaleString('en-US'),
      rejected: p.rejected.toLocaleString('en-US'),
    };
    if (!barStarted) {
      bar.start(p.totalBytes, p.bytes, payload);
      barStarted = true;
    } else bar.update(p.bytes, payload);
  };
  let summary;
  try {
    summary = await importFile(pool, {
      kind: options.kind,
      file: options.file,
      chunkLines: options.chunkLines,
      reportFile: options.reportFile,
      applyUnlocks: options.applyUnlocks,
      programs,
      now: () => new Date(),
      onProgress: update,
      onRetry: (what, retry) => {
        if (barStarted) bar.stop();
        barStarted = false;
        process.stderr.write(
          `${what}: ended by a ${retry.reason} with another writer; running it again (attempt ${retry.attempt + 1})\n`,
        );
      },
      onStage: (stage) => {
        if (barStarted) bar.stop();
        barStarted = false;
        process.stderr.write(`${stage}...\n`);
      },
    });
  } finally {
    if (barStarted) bar.stop();
  }
  const wallSeconds = (performance.now() - started) / 1000;
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  if (options.json) {
    console.log(JSON.stringify({ ...summary, wallSeconds, peakRssBytes }));
  } else {
    const head = summary.alreadyFinished
      ? `${options.file} was imported before (import ${summary.importId}); nothing changed.`
      : summary.resumedAfterLine > 0
        ? `Carried on after line ${summary.resumedAfterLine} of an interrupted import of ${options.file}.`
        : `Imported ${options.file}.`;
    console.log(
      `${head}\n` +
        `  accepted ${summary.accepted}, duplicate ${summary.duplicate}, rejected ${summary.rejected}` +
        ` (${summary.lines} lines in ${wallSeconds.toFixed(1)} s, peak memory ${Math.round(peakRssBytes / 2 ** 20)} MB)\n` +
        (summary.tierChanges
          ? `  ${summary.tierChanges} tier change(s), ${summary.unlocksApplied} applied\n`
          : '') +
        (summary.reportFile ? `  rejected lines with their reasons: ${summary.reportFile}\n` : ''),
    );
  }
  return summary.rejected > 0 ? 3 : 0;
}
