// Conversations (src/features/conversations): tickets, technical requests and disputes as threads between the
// publisher and the rewards team, each reply mailed to the other side in its language, the clock running while the
// team owes an answer; a dispute decided, its correction written back onto the disputed line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deliveryHarness } from '../support/delivery.ts';
import { addUser, makePublisher, requestTechnicalHelp, type MadePublisher } from '../support/factories.ts';
import { ledgerFeed } from '../support/ledger.ts';
import { snapshot } from '../support/snapshot.ts';

const { t, smtp, deliverAll, sweep, ok, CJK } = await deliveryHarness('2026-06-01T10:00:00Z');
const { today, line, send, summary } = ledgerFeed(t);

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
    const request = await requestTechnicalHelp(t, p, dev.email, 'How should we shard tenants by region?', {
      language: 'ja',
    });
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

/** The queued `kind` messages to `email` as the outbox keeps them (text and HTML), oldest first. */
async function outboxTo(email: string, kind = 'conversation-reply') {
  const { rows } = await t.pool.query<{ text: string; html: string; language: string }>(
    `SELECT body_text AS text, body_html AS html, language FROM notifications
     WHERE kind = $1 AND lower(recipient_email) = lower($2) ORDER BY created_at, id`,
    [kind, email],
  );
  return rows;
}

/** A publisher with one feed line (source `mp`, 10,000.00 USD unless told), and its dispute of that line. */
async function disputedLine(
  amountMinor = 10_000_00,
): Promise<{ p: MadePublisher; lineId: string; id: string }> {
  const p = await makePublisher(t);
  const lineId = `d-${p.id}`;
  const sent = await send([line(p, lineId, { amountMinor })]);
  assert.equal(sent.body.accepted, 1, JSON.stringify(sent.body));
  const dispute = await ok(
    t.call('POST', `/api/v1/publishers/${p.id}/disputes`, {
      as: p.ownerEmail,
      body: {
        subject: 'line',
        source: 'mp',
        lineId,
        note: 'This sale was refunded in full.',
        language: 'en',
      },
    }),
    201,
  );
  return { p, lineId, id: dispute.id };
}

/** The publisher's manual lines (corrections), as the ledger holds them. */
async function manualLines(publisherId: string): Promise<{ line_id: string; usd_cents: number }[]> {
  const { rows } = await t.pool.query(
    `SELECT line_id, usd_cents::int FROM ledger_lines WHERE publisher_id = $1 AND source = 'manual'`,
    [publisherId],
  );
  return rows;
}

const decide = (p: MadePublisher, id: string, body: object, as = t.teamEmail) =>
  t.call('POST', `/api/v1/publishers/${p.id}/disputes/${id}/decision`, { as, body });

describe('conversations: tried to break', () => {
  it('[PUBLISHER] reaches no other publisher’s dispute or line through its own publisher id', async () => {
    const [a, b] = [await makePublisher(t), await makePublisher(t)];
    await send([line(a, `a-${a.id}`), line(b, `b-${b.id}`), line(b, `shared-${a.id}`)]);
    const theirs = await ok(
      t.call('POST', `/api/v1/publishers/${b.id}/disputes`, {
        as: b.ownerEmail,
        body: { subject: 'line', source: 'mp', lineId: `b-${b.id}`, note: 'This line is not ours.' },
      }),
      201,
    );
    await ok(t.call('GET', `/api/v1/publishers/${a.id}/conversations`, { as: t.teamEmail }));
    const before = await snapshot(t.pool);
    const mine = `/api/v1/publishers/${a.id}`;
    const tries: [string, string, string, object?][] = [
      ['GET', `${mine}/conversations/${theirs.id}`, a.ownerEmail],
      ['POST', `${mine}/conversations/${theirs.id}/replies`, a.ownerEmail, { body: 'Hello?' }],
      ['POST', `${mine}/conversations/${theirs.id}/replies`, t.teamEmail, { body: 'Hello?' }],
      ['POST', `${mine}/conversations/${theirs.id}/resolve`, t.teamEmail, {}],
      [
        'POST',
        `${mine}/disputes/${theirs.id}/decision`,
        t.teamEmail,
        { outcome: 'upheld', note: 'x', correction: { amountUsdCents: 1, billedOn: today() } },
      ],
    ];
    for (const [method, path, as, body] of tries) {
      const answer = await t.call(method as 'GET' | 'POST', path, { as, ...(body ? { body } : {}) });
      assert.equal(answer.status, 404, `${method} ${path} as ${as}: ${JSON.stringify(answer.body)}`);
    }
    // Another publisher's line, by its source and id; or a line id of another publisher under one's own source.
    for (const lineId of [`b-${b.id}`, `shared-${a.id}`]) {
      const answer = await t.call('POST', `${mine}/disputes`, {
        as: a.ownerEmail,
        body: { subject: 'line', source: 'mp', lineId, note: 'Not our line at all.' },
      });
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      assert.equal(answer.body.errors[0].code, 'unknown-line');
    }
    const smuggled = await t.call('POST', `${mine}/disputes`, {
      as: a.ownerEmail,
      body: { subject: 'tier', note: 'The figure is wrong.', publisherId: b.id },
    });
    assert.equal(smuggled.status, 422);
    assert.equal(await snapshot(t.pool), before, 'refused requests change nothing');
    const list = await ok(t.call('GET', `${mine}/conversations`, { as: a.ownerEmail }));
    assert.deepEqual(list.items, []);
  });

  it('[REWARDS TEAM] two decisions at once: one decision, one correction line, the figure moved by exactly it', async () => {
    const { p, lineId, id } = await disputedLine(1_234_56);
    const before = (await summary(p)).ttmUsdCents;
    const body = {
      outcome: 'upheld',
      note: 'The refund was missed.',
      correction: { amountUsdCents: -234_57, billedOn: today() },
    };
    const answers = await Promise.all([decide(p, id, body), decide(p, id, body)]);
    assert.deepEqual(
      answers.map((a) => a.status).sort(),
      [200, 409],
      JSON.stringify(answers.map((a) => a.body)),
    );
    const corrections = await manualLines(p.id);
    assert.equal(corrections.length, 1, 'one correction line');
    assert.equal(corrections[0]!.usd_cents, -234_57);
    const after = await summary(p);
    assert.equal(after.ttmUsdCents, before - 234_57, 'the figure moves by exactly the correction');
    const { rows } = await t.pool.query(
      `SELECT s.ttm_usd_cents::bigint AS ttm FROM tier_standings s JOIN publishers p ON p.company_id = s.company_id
       WHERE p.id = $1`,
      [p.id],
    );
    assert.equal(Number(rows[0].ttm), before - 234_57, "the tier engine's standing agrees");

    const retry = await snapshot(t.pool);
    const again = await decide(p, id, body);
    assert.equal(again.status, 409);
    assert.equal(await snapshot(t.pool), retry, 'a retried decision changes nothing');

    const view = await ok(
      t.call('GET', `/api/v1/publishers/${p.id}/conversations/${id}`, { as: p.ownerEmail }),
    );
    assert.equal(view.messages.filter((m: { event: string }) => m.event === 'decided').length, 1);
    assert.deepEqual(
      [view.status, view.dispute.outcome, view.dispute.correctionUsdCents, view.dispute.correctionLineId],
      ['resolved', 'upheld', -234_57, corrections[0]!.line_id],
    );
    const lines = await ok(
      t.call('GET', `/api/v1/publishers/${p.id}/billed-sales/lines`, { as: p.ownerEmail }),
    );
    const on = (l: string) => lines.items.find((i: { lineId: string }) => i.lineId === l).dispute;
    assert.deepEqual([on(lineId).role, on(lineId).correctionUsdCents], ['disputed', -234_57]);
    assert.deepEqual([on(corrections[0]!.line_id).role, on(corrections[0]!.line_id).id], ['correction', id]);
    assert.equal((await mailTo(p.ownerEmail, 'dispute-decided')).length, 1, 'told once');
  });

  it('[REWARDS TEAM] a decided dispute the publisher answers is resolved, never decided twice', async () => {
    const { p, lineId, id } = await disputedLine();
    const correction = { amountUsdCents: -100_00, billedOn: today() };
    await ok(decide(p, id, { outcome: 'upheld', note: 'Agreed.', correction }));
    const disputeTask = async () =>
      (
        await ok(
          t.call('GET', `/api/v1/tasks?publisherId=${p.id}&kind=dispute&status=open&status=done`, {
            as: t.teamEmail,
          }),
        )
      ).items[0];
    const decidedTask = await disputeTask();
    assert.deepEqual(
      [decidedTask.status, decidedTask.answerAfterDecision, decidedTask.subject],
      ['done', false, 'Decide a dispute of billed sales'],
      'the decision closed the task, which keeps its subject',
    );
    const thread = `/api/v1/publishers/${p.id}/conversations/${id}`;
    t.clock.advanceDays(1);
    const answered = await ok(
      t.call('POST', `${thread}/replies`, {
        as: p.ownerEmail,
        body: { body: 'The refund was 200, not 100.' },
      }),
      201,
    );
    assert.equal(answered.status, 'waiting-on-team');
    const task = await disputeTask();
    assert.deepEqual(
      [task.status, task.answerAfterDecision, task.subject],
      ['open', true, 'Answer the publisher about a decided dispute of billed sales'],
      'the task asks for an answer, not a second decision',
    );
    const before = await snapshot(t.pool);
    const twice = await decide(p, id, { outcome: 'upheld', note: 'Another 100.', correction });
    assert.equal(twice.status, 409, JSON.stringify(twice.body));
    assert.equal(twice.body.type, '/problems/dispute-decided');
    assert.equal(await snapshot(t.pool), before, 'no second decision, no second line');
    assert.equal((await manualLines(p.id)).length, 1);

    await ok(
      t.call('POST', `${thread}/replies`, { as: t.teamEmail, body: { body: 'Add a new dispute for it.' } }),
      201,
    );
    const resolved = await ok(t.call('POST', `${thread}/resolve`, { as: t.teamEmail, body: {} }));
    assert.deepEqual([resolved.status, resolved.dispute.outcome], ['resolved', 'upheld']);
    const { rows } = await t.pool.query(`SELECT status FROM disputes WHERE id = $1`, [id]);
    assert.equal(rows[0].status, 'closed', 'no longer open: it counts toward no limit');
    await ok(
      t.call('POST', `/api/v1/publishers/${p.id}/disputes`, {
        as: p.ownerEmail,
        body: { subject: 'line', source: 'mp', lineId, note: 'The other half of the refund.' },
      }),
      201,
    );
  });

  it('[REWARDS TEAM] cannot close an undecided dispute by completing its task', async () => {
    const { p, id } = await disputedLine();
    const thread = `/api/v1/publishers/${p.id}/conversations/${id}`;
    const view = await ok(
      t.call('POST', `${thread}/replies`, { as: t.teamEmail, body: { body: 'Looking into it.' } }),
      201,
    );
    const before = await snapshot(t.pool);
    const complete = await t.call('POST', `/api/v1/tasks/${view.taskId}/complete`, { as: t.teamEmail });
    assert.equal(complete.status, 409, JSON.stringify(complete.body));
    assert.equal(complete.body.type, '/problems/dispute-needs-decision');
    assert.equal(await snapshot(t.pool), before);
  });

  it('[REWARDS TEAM] two replies at once are both kept and both mailed; a reply and a resolve at once end resolved', async () => {
    const p = await makePublisher(t);
    const base = `/api/v1/publishers/${p.id}`;
    const ticket = await ok(
      t.call('POST', `${base}/support-tickets`, {
        as: p.ownerEmail,
        body: { subject: 'Two answers', description: 'Who answers first wins?' },
      }),
      201,
    );
    const thread = `${base}/conversations/${ticket.id}`;
    await ok(t.call('GET', thread, { as: t.adminEmail }));
    const answers = await Promise.all([
      t.call('POST', `${thread}/replies`, { as: t.teamEmail, body: { body: 'First answer.' } }),
      t.call('POST', `${thread}/replies`, { as: t.adminEmail, body: { body: 'Second answer.' } }),
    ]);
    assert.deepEqual(
      answers.map((a) => a.status),
      [201, 201],
    );
    let view = await ok(t.call('GET', thread, { as: p.ownerEmail }));
    assert.deepEqual(
      view.messages.map((m: { event: string }) => m.event),
      ['opened', 'reply', 'reply'],
    );
    assert.equal(view.status, 'waiting-on-publisher');
    const mails = await outboxTo(p.ownerEmail);
    assert.deepEqual(
      ['First answer.', 'Second answer.'].map((said) => mails.filter((m) => m.text.includes(said)).length),
      [1, 1],
      'each reply reaches the publisher',
    );

    t.clock.advanceDays(1);
    await ok(t.call('POST', `${thread}/replies`, { as: p.ownerEmail, body: { body: 'Which one?' } }), 201);
    const [replied, resolved] = await Promise.all([
      t.call('POST', `${thread}/replies`, { as: t.teamEmail, body: { body: 'The first.' } }),
      t.call('POST', `${thread}/resolve`, { as: t.adminEmail, body: { note: 'Answered.' } }),
    ]);
    assert.deepEqual([replied.status, resolved.status], [201, 200]);
    view = await ok(t.call('GET', thread, { as: p.ownerEmail }));
    assert.equal(view.status, 'resolved');
    assert.equal(view.messages.length, 6);
    assert.equal((await mailTo(p.ownerEmail, 'conversation-resolved')).length, 1);
  });

  it('[PUBLISHER] the clock: nagging keeps the due date, a reply after an answer gives a new week, reopening too', async () => {
    const p = await makePublisher(t);
    const base = `/api/v1/publishers/${p.id}`;
    const ticket = await ok(
      t.call('POST', `${base}/support-tickets`, {
        as: p.ownerEmail,
        body: { subject: 'The clock', description: 'When will someone answer?' },
      }),
      201,
    );
    const thread = `${base}/conversations/${ticket.id}`;
    const week = (from: Date) => new Date(from.getTime() + 7 * 86_400_000).toISOString();
    const due = week(t.clock.now());
    const task = async () =>
      (
        await t.pool.query(`SELECT warned_at, escalated_at FROM tasks WHERE support_ticket_id = $1`, [
          ticket.id,
        ])
      ).rows[0];
    const say = (as: string, body: string) =>
      ok(t.call('POST', `${thread}/replies`, { as, body: { body } }), 201);

    t.clock.advanceDays(3);
    let view = await say(p.ownerEmail, 'Any news?');
    assert.deepEqual([view.status, view.dueAt], ['waiting-on-team', due], 'asking again moves no deadline');
    t.clock.advanceDays(5);
    await sweep();
    assert.ok((await task()).escalated_at, 'late: escalated');
    view = await say(t.teamEmail, 'Sorry for the wait.');
    assert.deepEqual([view.status, view.clock], ['waiting-on-publisher', 'missed']);
    t.clock.advanceDays(10);
    await sweep();
    view = await ok(t.call('GET', thread, { as: p.ownerEmail }));
    assert.deepEqual(
      [view.status, view.clock],
      ['waiting-on-publisher', 'missed'],
      'answered: the clock stopped',
    );

    view = await say(p.ownerEmail, 'Thanks, one more thing.');
    assert.deepEqual(
      [view.status, view.clock, view.dueAt],
      ['waiting-on-team', 'on-track', week(t.clock.now())],
    );
    assert.deepEqual(await task(), { warned_at: null, escalated_at: null }, 'a new week starts unwarned');
    await say(t.teamEmail, 'Done.');
    view = await ok(t.call('POST', `${thread}/resolve`, { as: t.teamEmail, body: {} }));
    assert.equal(view.status, 'resolved');
    view = await say(t.teamEmail, 'P.S. a link for you.');
    assert.equal(view.status, 'resolved', "the team's own note does not reopen it");
    t.clock.advanceDays(2);
    view = await say(p.ownerEmail, 'It broke again.');
    assert.deepEqual(
      [view.status, view.clock, view.dueAt],
      ['waiting-on-team', 'on-track', week(t.clock.now())],
    );
    assert.deepEqual(
      view.messages.slice(-2).map((m: { event: string }) => m.event),
      ['reopened', 'reply'],
    );
    const tickets = await ok(t.call('GET', `${base}/support-tickets`, { as: p.ownerEmail }));
    assert.notEqual(tickets.items[0].status, 'closed');
  });

  it('[PUBLISHER] writes 4000 characters in any script, markup included: kept as written, mailed as text', async () => {
    const p = await makePublisher(t);
    const base = `/api/v1/publishers/${p.id}`;
    const ticket = await ok(
      t.call('POST', `${base}/support-tickets`, {
        as: p.ownerEmail,
        body: { subject: '<b>Bold</b> & "quoted"', description: 'A subject with markup in it.' },
      }),
      201,
    );
    const thread = `${base}/conversations/${ticket.id}`;
    const odd =
      '<script>alert(1)</script><img src=x onerror="alert(2)"> مرحبا بالعالم שלום \u202Egnp.exe 𝒳👍🏽 中文 ';
    const chars = [...odd];
    const full = Array.from({ length: 4000 }, (_, i) => chars[i % chars.length]).join('');
    assert.equal([...full].length, 4000);
    const before = await snapshot(t.pool);
    for (const body of [full + 'x', 'a\u0000b']) {
      const refused = await t.call('POST', `${thread}/replies`, { as: p.ownerEmail, body: { body } });
      assert.equal(refused.status, 422, JSON.stringify(refused.body));
    }
    const blank = await t.call('POST', `${base}/disputes`, {
      as: p.ownerEmail,
      body: { subject: 'tier', note: ' \n\t'.repeat(5) },
    });
    assert.equal(blank.status, 422, `a blank dispute: ${JSON.stringify(blank.body)}`);
    assert.equal(await snapshot(t.pool), before);
    const view = await ok(
      t.call('POST', `${thread}/replies`, { as: p.ownerEmail, body: { body: full } }),
      201,
    );
    assert.equal(view.messages.at(-1).body, full, 'kept as written');
    await ok(t.call('POST', `${thread}/replies`, { as: t.teamEmail, body: { body: odd } }), 201);
    const [mail] = await outboxTo(p.ownerEmail);
    assert.ok(mail!.text.includes(odd), 'the text part has it as written');
    for (const markup of ['<script', '<img', '<b>', 'onerror="'])
      assert.ok(!mail!.html.includes(markup), `no ${markup} markup in the HTML`);
    assert.ok(mail!.html.includes('&#60;script&#62;alert(1)&#60;/script&#62;'), 'shown as text');
    const toTeam = await outboxTo(t.teamEmail);
    assert.ok(toTeam.some((m) => m.text.includes(full)));
    assert.ok(toTeam.every((m) => !m.html.includes('<script')));
    const dispute = await t.call('POST', `${base}/disputes`, {
      as: p.ownerEmail,
      body: { subject: 'tier', note: full },
    });
    assert.equal(dispute.status, 201, JSON.stringify(dispute.body));
  });

  it('[MEMBER] mail reaches the other side in its language, never the writer, never a deactivated opener', async () => {
    const p = await makePublisher(t);
    const base = `/api/v1/publishers/${p.id}`;
    const tag = p.id.slice(0, 8);
    const member = await addUser(t, p, {
      email: `m-${tag}@x.example`,
      displayName: 'Min',
      role: 'publisher-member',
    });
    const owner2 = await addUser(t, p, {
      email: `o2-${tag}@x.example`,
      displayName: 'Olu',
      role: 'publisher-owner',
    });
    const dispute = await ok(
      t.call('POST', `${base}/disputes`, {
        as: p.ownerEmail,
        body: { subject: 'tier', note: 'Our May sales are missing.', language: 'zh-TW' },
      }),
      201,
    );
    const thread = `${base}/conversations/${dispute.id}`;
    const say = (as: string, body: string, language?: string) =>
      ok(t.call('POST', `${thread}/replies`, { as, body: { body, ...(language ? { language } : {}) } }), 201);
    const count = async (email: string, kind?: string) => (await outboxTo(email, kind)).length;
    // The team's addresses are shared by every case of this file: count what this case adds.
    const [teamBefore, decidedBefore] = [
      await count(t.teamEmail),
      await count(t.teamEmail, 'dispute-decided'),
    ];

    await say(member.email, '5월 매출이 빠졌습니다.', 'ko');
    const team = (await outboxTo(t.teamEmail)).slice(teamBefore);
    assert.equal(team.length, 1, 'nobody of the team on it yet: the whole team hears');
    assert.equal(team[0]!.language, 'en');
    assert.equal(await count(p.ownerEmail), 0, 'the publisher side is not told of its own reply');

    await say(t.teamEmail, 'We are checking May.');
    assert.equal(await count(t.teamEmail), teamBefore + 1, 'the writer gets nothing back');
    assert.deepEqual(
      [(await outboxTo(p.ownerEmail))[0]?.language, (await outboxTo(member.email))[0]?.language],
      ['zh-TW', 'ko'],
    );
    assert.equal(await count(owner2.email), 0, 'not on the thread');
    await say(t.adminEmail, 'Adding the program admin.');
    assert.equal(await count(t.teamEmail), teamBefore + 1, "a team member is not told of the team's replies");

    await ok(t.call('POST', `${base}/users/${p.ownerId}/deactivate`, { as: owner2.email }), 200);
    await say(t.teamEmail, 'May is fixed.');
    assert.equal(await count(p.ownerEmail), 2, 'the deactivated opener gets nothing more');
    assert.equal(await count(member.email), 3);

    await ok(decide(p, dispute.id, { outcome: 'rejected', note: 'May was counted in June.' }));
    assert.equal(await count(p.ownerEmail, 'dispute-decided'), 0);
    const decided = await outboxTo(member.email, 'dispute-decided');
    assert.equal(decided[0]?.language, 'ko');
    assert.equal(await count(t.teamEmail, 'dispute-decided'), decidedBefore);
    const outbox = await ok(t.call('GET', `${base}/notifications`, { as: member.email }));
    assert.ok(
      !JSON.stringify(outbox).includes(t.teamEmail),
      "the team's mail is not in the publisher's outbox",
    );
  });

  it('[PUBLISHER] has at most 25 disputes open; the same line disputed twice at once opens one', async () => {
    const p = await makePublisher(t);
    const ids = Array.from({ length: 26 }, (_, i) => `l${i}-${p.id}`);
    await send(ids.map((id) => line(p, id, { amountMinor: 100 })));
    const open = (lineId: string) =>
      t.call('POST', `/api/v1/publishers/${p.id}/disputes`, {
        as: p.ownerEmail,
        body: { subject: 'line', source: 'mp', lineId, note: 'This line is wrong.' },
      });
    const twice = await Promise.all([open(ids[0]!), open(ids[0]!)]);
    assert.deepEqual(twice.map((a) => a.status).sort(), [201, 409]);
    assert.equal(twice.find((a) => a.status === 409)!.body.type, '/problems/already-disputed');
    for (const id of ids.slice(1, 24)) await ok(open(id), 201);
    await ok(
      t.call('POST', `/api/v1/publishers/${p.id}/disputes`, {
        as: p.ownerEmail,
        body: { subject: 'tier', note: 'And the figure as a whole.' },
      }),
      201,
    );
    const before = await snapshot(t.pool);
    const refused = await open(ids[24]!);
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(refused.body.type, '/problems/too-many-open');
    assert.equal(await snapshot(t.pool), before, 'the 26th changes nothing');
    // A decision makes room.
    const first = twice.find((a) => a.status === 201)!.body;
    await ok(decide(p, first.id, { outcome: 'rejected', note: 'The line is right.' }));
    await ok(open(ids[24]!), 201);
  });

  it('[PUBLISHER] disputes a cancellation line and a correction line; each decision shows on its own line', async () => {
    const p = await makePublisher(t);
    const [charge, cancel] = [`c-${p.id}`, `x-${p.id}`];
    await send([line(p, charge, { amountMinor: 500_00 })]);
    await send([line(p, cancel, { kind: 'cancellation', amountMinor: -500_00, reversesLineId: charge })]);
    const base = `/api/v1/publishers/${p.id}`;
    const open = (source: string, lineId: string) =>
      ok(
        t.call('POST', `${base}/disputes`, {
          as: p.ownerEmail,
          body: { subject: 'line', source, lineId, note: 'This cancellation never happened.' },
        }),
        201,
      );
    const first = await open('mp', cancel);
    assert.deepEqual([first.dispute.line.kind, first.dispute.line.lineId], ['cancellation', cancel]);
    assert.equal((await summary(p)).ttmUsdCents, 0);
    const future = await decide(p, first.id, {
      outcome: 'upheld',
      note: 'Restored.',
      correction: { amountUsdCents: 500_00, billedOn: '2026-12-31' },
    });
    assert.equal(future.status, 422);
    assert.deepEqual(
      future.body.errors.map((e: { pointer: string }) => e.pointer),
      ['/body/correction/billedOn'],
      'the error names the field the form has',
    );
    const decided = await ok(
      decide(p, first.id, {
        outcome: 'upheld',
        note: 'Restored.',
        correction: { amountUsdCents: 500_00, billedOn: today() },
      }),
    );
    const correction = decided.dispute.correctionLineId;
    assert.equal((await summary(p)).ttmUsdCents, 500_00, 'counted once');
    const second = await open('manual', correction);
    assert.deepEqual([second.dispute.line.kind, second.dispute.line.usdCents], ['charge', 500_00]);
    await ok(decide(p, second.id, { outcome: 'rejected', note: 'The correction is right.' }));
    assert.equal((await manualLines(p.id)).length, 1, 'a rejection writes no line');
    const lines = await ok(t.call('GET', `${base}/billed-sales/lines`, { as: p.ownerEmail }));
    const on = (l: string) => lines.items.find((i: { lineId: string }) => i.lineId === l).dispute;
    assert.deepEqual([on(cancel).id, on(cancel).outcome], [first.id, 'upheld']);
    assert.deepEqual(
      [on(correction).id, on(correction).role, on(correction).outcome],
      [second.id, 'disputed', 'rejected'],
    );
    assert.equal(on(charge), null);
    const explained = await summary(p);
    assert.deepEqual(
      explained.disputes.map((d: { id: string }) => d.id).sort(),
      [first.id, second.id].sort(),
    );
  });

  it('[REWARDS TEAM] cannot date a correction before the twelve months: it would not move the tier figure', async () => {
    const { p, id } = await disputedLine();
    const before = await snapshot(t.pool);
    const ttm = (await summary(p)).ttmUsdCents;
    const window = await t.call('GET', `/api/v1/publishers/${p.id}/billed-sales`, { as: p.ownerEmail });
    for (const billedOn of [window.body.from, '2019-01-01']) {
      const refused = await decide(p, id, {
        outcome: 'upheld',
        note: 'Corrected.',
        correction: { amountUsdCents: 100_00, billedOn },
      });
      assert.equal(refused.status, 422, `${billedOn}: ${JSON.stringify(refused.body)}`);
      assert.deepEqual(
        refused.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]),
        [['/body/correction/billedOn', 'before-window']],
      );
    }
    assert.equal(await snapshot(t.pool), before);
    const firstDay = new Date(`${window.body.from}T00:00:00Z`);
    firstDay.setUTCDate(firstDay.getUTCDate() + 1);
    const billedOn = firstDay.toISOString().slice(0, 10);
    await ok(
      decide(p, id, {
        outcome: 'upheld',
        note: 'Corrected.',
        correction: { amountUsdCents: 100_00, billedOn },
      }),
    );
    assert.equal((await summary(p)).ttmUsdCents, ttm + 100_00, "the window's first day counts");
  });

  it('[PUBLISHER] filters its conversations by whose turn it is before the page is cut', async () => {
    const p = await makePublisher(t);
    const base = `/api/v1/publishers/${p.id}`;
    const open = async (subject: string) =>
      (
        await ok(
          t.call('POST', `${base}/support-tickets`, {
            as: p.ownerEmail,
            body: { subject, description: 'Something to answer.' },
          }),
          201,
        )
      ).id as string;
    const waiting = await open('Still waiting');
    t.clock.advanceDays(1);
    const done = await open('Answered and resolved');
    await ok(t.call('POST', `${base}/conversations/${done}/resolve`, { as: t.teamEmail, body: {} }));
    const page = await ok(
      t.call('GET', `${base}/conversations?status=waiting-on-team&limit=1`, { as: p.ownerEmail }),
    );
    assert.deepEqual(
      page.items.map((i: { id: string }) => i.id),
      [waiting],
    );
    const resolved = await ok(
      t.call('GET', `${base}/conversations?status=resolved&kind=support-ticket`, { as: p.ownerEmail }),
    );
    assert.deepEqual(
      resolved.items.map((i: { id: string }) => i.id),
      [done],
    );
  });

  it('[PUBLISHER] lists one kind of conversation, or two in any order, each with its own facts', async () => {
    const p = await makePublisher(t, { offers: [{ listingOption: 'contact-me' }] });
    const base = `/api/v1/publishers/${p.id}`;
    const opened = {
      'support-ticket': await ok(
        t.call('POST', `${base}/support-tickets`, {
          as: p.ownerEmail,
          body: { subject: 'A question', description: 'Something to answer.' },
        }),
        201,
      ),
      'technical-request': await requestTechnicalHelp(t, p, p.ownerEmail, 'How should we shard tenants?'),
      dispute: await ok(
        t.call('POST', `${base}/disputes`, {
          as: p.ownerEmail,
          body: { subject: 'tier', note: 'The figure.' },
        }),
        201,
      ),
    };
    const kinds = Object.keys(opened) as (keyof typeof opened)[];
    const pairs = kinds.flatMap((a) => kinds.filter((b) => b !== a).map((b) => [a, b]));
    for (const asked of [...kinds.map((k) => [k]), ...pairs]) {
      const query = asked.map((k) => `kind=${k}`).join('&');
      const list = await ok(t.call('GET', `${base}/conversations?${query}`, { as: p.ownerEmail }));
      assert.deepEqual(
        list.items.map((i: { kind: string; id: string }) => [i.kind, i.id]).sort(),
        asked.map((k) => [k, opened[k].id]).sort(),
        query,
      );
      for (const item of list.items) assert.match(item.openedByName, /^Owner /, `${query}: who opened it`);
    }
  });

  it('[PROGRAM ADMIN] opens a dispute for a publisher; its owner hears the decision', async () => {
    const p = await makePublisher(t);
    const base = `/api/v1/publishers/${p.id}`;
    const dispute = await ok(
      t.call('POST', `${base}/disputes`, {
        as: t.adminEmail,
        body: { subject: 'tier', note: 'The partner called: a sale is missing.' },
      }),
      201,
    );
    await ok(
      t.call('POST', `${base}/disputes/${dispute.id}/decision`, {
        as: t.teamEmail,
        body: { outcome: 'rejected', note: 'The sale was cancelled before use.' },
      }),
    );
    assert.equal((await mailTo(p.ownerEmail, 'dispute-decided')).length, 1, 'the owner is told');
  });
});
