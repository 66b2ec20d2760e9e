// npx node bench/csv-readers.ts: reading the benchmark's CSV file (bench/synthetic.ts, the file `npm run bench`
// imports), with no database: (1) the import's reader (imports.records.ts: its own line splitting, a line with
// quotes through Papa Parse) against (2) a reader on csv-parse's streaming parser, which takes the file's pieces
// as they come and finds the records itself, keeping the import's rule that a record is one line.
// Each run is a process of its own, the readers alternating; prints each run, then each reader's median and spread.
// Flags: --publishers N --lines N (default 20,000 and 2,000,000), --runs N (default 5 each), --file FILE (reuse one).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Parser } from 'csv-parse';
import { CsvError, parse as parseLine } from 'csv-parse/sync';
import Papa from 'papaparse';
import { LINE_FIELDS, REQUIRED_LINE_FIELDS } from '../src/domain/ledger.ts';
import {
  checkEncoding,
  ImportFileError,
  lineBreakOf,
  MAX_LINE,
  NOT_UTF8,
  readHeader,
  readRecordBatches,
  REPLACEMENT,
  type Columns,
  type FileRecord,
  type Header,
  type LineBreak,
} from '../src/features/imports/imports.records.ts';
import { writeLinesCsv } from './synthetic.ts';

/**
 * The file's records in batches, as `readRecordBatches` gives them, read by csv-parse. The streaming parser runs
 * without quotes (`quote: false`), so that a record is one line whatever the line holds: a quoted cell with a line
 * break, a stray or unclosed quote cannot carry it past its line break, and a line's cells joined with the
 * delimiter give the line back. A line with a quote is parsed again on its own, with quotes (csv-parse's sync API).
 */
export async function* readCsvParseBatches(
  file: string,
  columns: Columns,
  bytesRead: (bytes: number) => void,
): AsyncGenerator<FileRecord[]> {
  const stream = fs.createReadStream(file, { highWaterMark: 1 << 16 });
  const pieces = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  let bytes = 0;
  // The pieces up to the end of the first line that is not blank: its delimiter (Papa Parse's guess, as the
  // import's), and the file's line break, which the parser is told.
  const head: Buffer[] = [];
  let text = '';
  let start: { delimiter: string; lineBreak: LineBreak } | null = null;
  while (!start) {
    const next = await pieces.next();
    const atEnd = next.done === true;
    if (!atEnd) {
      if (bytes === 0) checkEncoding(file, next.value);
      bytesRead((bytes += next.value.length));
      head.push(next.value);
      text += next.value.toString('latin1');
    }
    const lineBreak = lineBreakOf(text, atEnd);
    const line = lineBreak
      ? text
          .split(lineBreak)
          .find((l, i, all) => l.replace(/\r$/, '') !== '' && (atEnd || i < all.length - 1))
      : atEnd
        ? text
        : undefined;
    if (line !== undefined) {
      const first = Buffer.from(line.replace(/\r$/, ''), 'latin1').toString('utf8');
      const delimiter = Papa.parse<string[]>(first, { newline: '\n', preview: 1 }).meta.delimiter;
      start = { delimiter, lineBreak: lineBreak ?? '\n' };
    } else if (atEnd) {
      throw new ImportFileError(`${file}: the file is empty; a CSV file starts with a header row`);
    } else if (text.length > MAX_LINE) {
      throw new ImportFileError(`a line is longer than ${MAX_LINE} characters: is this a CSV file?`);
    }
  }
  const { delimiter, lineBreak } = start;
  const parser = new Parser({
    delimiter,
    // \r\n first: the parser takes the first record delimiter that matches.
    record_delimiter: lineBreak === '\r' ? '\r' : ['\r\n', '\n'],
    quote: false,
    relax_column_count: true,
    max_record_size: MAX_LINE,
  });
  let rows: string[][] = [];
  let failure: Error | null = null;
  parser.on('data', (row: string[]) => rows.push(row));
  parser.on('error', (error: Error) => (failure ??= error));
  const ended = new Promise<void>((resolve) => parser.on('end', resolve).on('error', () => resolve()));

  let header: Header | null = null;
  let lineNo = 0;
  const take = (): FileRecord[] => {
    if (failure) {
      throw failure instanceof CsvError && failure.code === 'CSV_MAX_RECORD_SIZE'
        ? new ImportFileError(`a line is longer than ${MAX_LINE} characters: is this a CSV file?`)
        : failure;
    }
    const records: FileRecord[] = [];
    for (const row of rows) {
      lineNo++;
      if (row.length === 1 && row[0] === '') continue;
      if (!header) {
        header = readHeader(file, lineNo, row.join(delimiter), columns);
        continue;
      }
      records.push({ lineNo, fields: rowFields(row, header) });
    }
    rows = [];
    return records;
  };
  const write = async (piece: Buffer) => {
    if (!parser.write(piece)) await new Promise((resolve) => parser.once('drain', resolve));
  };
  for (const piece of head) await write(piece);
  for (let next = await pieces.next(); !next.done; next = await pieces.next()) {
    bytesRead((bytes += next.value.length));
    await write(next.value);
    const records = take();
    if (records.length > 0) yield records;
  }
  parser.end();
  await ended;
  const records = take();
  if (records.length > 0) yield records;
  if (!header) throw new ImportFileError(`${file}: the file is empty; a CSV file starts with a header row`);
}

/** A line's fields by the header from its cells cut at the delimiter, or the reason it has none (`__error`). */
function rowFields(row: string[], header: Header): Record<string, unknown> {
  let cells = row;
  if (row.some((cell) => cell.includes(REPLACEMENT))) return { __error: NOT_UTF8 };
  if (row.some((cell) => cell.includes('"'))) {
    const quoted = quotedCells(row.join(header.delimiter), header.delimiter);
    if (typeof quoted === 'string') return { __error: quoted };
    cells = quoted;
  }
  if (cells.length !== header.names.length) {
    return { __error: `has ${cells.length} cells where the header has ${header.names.length}` };
  }
  const fields = { ...header.blank };
  for (let i = 0; i < cells.length; i++) fields[header.names[i]!] = cells[i];
  return fields;
}

/**
 * The cells of a line with quotes, by csv-parse with quotes on. A quote inside a cell that does not start with one
 * is text (Papa Parse's reading, and csv-parse's with `relax_quotes`), read so only when the strict reading finds
 * nothing else wrong.
 */
function quotedCells(line: string, delimiter: string): string[] | string {
  for (const relax_quotes of [false, true]) {
    try {
      const rows = parseLine(line, {
        delimiter,
        relax_quotes,
        relax_column_count: true,
        record_delimiter: '\n',
      });
      return rows[0] ?? [''];
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
        return 'has a quoted cell that does not close on its line (a cell cannot hold a line break)';
      }
      if (error.code !== 'INVALID_OPENING_QUOTE') {
        return 'has a quoted cell with text after its closing quote (a quote inside a quoted cell is written "")';
      }
    }
  }
  return 'has a quoted cell with text after its closing quote (a quote inside a quoted cell is written "")';
}

const COLUMNS: Columns = { known: LINE_FIELDS, required: REQUIRED_LINE_FIELDS };
const READERS = {
  current: (file: string) => readRecordBatches(file, 'csv', COLUMNS, () => undefined),
  'csv-parse': (file: string) => readCsvParseBatches(file, COLUMNS, () => undefined),
} as const;
type Reader = keyof typeof READERS;
/** The readers' order in a round, alternating. */
const ORDERS: Reader[][] = [
  ['current', 'csv-parse'],
  ['csv-parse', 'current'],
];

/** One reading of the file: seconds, and what was read (records, rejected, a sum of line numbers). */
async function readOnce(reader: Reader, file: string) {
  const started = performance.now();
  let records = 0;
  let rejected = 0;
  let lineSum = 0;
  for await (const batch of READERS[reader](file)) {
    for (const record of batch) {
      records++;
      lineSum += record.lineNo;
      if (record.fields.__error !== undefined) rejected++;
    }
  }
  return { seconds: (performance.now() - started) / 1000, records, rejected, lineSum };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      publishers: { type: 'string', default: '20000' },
      lines: { type: 'string', default: '2000000' },
      runs: { type: 'string', default: '5' },
      file: { type: 'string' },
      child: { type: 'string' },
    },
  });
  if (values.child) {
    // One run, in a process of its own: its result as JSON.
    console.log(JSON.stringify(await readOnce(values.child as Reader, values.file!)));
  } else {
    const runs = Number(values.runs);
    let file = values.file;
    let work: string | null = null;
    if (!file) {
      work = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'rewards-bench-csv-'));
      file = path.join(work, 'lines.csv');
      // As bench/ledger.ts writes its main file: two years of billing days, seed 42.
      const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
      const spec = { publishers: Number(values.publishers), lines: Number(values.lines), seed: 42 };
      await writeLinesCsv(file, { ...spec, from: day(-730), to: day(-8) });
    }
    try {
      console.log(
        `${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MB CSV; ${os.cpus().length} cores; load ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
      );
      const times: Record<Reader, number[]> = { current: [], 'csv-parse': [] };
      let seen: string | null = null;
      for (let i = 0; i < runs; i++) {
        for (const reader of ORDERS[i % 2]!) {
          const child = spawnSync(
            process.execPath,
            [import.meta.filename, '--child', reader, '--file', file],
            {
              encoding: 'utf8',
            },
          );
          if (child.status !== 0) throw new Error(`${reader}: ${child.stderr}`);
          const run = JSON.parse(child.stdout) as Awaited<ReturnType<typeof readOnce>>;
          const what = `${run.records} records, ${run.rejected} rejected, line sum ${run.lineSum}`;
          if (seen !== null && what !== seen) throw new Error(`the readers differ: ${seen} against ${what}`);
          seen = what;
          times[reader].push(run.seconds);
          console.log(
            `${reader.padEnd(9)} ${run.seconds.toFixed(2)} s  (${what}; load ${os.loadavg()[0]!.toFixed(2)})`,
          );
        }
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      for (const reader of Object.keys(times) as Reader[]) {
        const xs = times[reader];
        console.log(
          `${reader.padEnd(9)} median ${median(xs).toFixed(2)} s, min ${Math.min(...xs).toFixed(2)}, max ${Math.max(...xs).toFixed(2)}`,
        );
      }
      const ratio = median(times['csv-parse']) / median(times.current);
      console.log(`csv-parse / current: ${ratio.toFixed(2)} (the switch needs at most 1.15)`);
    } finally {
      if (work) await fs.promises.rm(work, { recursive: true, force: true });
    }
  }
}
