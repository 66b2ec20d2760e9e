// Reading a CSV file a piece at a time: records and their line numbers come out as if the file were read whole,
// whatever its delimiter and line breaks, with quoted cells that hold line breaks across the pieces' edges.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readRecords, type FileRecord } from './imports.records.ts';

async function read(text: string): Promise<FileRecord[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-records-'));
  try {
    const file = path.join(dir, 'lines.csv');
    await fs.writeFile(file, text);
    const records: FileRecord[] = [];
    for await (const record of readRecords(file, 'csv', ['a', 'b'], () => undefined)) records.push(record);
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
      // Every 1,000th record has a quoted cell spanning two lines. Cells hold commas where they are not the delimiter:
      // a piece read on its own, without the header, could pass for comma-separated. Half way, the line breaks may
      // change.
      let text = `a${delimiter}b${linebreak}`;
      const expected: FileRecord[] = [];
      let lineNo = 1;
      for (let i = 0; i < 20_000; i++) {
        const br = i < 10_000 ? linebreak : laterLinebreak;
        const b = i % 1_000 === 7 ? `"two${br}lines ${i}"` : delimiter === ',' ? `value ${i}` : `value, ${i}`;
        text += `${i}${delimiter}${b}${br}`;
        expected.push({ lineNo: ++lineNo, fields: { a: String(i), b: b.replace(/^"|"$/g, '') } });
        if (i % 1_000 === 7) lineNo++;
      }
      const records = await read(text);
      assert.equal(records.length, expected.length);
      assert.deepEqual(records, expected);
    });
  }

  it('reads a file whose line breaks are \\r alone (a quoted \\n is not one), and keeps a quoted \\r\\n inside a cell', async () => {
    assert.deepEqual(await read('a,b\r1,x\r2,y\r'), [
      { lineNo: 2, fields: { a: '1', b: 'x' } },
      { lineNo: 3, fields: { a: '2', b: 'y' } },
    ]);
    assert.deepEqual(await read('a,b\r1,"x\ny"\r2,z\r'), [
      { lineNo: 2, fields: { a: '1', b: 'x\ny' } },
      { lineNo: 3, fields: { a: '2', b: 'z' } },
    ]);
    assert.deepEqual(await read('a,b\r\n1,"x\r\ny"\r\n2,z\r\n'), [
      { lineNo: 2, fields: { a: '1', b: 'x\r\ny' } },
      { lineNo: 4, fields: { a: '2', b: 'z' } },
    ]);
  });
});
