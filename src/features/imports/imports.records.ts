// Reading an import file as a stream of records with their line numbers: CSV through Papa Parse (a header row
// names the fields), or NDJSON (one JSON object per line). Memory holds one piece of the file at a time.
import fs from 'node:fs';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';
import { parse as parseJsonSafely } from 'secure-json-parse';

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
  const stream = fs.createReadStream(file, { highWaterMark: 1 << 20 });
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
    for await (const text of readline.createInterface({
      input: Readable.from(counted()),
      crlfDelay: Infinity,
    })) {
      lineNo++;
      if (text.trim() === '') continue;
      let fields: unknown;
      try {
        fields = parseJsonSafely(text, { protoAction: 'error', constructorAction: 'error' });
      } catch (error) {
        yield { lineNo, fields: { __error: `not valid JSON: ${(error as Error).message}` } };
        continue;
      }
      if (!fields || typeof fields !== 'object' || Array.isArray(fields)) {
        yield { lineNo, fields: { __error: 'not a JSON object' } };
        continue;
      }
      const unknown = Object.keys(fields).find((k) => !known.includes(k));
      yield unknown
        ? { lineNo, fields: { __error: `unknown field "${unknown}"; the fields are ${known.join(', ')}` } }
        : { lineNo, fields: fields as Record<string, unknown> };
    }
    return;
  }
  const rows = csvRows(counted());
  let header: string[] | null = null;
  let line = 0;
  for await (const record of rows) {
    // A record starts on the line after the previous one ended; a quoted cell may span several lines.
    const start = line + 1;
    line = start;
    for (const cell of record) if (cell.includes('\n')) line += cell.split('\n').length - 1;
    if (record.length === 1 && record[0] === '') continue;
    if (!header) {
      header = record.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
      const unknown = header.find((h) => !known.includes(h));
      if (unknown !== undefined) {
        throw new ImportFileError(
          `${file}: line 1 has the column "${unknown}", which is not one of ${known.join(', ')}`,
        );
      }
      continue;
    }
    if (record.length !== header.length) {
      yield {
        lineNo: start,
        fields: { __error: `has ${record.length} cells where the header has ${header.length}` },
      };
      continue;
    }
    const fields: Record<string, unknown> = {};
    for (let i = 0; i < header.length; i++) fields[header[i]!] = record[i];
    yield { lineNo: start, fields };
  }
  if (!header) throw new ImportFileError(`${file}: the file is empty; a CSV file starts with a header row`);
}

/**
 * CSV rows through Papa Parse, a piece of the file at a time: each piece is cut after its last line break outside
 * quotes, so that a quoted cell spanning lines is never split (the rest waits for the next piece).
 */
async function* csvRows(stream: AsyncIterable<Buffer>): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  for await (const buffer of stream) {
    const text = carry + decoder.write(buffer);
    const cut = lastRecordEnd(text);
    if (cut < 0) {
      carry = text;
      continue;
    }
    carry = text.slice(cut);
    yield* parsePiece(text.slice(0, cut));
  }
  const rest = carry + decoder.end();
  if (rest !== '') yield* parsePiece(rest);
}

function parsePiece(text: string): string[][] {
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  // Text ending in a line break gives a last empty row that is not a line of the file.
  if (text.endsWith('\n') && rows.length > 0 && rows.at(-1)!.length === 1 && rows.at(-1)![0] === '')
    rows.pop();
  return rows;
}

/** The index just after the last line break that is not inside a quoted cell, or -1. */
function lastRecordEnd(text: string): number {
  if (!text.includes('"')) {
    const end = text.lastIndexOf('\n');
    return end < 0 ? -1 : end + 1;
  }
  let quoted = false;
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) end = i + 1;
  }
  return end;
}
