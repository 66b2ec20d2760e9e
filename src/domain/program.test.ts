import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { programInForce, validateProgram } from './program.ts';
import { PROGRAM } from './fixtures.test-helper.ts';

const clone = () => structuredClone(PROGRAM) as any;

describe('the program as data', () => {
  it('ships a valid default program with the FY24 tiers (L2, L3)', () => {
    assert.deepEqual(validateProgram(PROGRAM), []);
    assert.deepEqual(
      PROGRAM.tiers.map((t) => t.thresholdUsdCents / 100),
      [0, 500, 25_000, 50_000, 100_000, 500_000, 1_000_000, 2_000_000, 5_000_000],
    );
  });
  it('names the path of a bad field and why', () => {
    const doc = clone();
    doc.tiers[2].thresholdUsdCents = 100;
    doc.benefits[0].minTier = 'usd-7';
    doc.windows.contactPromiseDays = 0;
    doc.surprise = true;
    const shape = validateProgram(doc).map((p) => p.path);
    assert.ok(shape.includes('/windows/contactPromiseDays'), JSON.stringify(shape));
    assert.ok(shape.includes('/surprise'));
    doc.windows.contactPromiseDays = 7;
    delete doc.surprise;
    assert.deepEqual(validateProgram(doc), [
      {
        path: '/tiers/2/thresholdUsdCents',
        message: "must be greater than the previous tier's threshold (50000)",
        code: 'threshold-not-rising',
        params: { previous: 50000 },
      },
      {
        path: '/benefits/0/minTier',
        message: 'unknown tier "usd-7"',
        code: 'unknown-tier',
        params: { tier: 'usd-7' },
      },
    ]);
  });
  it('names every bad field at once, one problem each, even in several tiers and benefits', () => {
    const doc = clone();
    doc.tiers[1].thresholdUsdCents = 'x';
    doc.tiers[2].id = 'BAD';
    delete doc.name;
    doc.benefits[0].category = 'z';
    doc.benefits[1].listingTypes = [];
    doc.completeBy = '2020';
    doc.windows.contactPromiseDays = 0;
    const problems = validateProgram(doc);
    assert.deepEqual(problems.map((p) => [p.path, p.code]).sort(), [
      ['/benefits/0/category', 'enum'],
      ['/benefits/1/listingTypes', 'minItems'],
      ['/completeBy', 'pattern'],
      ['/name', 'required'],
      ['/tiers/1/thresholdUsdCents', 'type'],
      ['/tiers/2/id', 'pattern'],
      ['/windows/contactPromiseDays', 'minimum'],
    ]);
    assert.deepEqual(problems.find((p) => p.code === 'minimum')?.params, { limit: 1 });
  });
  it('refuses a tiered benefit for non-transact listings, and a non-canonical language tag', () => {
    const doc = clone();
    doc.benefits.find((b: any) => b.id === 'executive-endorsement').listingTypes = ['list', 'transact'];
    doc.languages.push('zh-tw');
    const problems = validateProgram(doc).map((p) => p.path);
    assert.deepEqual(problems, [
      `/benefits/${doc.benefits.findIndex((b: any) => b.id === 'executive-endorsement')}/listingTypes`,
      `/languages/${doc.languages.length - 1}`,
    ]);
  });
  it('picks the version in force on a date', () => {
    const versions = [
      { version: 'FY24', effectiveFrom: '2023-07-01' },
      { version: 'FY25', effectiveFrom: '2024-07-01' },
    ];
    assert.equal(programInForce(versions, new Date('2024-06-30T23:59:59Z'))?.version, 'FY24');
    assert.equal(programInForce(versions, new Date('2024-07-01T00:00:00Z'))?.version, 'FY25');
    assert.equal(programInForce(versions, new Date('2020-01-01')), undefined);
  });
});
