// Reading a CSV file a piece at a time: records and their line numbers come out as if the file were read whole,
// whatever its delimiter and line breaks. A record is one line: a stray quote spoils its own line and no other,
// and a header that repeats, misses or misnames a column, or a file that is not UTF-8, stops before any line.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ImportFileError, readRecords, type FileRecord } from './imports.records.ts';

const COLUMNS = { known: ['a', 'b', 'c'], required: [['a'], ['b', 'c']] };

async function read(text: string | Buffer): Promise<FileRecord[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-records-'));
  try {
    const file = path.join(dir, 'lines.csv');
    await fs.writeFile(file, text);
    const records: FileRecord[] = [];
    for await (const record of readRecords(file, 'csv', COLUMNS, () => undefined)) records.push(record);
    return records;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describe('[IMPORT] CSV records', () => {
  for (const [delimiter, linebreak, laterLinebreak] of [
    [',', '\n', '\n'],
    [';', '\r\n', '\r\n'],
    ['\t', '\r\n', '\r\n'],
    [',', '\n', '\r\n'],
    ['\t', '\r', '\r'],
  ] as const) {
    const breaks =
      linebreak === laterLinebreak
        ? JSON.stringify(linebreak)
        : `${JSON.stringify(linebreak)} then ${JSON.stringify(laterLinebreak)}`;
    it(`reads a file of many pieces with ${JSON.stringify(delimiter)} and ${breaks}`, async () => {
      // Every 1,000th record has a quoted cell holding the delimiter and a quote. Cells hold commas where they are
      // not the delimiter: a piece read on its own, without the header, could pass for comma-separated. Half way,
      // the line breaks may change.
      let text = `a${delimiter}b${linebreak}`;
      const expected: FileRecord[] = [];
      for (let i = 0; i < 20_000; i++) {
        const br = i < 10_000 ? linebreak : laterLinebreak;
        const quoted = i % 1_000 === 7;
        const b = quoted ? `"say ""${delimiter}"" ${i}"` : delimiter === ',' ? `value ${i}` : `value, ${i}`;
        text += `${i}${delimiter}${b}${br}`;
        const value = quoted ? `say "${delimiter}" ${i}` : b;
        expected.push({ lineNo: i + 2, fields: { a: String(i), b: value } });
      }
      const records = await read(text);
      assert.equal(records.length, expected.length);
      assert.deepEqual(records, expected);
    });
  }

  it('reads \\r alone as the line break, and skips blank lines', async () => {
    assert.deepEqual(await read('a,b\r1,x\r\r2,y\r'), [
      { lineNo: 2, fields: { a: '1', b: 'x' } },
      { lineNo: 4, fields: { a: '2', b: 'y' } },
    ]);
  });

  it('rejects a line whose quote does not close, and reads every line after it', async () => {
    const records = await read('a,b\n1,"x\n2,y\n3,"z""\n4,"w"v\n5,"p\r\nq"\n6,ok\n');
    assert.deepEqual(
      records.map((r) => [r.lineNo, r.fields.__error === undefined ? r.fields.b : 'rejected']),
      [
        [2, 'rejected'],
        [3, 'y'],
        [4, 'rejected'],
        [5, 'rejected'],
        [6, 'rejected'],
        [7, 'rejected'],
        [8, 'ok'],
      ],
    );
    assert.match(String(records[0]!.fields.__error), /quoted cell that does not close on its line/);
    assert.match(String(records[3]!.fields.__error), /text after its closing quote/);
  });

  it('stops at a header that repeats, misses or misnames a column, naming it', async () => {
    const refused = async (text: string | Buffer, reason: RegExp) =>
      assert.rejects(
        read(text),
        (error: Error) => error instanceof ImportFileError && reason.test(error.message),
      );
    await refused('a,b,a\n1,2,3\n', /line 1 names the column "a" twice/);
    await refused('b,c\n1,2\n', /line 1 has no column "a", which every line needs/);
    await refused('a\n1\n', /has no column "b" or "c"; every line needs one of them/);
    await refused('a,x\n1,2\n', /the column "x", which is not one of a, b, c/);
    await refused('', /the file is empty/);
  });

  it('tells a UTF-16 file from garbled columns, and rejects a line that is not UTF-8 on its own', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\r\n1,x\r\n', 'utf16le')]);
    await assert.rejects(read(utf16), /UTF-16 text, not UTF-8: save it as UTF-8/);
    await assert.rejects(read(Buffer.from('a,b\n1,x\n', 'utf16le')), /UTF-16/);
    const latin1 = Buffer.concat([
      Buffer.from('a,b\n1,'),
      Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      Buffer.from('\n2,y\n'),
    ]);
    const records = await read(latin1);
    assert.deepEqual(
      records.map((r) => [r.lineNo, r.fields.__error ?? r.fields.b]),
      [
        [2, 'holds bytes that are not UTF-8 text: save the file as UTF-8 and import it again'],
        [3, 'y'],
      ],
    );
    assert.deepEqual(await read('\uFEFFa,b\n1,\u00e9\n'), [{ lineNo: 2, fields: { a: '1', b: '\u00e9' } }]);
  });

  it('gives an NDJSON line that is not JSON a reason that can be stored (no NUL, no lone surrogate)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-records-'));
    const file = path.join(dir, 'lines.ndjson');
    await fs.writeFile(file, '{"a":"1","b":"x"}\n{"a":\u0000}\n{"\ud800x":1}\n');
    const records: FileRecord[] = [];
    for await (const record of readRecords(file, 'ndjson', COLUMNS, () => undefined)) records.push(record);
    await fs.rm(dir, { recursive: true, force: true });
    assert.equal(records.length, 3);
    for (const r of records.slice(1)) {
      const reason = String(r.fields.__error);
      assert.ok(reason.length > 10 && !reason.includes('\u0000') && reason.isWellFormed(), reason);
    }
  });
});
