import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell, csvText } from './csv.ts';

describe('CSV for spreadsheets', () => {
  it('neutralises every dangerous first character of a text cell', () => {
    for (const dangerous of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      const cell = csvCell(dangerous);
      assert.ok(!/^"?[=+\-@\t\r]/.test(cell), JSON.stringify(cell));
      assert.ok(cell.includes(`'${dangerous[0]}`), JSON.stringify(cell));
    }
  });

  it('quotes every cell, so a separator inside one (comma or semicolon) never starts another', () => {
    assert.equal(csvCell('plain'), '"plain"');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('x;=2+5'), '"x;=2+5"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(
      csvText([
        ['a', null],
        [1, 'b'],
      ]),
      '"a",""\r\n"1","b"\r\n',
    );
  });

  it('keeps numbers numbers: a negative amount is not text', () => {
    assert.equal(csvCell(-1250), '"-1250"');
    assert.equal(csvCell(0.5), '"0.5"');
  });
});
