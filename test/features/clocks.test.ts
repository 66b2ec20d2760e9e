// The clocks on the rewards team's work (src/features/clocks), driven through the API by the test clock (no
// sleeping): due soon, warned, late, escalated; a welcome window that lapses; work and waiting messages rerouted
// when their person leaves.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addContact, addUser, makePublisher } from '../support/factories.ts';
import { operationsHarness } from '../support/operations.ts';

const { t, sweep, ok, activate, messages } = await operationsHarness('2026-03-02T10:00:00Z');

describe('clocks: driven by the injected clock', () => {
  it('[SYSTEM] warns the assignee once a task is due soon, and program admins once it is late', async () => {
    const pub = await makePublisher(t, { contact: true });
    await activate(pub);
    const [task] = (
      await ok(t.call('GET', `/api/v1/tasks?publisherId=${pub.id}&kind=activation`, { as: t.teamEmail }))
    ).items;
    await ok(t.call('POST', `/api/v1/tasks/${task.id}/claim`, { as: t.teamEmail }));

    await sweep();
    assert.equal((await messages('clock-warning')).length, 0, 'on track: nothing');
    t.clock.advanceDays(5.5);
    const soon = await ok(
      t.call('GET', `/api/v1/tasks?clock=due-soon&publisherId=${pub.id}`, { as: t.teamEmail }),
    );
    assert.deepEqual(
      soon.items.map((x: any) => x.id),
      [task.id],
    );
    assert.equal((await sweep()).warned, 1);
    assert.equal((await sweep()).warned, 0, 'warned once');
    const warnings = await messages('clock-warning');
    assert.deepEqual(
      warnings.map((m) => m.recipient_email),
      [t.teamEmail],
      'the assignee is warned',
    );
    assert.equal(warnings[0]!.publisher_id, null, 'staff messages are not in the publisher outbox');

    t.clock.advanceDays(2);
    const late = await ok(
      t.call('GET', `/api/v1/tasks?clock=late&publisherId=${pub.id}`, { as: t.teamEmail }),
    );
    assert.equal(late.items[0].clock, 'late');
    assert.ok(late.items[0].warnedAt);
    assert.equal((await sweep()).escalated, 1);
    assert.equal((await sweep()).escalated, 0, 'escalated once');
    const escalations = await messages('clock-escalation');
    assert.ok(
      escalations.some((m) => m.recipient_email === t.adminEmail),
      'program admins hear of it',
    );
    const detail = await ok(t.call('GET', `/api/v1/tasks/${task.id}`, { as: t.teamEmail }));
    assert.ok(detail.task.escalatedAt);
  });

  it("[REWARDS TEAM] finds a task's warning and escalation under its publisher in the outbox; its people do not", async () => {
    const pub = await makePublisher(t, { contact: true });
    const other = await makePublisher(t, { contact: true });
    await activate(pub);
    await activate(other);
    t.clock.advanceDays(5.5);
    await sweep();
    t.clock.advanceDays(2);
    assert.ok((await sweep()).escalated >= 2);
    const outbox = async (publisherId: string, q: string) =>
      (
        await ok(
          t.call('GET', `/api/v1/notifications?publisherId=${publisherId}&q=${q}&limit=500`, {
            as: t.teamEmail,
          }),
        )
      ).items as { kind: string; publisherId: string | null; about: { id: string; companyName: string } }[];
    const company = (await ok(t.call('GET', `/api/v1/publishers/${pub.id}`, { as: t.teamEmail })))
      .companyName;
    const escalations = await outbox(pub.id, 'escalation');
    assert.ok(escalations.length >= 1, 'the escalation is under its publisher');
    for (const m of escalations) {
      assert.equal(m.kind, 'clock-escalation');
      assert.deepEqual(m.about, { id: pub.id, companyName: company });
      assert.equal(m.publisherId, null, "not in the publisher's own outbox");
    }
    const warnings = await outbox(pub.id, 'clock-warning');
    assert.ok(warnings.length >= 1, 'so is the warning');
    const others = await outbox(other.id, 'escalation');
    assert.ok(others.length >= 1);
    assert.ok(
      others.every((m) => m.about.id === other.id),
      "another publisher's filter shows its own",
    );
    // The publisher's people read their outbox; staff messages about them are not in it.
    const theirs = await ok(
      t.call('GET', `/api/v1/publishers/${pub.id}/notifications`, { as: pub.ownerEmail }),
    );
    assert.ok(theirs.items.length > 0);
    assert.ok(theirs.items.every((m: { kind: string }) => !m.kind.startsWith('clock-')));
  });

  it('[SYSTEM] puts the tasks of a team member who leaves back in the queue, unassigned', async () => {
    const pub = await makePublisher(t, { contact: true });
    await activate(pub);
    const [task] = (
      await ok(t.call('GET', `/api/v1/tasks?publisherId=${pub.id}&kind=activation`, { as: t.teamEmail }))
    ).items;
    await ok(t.call('POST', `/api/v1/tasks/${task.id}/claim`, { as: t.teamEmail }));
    const staff = await ok(t.call('GET', '/api/v1/staff', { as: t.adminEmail }));
    const me = staff.items.find((s: any) => s.email === t.teamEmail);
    try {
      await ok(t.call('POST', `/api/v1/staff/${me.id}/deactivate`, { as: t.adminEmail }));
      const back = await ok(
        t.call('GET', `/api/v1/tasks?assignee=unassigned&kind=activation&publisherId=${pub.id}`, {
          as: t.adminEmail,
        }),
      );
      assert.deepEqual(
        back.items.map((x: any) => x.id),
        [task.id],
      );
    } finally {
      // Back to work for the cases after this one.
      await t.pool.query('UPDATE users SET active = true WHERE id = $1', [me.id]);
      t.forget(t.teamEmail);
    }
  });

  it("[SYSTEM] reroutes an offer to the publisher's owner when its owner leaves, and tells them when its welcome lapses (S11)", async () => {
    const pub = await makePublisher(t, {
      offers: [{ listingOption: 'transact', markets: ['US'], live: false }],
    });
    const base = `/api/v1/publishers/${pub.id}`;
    const owner = await addUser(t, pub, {
      email: `offer-owner-${pub.id.slice(0, 6)}@x.example`,
      displayName: 'Offer Owner',
    });
    await ok(
      t.call('PATCH', `${base}/offers/${pub.offerIds[0]}`, {
        as: pub.ownerEmail,
        body: { ownerUserId: owner.id },
      }),
    );
    await ok(
      t.call('POST', `${base}/offers/${pub.offerIds[0]}/status`, {
        as: t.adminEmail,
        body: { status: 'live' },
      }),
    );
    const liveMessages = (await messages('offer-live')).filter((m) => m.publisher_id === pub.id);
    assert.deepEqual(
      liveMessages.map((m) => m.recipient_email),
      [owner.email],
      'the owner got the go-live message (S11)',
    );
    // The owner leaves before anyone called: the offer and their waiting messages go to the publisher's owner.
    await ok(t.call('POST', `${base}/users/${owner.id}/deactivate`, { as: pub.ownerEmail }));
    const offer = await ok(t.call('GET', `${base}/offers/${pub.offerIds[0]}`, { as: pub.ownerEmail }));
    assert.equal(offer.ownerUserId ?? offer.owner?.id, pub.ownerId);
    const rerouted = (await messages('work-rerouted')).filter((m) => m.publisher_id === pub.id);
    assert.deepEqual(
      rerouted.map((m) => m.recipient_email),
      [pub.ownerEmail],
    );
    const copies = (await messages('offer-live')).filter((m) => m.publisher_id === pub.id);
    assert.deepEqual(
      copies.map((m) => [m.recipient_email, m.status]).sort((a, b) => a[1]!.localeCompare(b[1]!)),
      [
        [owner.email, 'cancelled'],
        [pub.ownerEmail, 'queued'],
      ],
    );

    t.clock.advanceDays(29);
    const result = await sweep();
    assert.ok(result.welcomesLapsed >= 1);
    const lapsed = (await messages('welcome-lapsed')).filter((m) => m.publisher_id === pub.id);
    assert.deepEqual(
      lapsed.map((m) => m.recipient_email),
      [pub.ownerEmail],
    );
    const welcome = await ok(
      t.call('GET', `/api/v1/tasks?kind=welcome&publisherId=${pub.id}`, { as: t.adminEmail }),
    );
    assert.equal(welcome.items[0].clock, 'late');
    assert.ok(welcome.items[0].escalatedAt);
  });
});

describe('clocks: rerouting a marketing contact who leaves', () => {
  it("[SYSTEM] sends the messages still waiting for a marketing contact who left to the publisher's owners", async () => {
    const pub = await makePublisher(t);
    const base = `/api/v1/publishers/${pub.id}`;
    const marketer = await addUser(t, pub, {
      email: `marketer-${pub.id.slice(0, 6)}@x.example`,
      displayName: 'Marketer',
    });
    await addContact(t, pub, {
      userId: marketer.id,
      email: `mkt-${pub.id.slice(0, 6)}@x.example`,
      language: 'zh-TW',
    });
    await activate(pub);
    const before = (await messages('activation-received')).filter((m) => m.publisher_id === pub.id);
    assert.deepEqual(
      before.map((m) => m.recipient_email),
      [`mkt-${pub.id.slice(0, 6)}@x.example`],
    );
    await ok(t.call('POST', `${base}/users/${marketer.id}/deactivate`, { as: pub.ownerEmail }));
    const afterwards = (await messages('activation-received')).filter((m) => m.publisher_id === pub.id);
    assert.deepEqual(
      afterwards.map((m) => [m.recipient_email, m.status]).sort((a, b) => a[1]!.localeCompare(b[1]!)),
      [
        [`mkt-${pub.id.slice(0, 6)}@x.example`, 'cancelled'],
        [pub.ownerEmail, 'queued'],
      ],
    );
    // The sweep finds nothing more to reroute: it was done in the deactivation's transaction.
    assert.equal((await sweep()).rerouted, 0);
  });
});

describe('clocks: rerouting when another contact already has the message', () => {
  it('[SYSTEM] rerouting sends no recipient a second copy of the same event', async () => {
    const pub = await makePublisher(t);
    const base = `/api/v1/publishers/${pub.id}`;
    const ids: string[] = [];
    for (const who of ['a', 'b']) {
      const user = await addUser(t, pub, {
        email: `${who}-${pub.id.slice(0, 6)}@x.example`,
        displayName: who,
      });
      ids.push(user.id);
      await addContact(t, pub, { userId: user.id, email: `MKT-${who}-${pub.id.slice(0, 6)}@x.example` });
    }
    await activate(pub);
    await ok(t.call('POST', `${base}/users/${ids[0]}/deactivate`, { as: pub.ownerEmail }));
    const { rows } = await t.pool.query<{ kind: string; to: string; n: number }>(
      `SELECT kind, lower(recipient_email) AS to, count(*)::int AS n FROM notifications
       WHERE publisher_id = $1 AND status <> 'cancelled' GROUP BY 1, 2 ORDER BY 1, 2`,
      [pub.id],
    );
    assert.deepEqual(
      rows.filter((r) => r.kind === 'activation-received'),
      [{ kind: 'activation-received', to: `mkt-b-${pub.id.slice(0, 6)}@x.example`, n: 1 }],
    );
    assert.deepEqual(
      rows.filter((r) => r.n > 1),
      [],
      'one message per event and recipient',
    );
  });
});
