// Reading an import file as a stream of records with their line numbers: CSV (a header row names the fields; quoted
// cells through Papa Parse), or NDJSON (one JSON object per line). Memory holds one piece of the file at a time.
// A record is one line of the file, whatever it holds: a stray quote can spoil its own line, never swallow the
// lines after it, so every line of a file ends written, duplicate, or rejected with its number.
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

/** The columns of a kind of file. */
export interface Columns {
  /** Every field name a header may use. */
  known: readonly string[];
  /** The columns a header must have: each entry names one column, or alternatives of which one is enough. */
  required: readonly (readonly string[])[];
}

/**
 * The file's records in order. A header with an unknown, repeated or missing column stops the import before
 * anything is written, naming the column (a typo would otherwise drop a field from every line, and a column named
 * twice would let one of them win unseen). `bytesRead` reports how far into the file the reader is, for the
 * progress bar.
 */
export async function* readRecords(
  file: string,
  format: FileFormat,
  columns: Columns,
  bytesRead: (bytes: number) => void,
): AsyncGenerator<FileRecord> {
  for await (const records of readRecordBatches(file, format, columns, bytesRead)) yield* records;
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
  columns: Columns,
  bytesRead: (bytes: number) => void,
): AsyncGenerator<FileRecord[]> {
  // Pieces of 64 KiB: a piece's rows live until the consumer has taken them, and a scavenge copies whatever lives.
  const stream = fs.createReadStream(file, { highWaterMark: 1 << 16 });
  let bytes = 0;
  // Counted as the reader takes each piece: a 'data' listener would make the stream flow past the reader.
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (bytes === 0) checkEncoding(file, chunk);
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
      records.push({
        lineNo,
        fields: text.includes(REPLACEMENT) ? { __error: NOT_UTF8 } : jsonFields(text, columns),
      });
      if (records.length >= NDJSON_BATCH) {
        yield records;
        records = [];
      }
    }
    if (records.length > 0) yield records;
    return;
  }
  let header: Header | null = null;
  let lineNo = 0;
  for await (const lines of csvLines(counted())) {
    const records: FileRecord[] = [];
    for (const line of lines) {
      lineNo++;
      if (line === '') continue;
      if (line === OVERLONG) {
        if (!header)
          throw new ImportFileError(`${file}: line ${lineNo} is longer than ${MAX_LINE} characters`);
        records.push({ lineNo, fields: { __error: `is longer than ${MAX_LINE} characters` } });
        continue;
      }
      if (!header) {
        header = readHeader(file, lineNo, line, columns);
        continue;
      }
      records.push({ lineNo, fields: csvFields(line, header) });
    }
    if (records.length > 0) yield records;
  }
  if (!header) throw new ImportFileError(`${file}: the file is empty; a CSV file starts with a header row`);
}

export const REPLACEMENT = '\uFFFD';
export const NOT_UTF8 = 'holds bytes that are not UTF-8 text: save the file as UTF-8 and import it again';

/** A file in UTF-16 (as some spreadsheets save "Unicode text") is told as such, not read as garbled columns. */
export function checkEncoding(file: string, start: Buffer): void {
  // With a byte-order mark, or without one: every other byte of ASCII text is then NUL.
  const head = start.subarray(0, 200);
  const nuls = head.reduce((n, byte) => (byte === 0 ? n + 1 : n), 0);
  const utf16 =
    (start[0] === 0xff && start[1] === 0xfe) ||
    (start[0] === 0xfe && start[1] === 0xff) ||
    (head.length > 0 && nuls * 4 >= head.length);
  if (utf16) {
    throw new ImportFileError(
      `${file}: the file is UTF-16 text, not UTF-8: save it as UTF-8 (in Excel, "CSV UTF-8") and import it again`,
    );
  }
}

/** An NDJSON line's fields, or the reason it has none (`__error`). */
function jsonFields(text: string, columns: Columns): Record<string, unknown> {
  let fields: unknown;
  try {
    fields = parseJson(text);
  } catch (error) {
    return { __error: `not valid JSON: ${printable((error as Error).message)}` };
  }
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return { __error: 'not a JSON object' };
  const unknown = Object.keys(fields).find((k) => !columns.known.includes(k));
  return unknown
    ? { __error: `unknown field ${JSON.stringify(unknown)}; the fields are ${columns.known.join(', ')}` }
    : (fields as Record<string, unknown>);
}

/** Text quoted from a line, as it can be stored and shown: control characters escaped, lone surrogates replaced. */
function printable(text: string): string {
  return (
    text
      .toWellFormed()
      // eslint-disable-next-line no-control-regex -- the control characters are what is escaped
      .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  );
}

export interface Header {
  delimiter: string;
  /** The header's names as the strings of `known`. */
  names: string[];
  /**
   * An object with the fields in the header's order: each record's fields are a copy of it, filled in, so that
   * every record has the same shape (fast to read).
   */
  blank: Record<string, unknown>;
}

/** The header row: its delimiter (Papa Parse's guess from it), and its columns, checked against `columns`. */
export function readHeader(file: string, lineNo: number, line: string, columns: Columns): Header {
  const at = `${file}: line ${lineNo}`;
  if (line.includes(REPLACEMENT)) throw new ImportFileError(`${at} ${NOT_UTF8}`);
  const delimiter = Papa.parse<string[]>(line, { newline: '\n', preview: 1 }).meta.delimiter;
  const cells = lineCells(line, delimiter);
  if (typeof cells === 'string') throw new ImportFileError(`${at} ${cells}`);
  const names = cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
  const list = columns.known.join(', ');
  const unknown = names.find((h) => !columns.known.includes(h));
  if (unknown !== undefined) {
    throw new ImportFileError(`${at} has the column "${unknown}", which is not one of ${list}`);
  }
  const twice = names.find((h, i) => names.indexOf(h) !== i);
  if (twice !== undefined) {
    throw new ImportFileError(`${at} names the column "${twice}" twice; each column may appear once`);
  }
  const missing = columns.required.find((alternatives) => !alternatives.some((c) => names.includes(c)));
  if (missing !== undefined) {
    const what =
      missing.length === 1
        ? `no column "${missing[0]}", which every line needs`
        : `no column ${missing.map((c) => `"${c}"`).join(' or ')}; every line needs one of them`;
    throw new ImportFileError(`${at} has ${what} (the columns are ${list})`);
  }
  const known = names.map((h) => columns.known.find((k) => k === h)!);
  return { delimiter, names: known, blank: Object.fromEntries(known.map((name) => [name, undefined])) };
}

/** A data line's fields by the header, or the reason it has none (`__error`). */
function csvFields(line: string, header: Header): Record<string, unknown> {
  if (line.includes(REPLACEMENT)) return { __error: NOT_UTF8 };
  const cells = lineCells(line, header.delimiter);
  if (typeof cells === 'string') return { __error: cells };
  if (cells.length !== header.names.length) {
    return { __error: `has ${cells.length} cells where the header has ${header.names.length}` };
  }
  const fields = { ...header.blank };
  for (let i = 0; i < cells.length; i++) fields[header.names[i]!] = cells[i];
  return fields;
}

/**
 * A line's cells. A line without quotes is cut at its delimiters (as Papa Parse does with such text); one with
 * quotes goes through Papa Parse, which must find every quoted cell closed on the line.
 */
function lineCells(line: string, delimiter: string): string[] | string {
  if (!line.includes('"')) return line.split(delimiter);
  const parsed = Papa.parse<string[]>(line, { delimiter, newline: '\n' });
  const error = parsed.errors[0];
  if (error?.code === 'MissingQuotes') {
    return 'has a quoted cell that does not close on its line (a cell cannot hold a line break)';
  }
  if (error || parsed.data.length !== 1) {
    return 'has a quoted cell with text after its closing quote (a quote inside a quoted cell is written "")';
  }
  return parsed.data[0]!;
}

export type LineBreak = '\n' | '\r';

/** A line longer than this is rejected unread (no line of a billed-sales file comes near it). */
export const MAX_LINE = 1 << 20;
const OVERLONG: unique symbol = Symbol('a line longer than MAX_LINE');
type Line = string | typeof OVERLONG;

/**
 * The file's lines, without their line breaks, a piece of the file at a time. The line break is the first one in
 * the file: \n (a \r before one is dropped, so that a file may mix \n and \r\n), or \r alone (an old Mac file). A
 * line break inside quotes ends the line all the same: a record is one line.
 */
async function* csvLines(stream: AsyncIterable<Buffer>): AsyncGenerator<Line[]> {
  const decoder = new StringDecoder('utf8');
  let lineBreak: LineBreak | null = null;
  let carry = '';
  // A line too long to hold is dropped as it is read, and stands as OVERLONG once its end comes.
  let overlong = false;
  for await (const buffer of stream) {
    const text = carry + decoder.write(buffer);
    lineBreak ??= lineBreakOf(text);
    const end = lineBreak ? text.lastIndexOf(lineBreak) : -1;
    if (end < 0) {
      if (text.length > MAX_LINE) {
        if (!lineBreak)
          throw new ImportFileError(`line 1 is longer than ${MAX_LINE} characters: is this a CSV file?`);
        overlong = true;
        carry = '';
      } else carry = text;
      continue;
    }
    carry = text.slice(end + 1);
    const lines: Line[] = splitLines(text.slice(0, end), lineBreak!);
    if (overlong) {
      lines[0] = OVERLONG;
      overlong = false;
    }
    yield lines;
  }
  const rest = carry + decoder.end();
  if (overlong) yield [OVERLONG];
  else if (rest !== '') yield splitLines(rest, lineBreak ?? lineBreakOf(rest, true) ?? '\n');
}

function splitLines(text: string, lineBreak: LineBreak): string[] {
  const lines = text.split(lineBreak);
  if (lineBreak === '\n' && text.includes('\r')) {
    for (let i = 0; i < lines.length; i++) if (lines[i]!.endsWith('\r')) lines[i] = lines[i]!.slice(0, -1);
  }
  return lines;
}

/**
 * The file's line break, from its first one: \n, or \r alone (a \r followed by \n is the \n's). Null when there is
 * none yet, or when the text ends with a \r that the next piece may follow with a \n (unless `atEnd`).
 */
export function lineBreakOf(text: string, atEnd = false): LineBreak | null {
  const n = text.indexOf('\n');
  const r = text.indexOf('\r');
  if (r < 0 || (n >= 0 && n < r)) return n < 0 ? null : '\n';
  if (r + 1 < text.length) return text.charCodeAt(r + 1) === 10 ? '\n' : '\r';
  return atEnd ? '\r' : null;
}
