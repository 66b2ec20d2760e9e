// Reading an import file as a stream of records with their line numbers: CSV through Papa Parse (a header row
// names the fields), or NDJSON (one JSON object per line). Memory holds one piece of the file at a time.
import fs from 'node:fs';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';
import { parseJson } from '../../platform/json.ts';

export interface FileRecord {
  /** The line of the file the record starts on, counted from 1 (the CSV header is line 1). */
  lineNo: number;
  fields: Record<string, unknown>;
}

export class ImportFileError extends Error {}

export type FileFormat = 'csv' | 'ndjson';

export function formatOf(file: string): FileFormat {
  if (/\.csv$/i.test(file)) return 'csv';
  if (/\.(ndjson|jsonl)$/i.test(file)) return 'ndjson';
  throw new ImportFileError(`${file}: name the file .csv, .ndjson or .jsonl so that its format is known`);
}

/**
 * The file's records in order. `known` lists the field names a header may use; an unknown column stops the
 * import before anything is written (a typo would otherwise drop a field from every line). `bytesRead` reports
 * how far into the file the reader is, for the progress bar.
 */
export async function* readRecords(
  file: string,
  format: FileFormat,
  known: readonly string[],
  bytesRead: (bytes: number) => void,
): AsyncGenerator<FileRecord> {
  for await (const records of readRecordBatches(file, format, known, bytesRead)) yield* records;
}

/** How many NDJSON records make a batch: a CSV batch is a piece of the file, a few thousand records. */
const NDJSON_BATCH = 1_000;

/**
 * The file's records in order, as `readRecords`, in batches: a million lines then cost a few hundred awaits
 * instead of a million (measured: the await of each record was a tenth of a file import's CPU).
 */
export async function* readRecordBatches(
  file: string,
  format: FileFormat,
  known: readonly string[],
  bytesRead: (bytes: number) => void,
): AsyncGenerator<FileRecord[]> {
  // Pieces of 64 KiB: a piece's rows live until the consumer has taken them, and a scavenge copies whatever lives.
  const stream = fs.createReadStream(file, { highWaterMark: 1 << 16 });
  let bytes = 0;
  // Counted as the reader takes each piece: a 'data' listener would make the stream flow past the reader.
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytesRead((bytes += chunk.length));
      yield chunk;
    }
  }
  if (format === 'ndjson') {
    let lineNo = 0;
    let records: FileRecord[] = [];
    for await (const text of readline.createInterface({
      input: Readable.from(counted()),
      crlfDelay: Infinity,
    })) {
      lineNo++;
      if (text.trim() === '') continue;
      records.push({ lineNo, fields: jsonFields(text, known) });
      if (records.length >= NDJSON_BATCH) {
        yield records;
        records = [];
      }
    }
    if (records.length > 0) yield records;
    return;
  }
  let header: string[] | null = null;
  // The header's names as the strings of `known`, and an object with their fields in the header's order:
  // each record's fields are a copy of it, filled in, so that every record has the same shape (fast to read).
  let names: string[] = [];
  let blank: Record<string, unknown> = {};
  let line = 0;
  for await (const piece of csvPieces(counted())) {
    const records: FileRecord[] = [];
    for (const record of piece.rows) {
      // A record starts on the line after the previous one ended; a quoted cell may span several lines.
      const start = line + 1;
      line = start;
      if (!piece.oneLineRows) {
        for (const cell of record)
          if (cell.includes(piece.lineBreak)) line += cell.split(piece.lineBreak).length - 1;
      }
      if (record.length === 1 && record[0] === '') continue;
      if (!header) {
        header = record.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
        const unknown = header.find((h) => !known.includes(h));
        if (unknown !== undefined) {
          throw new ImportFileError(
            `${file}: line 1 has the column "${unknown}", which is not one of ${known.join(', ')}`,
          );
        }
        names = header.map((h) => known.find((k) => k === h)!);
        blank = Object.fromEntries(names.map((name) => [name, undefined]));
        continue;
      }
      if (record.length !== header.length) {
        records.push({
          lineNo: start,
          fields: { __error: `has ${record.length} cells where the header has ${header.length}` },
        });
        continue;
      }
      const fields = { ...blank };
      for (let i = 0; i < names.length; i++) fields[names[i]!] = record[i];
      records.push({ lineNo: start, fields });
    }
    if (records.length > 0) yield records;
  }
  if (!header) throw new ImportFileError(`${file}: the file is empty; a CSV file starts with a header row`);
}

/** An NDJSON line's fields, or the reason it has none (`__error`). */
function jsonFields(text: string, known: readonly string[]): Record<string, unknown> {
  let fields: unknown;
  try {
    fields = parseJson(text);
  } catch (error) {
    return { __error: `not valid JSON: ${(error as Error).message}` };
  }
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return { __error: 'not a JSON object' };
  const unknown = Object.keys(fields).find((k) => !known.includes(k));
  return unknown
    ? { __error: `unknown field "${unknown}"; the fields are ${known.join(', ')}` }
    : (fields as Record<string, unknown>);
}

type LineBreak = '\n' | '\r';

interface CsvPiece {
  rows: string[][];
  /** The file's line break: \n (a \r before it is dropped) or, in an old Mac file, \r alone. */
  lineBreak: LineBreak;
  /** No cell holds a line break, so each row is one line (nothing in the piece is quoted). */
  oneLineRows: boolean;
}

/**
 * CSV rows through Papa Parse, a piece of the file at a time: each piece is cut after its last line break outside
 * quotes, so that a quoted cell spanning lines is never split (the rest waits for the next piece). The line break
 * is the first one found outside quotes: \n (with or without \r before it), or \r alone.
 */
async function* csvPieces(stream: AsyncIterable<Buffer>): AsyncGenerator<CsvPiece> {
  const decoder = new StringDecoder('utf8');
  const sink = new RowSink();
  let lineBreak: LineBreak | null = null;
  let carry = '';
  for await (const buffer of stream) {
    const text = carry + decoder.write(buffer);
    lineBreak ??= lineBreakOf(text);
    const cut = lineBreak ? lastRecordEnd(text, lineBreak) : -1;
    if (cut < 0) {
      carry = text;
      continue;
    }
    carry = text.slice(cut);
    yield sink.parse(text.slice(0, cut), lineBreak!);
  }
  const rest = carry + decoder.end();
  if (rest !== '') yield sink.parse(rest, lineBreak ?? lineBreakOf(rest, true) ?? '\n');
}

/**
 * Where Papa Parse's rows go, one per `step` call, rather than into its result. Objects Papa makes for a parse
 * outlive it in the old generation until the next full collection, and keep what they reference: its result would
 * be every row of every piece, copied out of the young generation by each scavenge (measured: 260 MB per million
 * lines, and most of the import's collector time). Through `step` they reference this long-lived sink instead.
 * The delimiter Papa Parse finds in the first piece holds for the whole file: later pieces are not guessed again
 * (most of a tenth of Papa Parse's time, measured), nor can one be read with another delimiter. With \n line
 * breaks, a \r before one is dropped from the row's last cell, so that a file may mix \n and \r\n (a quoted last
 * cell keeps a \r of its own only if it is not its last character).
 */
class RowSink {
  #rows: string[][] = [];
  #delimiter = '';
  #crlf = false;
  readonly #step = (results: Papa.ParseStepResult<string[]>) => {
    const row = results.data;
    if (this.#crlf) {
      const last = row.length - 1;
      if (row[last]!.endsWith('\r')) row[last] = row[last]!.slice(0, -1);
    }
    this.#rows.push(row);
    this.#delimiter ||= results.meta.delimiter;
  };

  parse(text: string, lineBreak: LineBreak): CsvPiece {
    this.#crlf = lineBreak === '\n' && text.includes('\r');
    Papa.parse<string[]>(text, {
      skipEmptyLines: false,
      step: this.#step,
      newline: lineBreak,
      delimiter: this.#delimiter || undefined,
    });
    const rows = this.#rows;
    this.#rows = [];
    // Text ending in a line break gives a last empty row that is not a line of the file.
    if (text.endsWith(lineBreak) && rows.length > 0 && rows.at(-1)!.length === 1 && rows.at(-1)![0] === '')
      rows.pop();
    return { rows, lineBreak, oneLineRows: !text.includes('"') };
  }
}

/**
 * The first line break outside quotes: \n, or \r alone (a \r followed by \n is the \n's). Null when there is none
 * yet, or when the text ends with a \r that the next piece may follow with a \n (unless `atEnd`).
 */
function lineBreakOf(text: string, atEnd = false): LineBreak | null {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 10) return '\n';
    else if (c === 13) {
      if (i + 1 < text.length) return text.charCodeAt(i + 1) === 10 ? '\n' : '\r';
      return atEnd ? '\r' : null;
    }
  }
  return null;
}

/** The index just after the last line break that is not inside a quoted cell, or -1. */
function lastRecordEnd(text: string, lineBreak: LineBreak): number {
  if (!text.includes('"')) {
    const end = text.lastIndexOf(lineBreak);
    return end < 0 ? -1 : end + 1;
  }
  const code = lineBreak.charCodeAt(0);
  let quoted = false;
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === code && !quoted) end = i + 1;
  }
  return end;
}
