// The feed's history (src/features/feed): every API batch and file import with its counts and rejected lines,
// for the rewards team and program admins; never a publisher's.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { importFile } from '../../src/features/imports/imports.service.ts';
import { testApp } from '../support/app.ts';
import { makePublisher, ok, assertEachRefused } from '../support/factories.ts';
import { ledgerFeed } from '../support/ledger.ts';

const t = await testApp();
const { line, send } = ledgerFeed(t);

describe('feed history', () => {
  it('[REWARDS TEAM] sees an API batch with its sender, counts, money and rejected lines, and their CSV', async () => {
    const p = await makePublisher(t);
    const token = await ok(
      t.call('POST', '/api/v1/api-tokens', {
        as: t.adminEmail,
        body: { name: 'nightly sales', scopes: ['billed-sales:write'] },
      }),
      201,
    );
    const lines = [
      line(p, `h-${p.id}-1`, { amountMinor: 1_234_56 }),
      line(p, `h-${p.id}-2`, { amountMinor: -5 }),
      line(p, `h-${p.id}-1`, { amountMinor: 1_234_56 }),
      { ...line(p, `h-${p.id}-4`), billedOn: 'yesterday' },
    ];
    const sent = await t.call('POST', '/api/v1/billed-sales/batches', {
      as: token.token,
      headers: { 'idempotency-key': `"h-${p.id}"` },
      body: { lines },
    });
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    const list = await ok(t.call('GET', '/api/v1/feed/deliveries?kind=batch', { as: t.teamEmail }));
    const batch = list.items[0];
    assert.equal(batch.kind, 'batch');
    assert.equal(batch.tokenName, 'nightly sales');
    assert.equal(batch.sentBy, t.adminEmail);
    assert.deepEqual(
      [batch.status, batch.lines, batch.written, batch.duplicate, batch.rejected, batch.writtenUsdCents],
      ['rejects', 4, 1, 1, 2, 1_234_56],
    );
    const detail = await ok(t.call('GET', `/api/v1/feed/deliveries/${batch.id}`, { as: t.teamEmail }));
    assert.deepEqual(
      detail.rejects.items.map((r: { line: number; lineId: string; code: string }) => [
        r.line,
        r.lineId,
        r.code,
      ]),
      sent.body.rejects.map((r: { line: number; lineId: string; code: string }) => [
        r.line,
        r.lineId,
        r.code,
      ]),
    );
    assert.equal(detail.rejects.next, null);
    const paged = await ok(t.call('GET', `/api/v1/feed/deliveries/${batch.id}?limit=1`, { as: t.teamEmail }));
    assert.equal(paged.rejects.items.length, 1);
    const rest = await ok(
      t.call('GET', `/api/v1/feed/deliveries/${batch.id}?limit=1&cursor=${paged.rejects.next}`, {
        as: t.teamEmail,
      }),
    );
    assert.equal(rest.rejects.items[0].line, detail.rejects.items[1].line);
    const csv = await t.call('GET', `/api/v1/feed/deliveries/${batch.id}/rejects.csv`, { as: t.adminEmail });
    assert.equal(csv.status, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const rows = String(csv.body).trim().split('\r\n');
    assert.equal(rows[0], '"line","line id","code","field","reason"');
    assert.equal(rows.length, 3);
  });

  it('[SYSTEM] records a batch that wrote nothing, and a replayed batch once', async () => {
    const p = await makePublisher(t);
    const before = (await ok(t.call('GET', '/api/v1/feed/deliveries?limit=200', { as: t.adminEmail }))).items
      .length;
    const bad = [{ ...line(p, `n-${p.id}`), billedOn: 'never' }];
    assert.equal((await send(bad, `n-${p.id}`)).status, 200);
    assert.equal((await send(bad, `n-${p.id}`)).status, 200);
    const after = await ok(t.call('GET', '/api/v1/feed/deliveries?limit=200', { as: t.adminEmail }));
    assert.equal(after.items.length, before + 1);
    assert.deepEqual(
      [after.items[0].written, after.items[0].rejected, after.items[0].writtenUsdCents],
      [0, 1, 0],
    );
  });

  it('[PROGRAM ADMIN] sees a file import among the batches, filtered by kind, status and time, and pages', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-feed-'));
    const file = path.join(dir, 'rates.csv');
    await fs.writeFile(file, 'currency,month,usdPerUnit\nEUR,2026-01,1.1\nEUR,2026-13,1.1\nXXY,2026-01,2\n');
    t.clock.advanceDays(1);
    const imported = await importFile(t.pool, {
      kind: 'currency-rates',
      file,
      programs: t.app.deps.programs,
      now: () => t.clock.now(),
    });
    assert.equal(imported.rejected, 2);
    const files = await ok(t.call('GET', '/api/v1/feed/deliveries?kind=file', { as: t.adminEmail }));
    assert.deepEqual(
      files.items.map((d: { id: string; content: string; fileName: string; status: string }) => [
        d.id,
        d.content,
        d.fileName,
        d.status,
      ]),
      [[`file-${imported.importId}`, 'currency-rates', 'rates.csv', 'rejects']],
    );
    const detail = await ok(
      t.call('GET', `/api/v1/feed/deliveries/file-${imported.importId}`, { as: t.adminEmail }),
    );
    assert.deepEqual(
      detail.rejects.items.map((r: { code: string; detail: string }) => r.code),
      ['malformed-month', 'unknown-currency'],
    );
    const since = new Date(t.clock.now().getTime() - 1000).toISOString();
    const recent = await ok(
      t.call('GET', `/api/v1/feed/deliveries?from=${since}&status=rejects`, { as: t.adminEmail }),
    );
    assert.deepEqual(
      recent.items.map((d: { id: string }) => d.id),
      [`file-${imported.importId}`],
    );
    const all = await ok(t.call('GET', '/api/v1/feed/deliveries?limit=200', { as: t.adminEmail }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `limit=2&cursor=${encodeURIComponent(cursor)}` : 'limit=2';
      const page = await ok(t.call('GET', `/api/v1/feed/deliveries?${query}`, { as: t.adminEmail }));
      seen.push(...page.items.map((d: { id: string }) => d.id));
      cursor = page.next;
    } while (cursor);
    assert.deepEqual(
      seen,
      all.items.map((d: { id: string }) => d.id),
    );
  });

  it('[REWARDS TEAM] gets a 422 naming the parameter for a bad cursor, limit, range or id, and 404 for none', async () => {
    const cases: [string, string][] = [
      ['/api/v1/feed/deliveries?cursor=abc', '/querystring/cursor'],
      ['/api/v1/feed/deliveries?limit=0', '/querystring/limit'],
      ['/api/v1/feed/deliveries?limit=201', '/querystring/limit'],
      ['/api/v1/feed/deliveries?kind=upload', '/querystring/kind'],
      ['/api/v1/feed/deliveries?status=done', '/querystring/status'],
      ['/api/v1/feed/deliveries?from=yesterday', '/querystring/from'],
      ['/api/v1/feed/deliveries?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z', '/querystring/to'],
      ['/api/v1/feed/deliveries/batch-0', '/params/deliveryId'],
      ['/api/v1/feed/deliveries/import-1', '/params/deliveryId'],
      ['/api/v1/feed/deliveries/batch-1?cursor=1', '/querystring/cursor'],
    ];
    await assertEachRefused(t, t.teamEmail, cases);
    const none = await t.call('GET', '/api/v1/feed/deliveries/file-999999', { as: t.teamEmail });
    assert.equal(none.status, 404);
  });

  it("[PUBLISHER] may not read the feed's history", async () => {
    const p = await makePublisher(t);
    const answer = await t.call('GET', '/api/v1/feed/deliveries', { as: p.ownerEmail });
    assert.equal(answer.status, 403);
  });
});
