// API tokens (src/features/api-tokens): shown once, stored as a hash, held to their scopes, revoked, and
// stopped with their creator's account.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../support/app.ts';
import { makePublisher, ok } from '../support/factories.ts';

const t = await testApp();
const p = await makePublisher(t);
const base = `/api/v1/publishers/${p.id}`;
const day = () => t.clock.now().toISOString().slice(0, 10);

/** A token the program admin makes for the billed-sales feed. */
const feedToken = (name = 'sales feed') =>
  ok(
    t.call('POST', '/api/v1/api-tokens', {
      as: t.adminEmail,
      body: { name, scopes: ['billed-sales:write'] },
    }),
    201,
  );
const sale = (token: string) =>
  t.call('POST', `${base}/billed-sales`, { as: token, body: { amountUsdCents: 100, billedOn: day() } });

describe('api tokens', () => {
  it('[FEED] a token expires: after 90 days by default, or the days asked for, then it is refused', async () => {
    const made = await feedToken('expiring feed');
    assert.equal(made.expiresAt, new Date(t.clock.now().getTime() + 90 * 86_400_000).toISOString());
    const short = await ok(
      t.call('POST', '/api/v1/api-tokens', {
        as: t.adminEmail,
        body: { name: 'one week', scopes: ['billed-sales:write'], expiresInDays: 7 },
      }),
      201,
    );
    assert.equal(short.expiresAt, new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString());
    for (const days of [0, 366, 1.5])
      assert.equal(
        (
          await t.call('POST', '/api/v1/api-tokens', {
            as: t.adminEmail,
            body: { name: 'bad', scopes: ['billed-sales:write'], expiresInDays: days },
          })
        ).status,
        422,
        String(days),
      );
    assert.equal((await sale(short.token)).status, 201);
    t.clock.advanceDays(8);
    assert.equal((await sale(short.token)).status, 401, 'expired a day ago');
    assert.equal((await sale(made.token)).status, 201, 'the 90-day token still works');
  });

  it('[PROGRAM ADMIN] sees a new token once; only its hash is stored', async () => {
    const made = await feedToken();
    assert.match(made.token, /^mrt_/);
    const stored = await t.pool.query('SELECT token_hash FROM api_tokens WHERE id = $1', [made.id]);
    assert.notEqual(stored.rows[0].token_hash, made.token);
    const listed = await t.call('GET', '/api/v1/api-tokens', { as: t.adminEmail });
    assert.equal(listed.body.items.find((x: any) => x.id === made.id).token, undefined, 'never shown again');
  });

  it('[FEED] writes with a token only what its scopes allow, reads nothing, and its last use is recorded', async () => {
    const made = await feedToken();
    assert.equal((await sale(made.token)).status, 201);
    const offer = await t.call('POST', `${base}/offers/${p.offerIds[0]}/status`, {
      as: made.token,
      body: { status: 'live' },
    });
    assert.equal(offer.status, 403, 'no offers:write scope');
    const read = await t.call('GET', `${base}/benefits`, { as: made.token });
    assert.equal(read.status, 403, 'a feed token reads nothing');
    const used = (await t.call('GET', '/api/v1/api-tokens', { as: t.adminEmail })).body.items.find(
      (x: any) => x.id === made.id,
    );
    assert.ok(used.lastUsedAt);
  });

  it('[PROGRAM ADMIN] revokes a token, which stops at once', async () => {
    const made = await feedToken();
    assert.equal((await sale(made.token)).status, 201);
    await t.call('POST', `/api/v1/api-tokens/${made.id}/revoke`, { as: t.adminEmail });
    assert.equal((await sale(made.token)).status, 401);
  });

  it("[FEED] a token stops with its creator's account", async () => {
    const made = await feedToken('x');
    const staff = await ok(t.call('GET', '/api/v1/staff', { as: t.adminEmail }));
    const adminId = staff.items.find((u: any) => u.email === t.adminEmail).id;
    // The last program admin cannot be deactivated through the API (staff.test.ts): here, straight in the table.
    await t.pool.query('UPDATE users SET active = false WHERE id = $1', [adminId]);
    try {
      const answer = await t.call('POST', `${base}/billed-sales`, {
        as: made.token,
        body: { amountUsdCents: 1, billedOn: day() },
      });
      assert.equal(answer.status, 401, "a token stops with its creator's account");
    } finally {
      await t.pool.query('UPDATE users SET active = true WHERE id = $1', [adminId]);
    }
  });
});
