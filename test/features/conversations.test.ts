// Conversations (src/features/conversations): tickets, technical requests and disputes as threads between the
// publisher and the rewards team, each reply mailed to the other side in its language, the clock running while the
// team owes an answer; a dispute decided, its correction written back onto the disputed line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deliveryHarness } from '../support/delivery.ts';
import { addUser, makePublisher } from '../support/factories.ts';

const { t, smtp, deliverAll, ok, CJK } = await deliveryHarness('2026-06-01T10:00:00Z');

/** The conversation mail (`kind`) delivered to `email`, as the SMTP server received it, oldest first. */
async function mailTo(email: string, kind = 'conversation-reply') {
  await deliverAll();
  const { rows } = await t.pool.query<{ id: string }>(
    `SELECT id FROM notifications WHERE kind = $1 AND lower(recipient_email) = lower($2) ORDER BY created_at, id`,
    [kind, email],
  );
  return rows.map((r) => smtp.received.find((m) => m.messageId === `<${r.id}@rewards.test>`)!);
}

describe('conversations', () => {
  it('[PUBLISHER] a ticket answered, answered back, resolved and reopened; each reply mailed in its language', async () => {
    const p = await makePublisher(t);
    const base = `/api/v1/publishers/${p.id}`;
    const ticket = await ok(
      t.call('POST', `${base}/support-tickets`, {
        as: p.ownerEmail,
        body: {
          subject: 'Nobody called',
          description: 'Our offer went live a month ago.',
          language: 'zh-TW',
        },
      }),
      201,
    );
    const thread = `${base}/conversations/${ticket.id}`;
    let view = await ok(t.call('GET', thread, { as: p.ownerEmail }));
    assert.deepEqual(
      [view.kind, view.status, view.clock, view.messages.length],
      ['support-ticket', 'waiting-on-team', 'on-track', 1],
    );

    t.clock.advanceDays(2);
    view = await ok(
      t.call('POST', `${thread}/replies`, {
        as: t.teamEmail,
        body: { body: 'We will call you today.', language: 'en' },
      }),
      201,
    );
    assert.deepEqual([view.status, view.clock], ['waiting-on-publisher', 'kept']);
    const toOwner = await mailTo(p.ownerEmail);
    assert.equal(toOwner.length, 1);
    assert.match(toOwner[0]!.subject, CJK, 'the owner wrote in Traditional Chinese');
    assert.equal(toOwner[0]!.language, 'zh-TW');
    const { rows } = await t.pool.query(
      `SELECT body_text FROM notifications WHERE kind = 'conversation-reply'
      AND lower(recipient_email) = lower($1)`,
      [p.ownerEmail],
    );
    assert.ok(rows[0].body_text.includes(`/conversation?id=${ticket.id}`), 'links to the conversation');

    t.clock.advanceDays(1);
    view = await ok(
      t.call('POST', `${thread}/replies`, { as: p.ownerEmail, body: { body: '謝謝，我們等您的電話。' } }),
      201,
    );
    assert.deepEqual([view.status, view.clock], ['waiting-on-team', 'on-track']);
    assert.equal(view.dueAt, new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString(), 'a new week');
    const toTeam = await mailTo(t.teamEmail);
    assert.equal(toTeam.length, 1, 'the team member on the thread hears back');
    assert.doesNotMatch(toTeam[0]!.subject, CJK, 'the team member wrote in English');
    const outbox = await ok(t.call('GET', `${base}/notifications`, { as: p.ownerEmail }));
    assert.ok(
      !JSON.stringify(outbox).includes(t.teamEmail),
      "the team's mail is not in the publisher's outbox",
    );

    view = await ok(t.call('POST', `${thread}/resolve`, { as: t.teamEmail, body: { note: 'Called.' } }));
    assert.equal(view.status, 'resolved');
    assert.deepEqual(
      view.messages.map((m: { event: string; side: string }) => `${m.event}/${m.side}`),
      ['opened/publisher', 'reply/team', 'reply/publisher', 'resolved/team'],
    );
    view = await ok(
      t.call('POST', `${thread}/replies`, { as: p.ownerEmail, body: { body: 'One more question.' } }),
      201,
    );
    assert.equal(view.status, 'waiting-on-team', 'a reply reopens it');
    const tickets = await ok(t.call('GET', `${base}/support-tickets`, { as: p.ownerEmail }));
    assert.equal(tickets.items[0].status, 'in-progress');
  });

  it('[MEMBER] replies on a technical request; the team member who owns the task is told', async () => {
    const p = await makePublisher(t, { offers: [{ listingOption: 'contact-me' }] });
    const base = `/api/v1/publishers/${p.id}`;
    const dev = await addUser(t, p, {
      email: `dev-${p.id.slice(0, 8)}@x.example`,
      displayName: 'Dev',
      role: 'publisher-member',
    });
    const request = await ok(
      t.call('POST', `${base}/technical-requests`, {
        as: dev.email,
        body: {
          offerId: p.offerIds[0],
          stage: 'design',
          solution: 'cloud',
          description: 'How should we shard tenants by region?',
          language: 'ja',
        },
      }),
      201,
    );
    const [task] = (
      await ok(t.call('GET', `/api/v1/tasks?publisherId=${p.id}&kind=technical-request`, { as: t.teamEmail }))
    ).items;
    await ok(t.call('POST', `/api/v1/tasks/${task.id}/claim`, { as: t.teamEmail }));
    const thread = `${base}/conversations/${request.id}`;
    await ok(
      t.call('POST', `${thread}/replies`, { as: t.teamEmail, body: { body: 'By tenant id, then region.' } }),
      201,
    );
    const toDev = await mailTo(dev.email);
    assert.equal(toDev[0]?.language, 'ja');
    const view = await ok(
      t.call('POST', `${thread}/replies`, { as: dev.email, body: { body: 'Thanks!' } }),
      201,
    );
    assert.equal(view.offerName !== null && view.stage, 'design');
    const list = await ok(t.call('GET', `${base}/conversations?status=waiting-on-team`, { as: dev.email }));
    assert.deepEqual(
      list.items.map((i: { id: string }) => i.id),
      [request.id],
    );
  });

  it('[PUBLISHER] never reads or writes another publisher’s thread; bad replies change nothing', async () => {
    const [a, b] = [await makePublisher(t), await makePublisher(t)];
    const ticket = await ok(
      t.call('POST', `/api/v1/publishers/${a.id}/support-tickets`, {
        as: a.ownerEmail,
        body: { subject: 'Private', description: 'Only for our eyes.' },
      }),
      201,
    );
    for (const path of [`/api/v1/publishers/${b.id}/conversations/${ticket.id}`])
      assert.equal((await t.call('GET', path, { as: b.ownerEmail })).status, 404);
    const theirs = `/api/v1/publishers/${a.id}/conversations/${ticket.id}`;
    assert.equal((await t.call('GET', theirs, { as: b.ownerEmail })).status, 404);
    assert.equal(
      (await t.call('POST', `${theirs}/replies`, { as: b.ownerEmail, body: { body: 'hi' } })).status,
      404,
    );
    for (const body of [{ body: '   ' }, { body: 'x', language: 'klingon' }, { body: 'x', extra: 1 }, {}]) {
      const bad = await t.call('POST', `${theirs}/replies`, { as: a.ownerEmail, body });
      assert.equal(bad.status, 422, JSON.stringify(body));
    }
    assert.equal((await t.call('POST', `${theirs}/resolve`, { as: a.ownerEmail, body: {} })).status, 403);
    assert.equal((await ok(t.call('GET', theirs, { as: a.ownerEmail }))).messages.length, 1);
  });
});
