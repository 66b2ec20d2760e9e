// Publishers (src/features/publishers): registered by the program admin, by MPN ID, once; found by a part of
// their name, MPN ID or an address, a page at a time.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { testApp } from '../support/app.ts';
import { addContact, addUser, makePublisher, ok, assertEachRefused } from '../support/factories.ts';

const t = await testApp();

describe('publishers', () => {
  it('[PROGRAM ADMIN] registers a publisher by MPN ID, once (S1)', async () => {
    const body = {
      mpnId: '123456789',
      companyName: 'Litware',
      accountEmail: 'ops@litware.example',
      owner: { email: 'owner@litware.example', displayName: 'Lee' },
    };
    const first = await t.call('POST', '/api/v1/publishers', { as: t.adminEmail, body });
    assert.equal(first.status, 201);
    assert.equal(first.body.mpnId, '123456789');
    const again = await t.call('POST', '/api/v1/publishers', {
      as: t.adminEmail,
      body: { ...body, owner: { email: 'other@litware.example', displayName: 'X' } },
    });
    assert.equal(again.status, 409);
    assert.equal(again.body.type, '/problems/mpn-id-taken');
    const letters = await t.call('POST', '/api/v1/publishers', {
      as: t.adminEmail,
      body: { ...body, mpnId: '12a' },
    });
    assert.equal(letters.status, 422);
    assert.equal(letters.body.errors[0].pointer, '/body/mpnId');
  });

  it('[REWARDS TEAM] finds a publisher by a part of its name, its MPN ID, or an address, in any case', async () => {
    const tag = randomBytes(4).toString('hex');
    const p = await makePublisher(t);
    const mpnId = `9${Date.now() % 1e9}`.slice(0, 11);
    const named = await ok(
      t.call('POST', '/api/v1/publishers', {
        as: t.adminEmail,
        body: {
          mpnId,
          companyName: `Northwind ${tag} Traders`,
          accountEmail: `books@nw${tag}.example`,
          owner: { email: `owner@nw${tag}.example`, displayName: 'Nan' },
        },
      }),
      201,
    );
    const owned = { id: named.id, ownerEmail: `owner@nw${tag}.example` };
    const user = await addUser(t, owned, { email: `Dana.${tag}@Partners.example`, displayName: 'Dana' });
    await addContact(t, owned, { userId: user.id, email: `promo.${tag}@agency.example` });
    const find = async (q: string) => {
      const page = await ok(
        t.call('GET', `/api/v1/publishers?q=${encodeURIComponent(q)}`, { as: t.teamEmail }),
      );
      return page.items.map((i: { id: string }) => i.id);
    };
    for (const q of [
      `northwind ${tag}`.toUpperCase(), // the name, in another case
      `${tag} traders`,
      mpnId,
      mpnId.slice(2, 8), // a part of the MPN ID
      `BOOKS@NW${tag}`, // the account's address
      `dana.${tag}@partners`, // a user's
      `promo.${tag}`, // a marketing contact's
    ])
      assert.deepEqual(await find(q), [named.id], q);
    assert.deepEqual(await find(`nobody-${tag}`), []);
    // One or two characters hold no trigram: they match the start of the name or the MPN ID only.
    const start = await ok(t.call('GET', '/api/v1/publishers?q=nO&limit=200', { as: t.teamEmail }));
    assert.ok(start.items.some((i: { id: string }) => i.id === named.id));
    assert.ok(start.items.every((i: { companyName: string }) => /^no/i.test(i.companyName)));
    assert.ok(!(await find(tag.slice(0, 2))).includes(named.id), 'two characters inside the name');
    assert.ok((await find(mpnId.slice(0, 2))).includes(named.id), 'the start of the MPN ID');
    // LIKE's wildcards are letters like any other: `%` finds a name with one, not everything.
    assert.deepEqual(await find(`${tag}%`), []);
    assert.deepEqual(await find(`${tag}_`), []);
    // Both are still there without a search.
    const all = await ok(t.call('GET', '/api/v1/publishers?limit=200', { as: t.teamEmail }));
    for (const id of [p.id, named.id])
      assert.ok(
        all.items.some((i: { id: string }) => i.id === id),
        id,
      );
  });

  it('[REWARDS TEAM] pages through what a search finds: by name, none twice, none missed', async () => {
    const tag = randomBytes(4).toString('hex');
    const made: string[] = [];
    for (let i = 0; i < 23; i++) {
      // Names that sort alike: two share one name, so the id breaks the tie.
      const name = `Paging ${tag} ${String(Math.min(i, 21)).padStart(2, '0')}`;
      const body = {
        mpnId: `8${tag.replace(/[a-f]/g, '1').slice(0, 6)}${String(i).padStart(2, '0')}`,
        companyName: name,
        accountEmail: `a${i}@paging${tag}.example`,
        owner: { email: `o${i}@paging${tag}.example`, displayName: `Owner ${i}` },
      };
      made.push((await ok(t.call('POST', '/api/v1/publishers', { as: t.adminEmail, body }), 201)).id);
    }
    const seen: string[] = [];
    const names: string[] = [];
    let pages = 0;
    for (let offset = 0; ; offset += 5) {
      const page = await ok(
        t.call('GET', `/api/v1/publishers?q=paging%20${tag}&limit=5&offset=${offset}`, { as: t.teamEmail }),
      );
      pages++;
      assert.ok(page.items.length <= 5);
      seen.push(...page.items.map((i: { id: string }) => i.id));
      names.push(...page.items.map((i: { companyName: string }) => i.companyName));
      if (!page.hasMore) break;
    }
    assert.equal(pages, 5);
    assert.equal(new Set(seen).size, seen.length, 'a publisher on two pages');
    assert.deepEqual([...seen].sort(), [...made].sort(), 'every publisher found once');
    assert.deepEqual(names, [...names].sort(), 'by name');
    const last = await ok(
      t.call('GET', `/api/v1/publishers?q=paging%20${tag}&offset=20`, { as: t.teamEmail }),
    );
    assert.equal(last.items.length, 3);
    assert.equal(last.hasMore, false);
  });

  it('[PUBLISHER] finds its own publisher and no other, whatever it searches for', async () => {
    const mine = await makePublisher(t, { contact: true });
    const other = await makePublisher(t, { contact: true });
    const other2 = await ok(t.call('GET', `/api/v1/publishers/${other.id}`, { as: t.teamEmail }));
    const search = async (q?: string) =>
      ok(
        t.call('GET', `/api/v1/publishers${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}`, {
          as: mine.ownerEmail,
        }),
      );
    assert.deepEqual(
      (await search()).items.map((i: { id: string }) => i.id),
      [mine.id],
    );
    for (const q of [
      other2.companyName,
      other2.mpnId,
      other.ownerEmail,
      other.accountEmail,
      'publisher',
      'pub',
    ])
      for (const item of (await search(q)).items) assert.equal(item.id, mine.id, q);
    assert.deepEqual((await search(other2.mpnId)).items, [], "another publisher's MPN ID finds nothing");
  });

  it('[REWARDS TEAM] gets a 422 naming the parameter for a bad search, limit or offset', async () => {
    const cases: [string, string][] = [
      ['/api/v1/publishers?q=', '/querystring/q'],
      ['/api/v1/publishers?q=%20%20', '/querystring/q'],
      [`/api/v1/publishers?q=${'x'.repeat(101)}`, '/querystring/q'],
      ['/api/v1/publishers?limit=0', '/querystring/limit'],
      ['/api/v1/publishers?limit=201', '/querystring/limit'],
      ['/api/v1/publishers?limit=ten', '/querystring/limit'],
      ['/api/v1/publishers?offset=-1', '/querystring/offset'],
      ['/api/v1/publishers?offset=1.5', '/querystring/offset'],
    ];
    await assertEachRefused(t, t.teamEmail, cases);
    const unknown = await t.call('GET', '/api/v1/publishers?search=x', { as: t.teamEmail });
    assert.equal(unknown.status, 422);
  });
});
