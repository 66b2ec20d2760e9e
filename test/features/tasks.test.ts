// The rewards team's queue (src/features/tasks): claiming, assigning, logging contacts, completing and cancelling
// tasks, and the queue as CSV, through the API with the test clock.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makePublisher } from '../support/factories.ts';
import { operationsHarness } from '../support/operations.ts';

const { t, ok, activate } = await operationsHarness('2026-03-02T10:00:00Z');

/** A publisher with a marketing contact that asked for market research, and the rewards team's task for it. */
async function activationTask() {
  const pub = await makePublisher(t, { contact: true });
  await activate(pub);
  const [task] = (
    await ok(t.call('GET', `/api/v1/tasks?publisherId=${pub.id}&kind=activation`, { as: t.teamEmail }))
  ).items;
  return { pub, task };
}

describe('tasks', () => {
  it('[REWARDS TEAM] claims a task and finds it among their own; another person cannot claim it too', async () => {
    const { task } = await activationTask();
    await ok(t.call('POST', `/api/v1/tasks/${task.id}/claim`, { as: t.teamEmail }));
    const mine = await ok(t.call('GET', '/api/v1/tasks?assignee=me', { as: t.teamEmail }));
    assert.ok(mine.items.some((x: any) => x.id === task.id));
    // Claimed is claimed: a second person's claim is refused (assigning it over is a deliberate act).
    const second = await t.call('POST', `/api/v1/tasks/${task.id}/claim`, { as: t.adminEmail });
    assert.equal(second.status, 409);
    assert.equal(second.body.type, '/problems/task-claimed');
    await ok(t.call('POST', `/api/v1/tasks/${task.id}/claim`, { as: t.teamEmail }), 200);
  });

  it('[REWARDS TEAM] logs a contact after the due time: the promise was missed, and the clock stops', async () => {
    const { task } = await activationTask();
    t.clock.advanceDays(7.5);
    await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/contacts`, {
        as: t.adminEmail,
        body: { channel: 'email', note: 'Sorry.' },
      }),
      201,
    );
    const missed = await ok(t.call('GET', `/api/v1/tasks/${task.id}`, { as: t.adminEmail }));
    assert.equal(missed.task.clock, 'missed');
    assert.equal(missed.contacts.length, 1);
  });

  it("[PROGRAM ADMIN] assigns a task to a member of staff, never to a publisher's user", async () => {
    const { pub, task } = await activationTask();
    const staff = await ok(t.call('GET', '/api/v1/staff', { as: t.adminEmail }));
    const admin = staff.items.find((s: any) => s.email === t.adminEmail);
    const assigned = await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/assign`, { as: t.adminEmail, body: { assigneeId: admin.id } }),
    );
    assert.equal(assigned.assigneeId, admin.id);
    await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/assign`, {
        as: t.adminEmail,
        body: { assigneeId: pub.ownerId },
      }),
      422,
    );
  });

  it('[PROGRAM ADMIN] cancels a task with a reason, once, and its activation is cancelled', async () => {
    const { pub, task } = await activationTask();
    const cancelled = await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/cancel`, {
        as: t.adminEmail,
        body: { reason: 'Asked twice by mistake.' },
      }),
    );
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.cancelReason, 'Asked twice by mistake.');
    await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/cancel`, { as: t.adminEmail, body: { reason: 'x' } }),
      409,
    );
    const activation = await ok(
      t.call('GET', `/api/v1/publishers/${pub.id}/activations/${task.activationId}`, { as: pub.ownerEmail }),
    );
    assert.equal(activation.status, 'cancelled');
  });

  it("[REWARDS TEAM] cancels a sponsorship's task: its grant closes, and it can be activated again", async () => {
    const pub = await makePublisher(t, { salesUsd: 600, contact: true });
    const base = `/api/v1/publishers/${pub.id}`;
    const activateSponsorship = () =>
      t.call('POST', `${base}/activations`, {
        as: pub.ownerEmail,
        body: { benefitId: 'deployment-sponsorship' },
      });
    await ok(activateSponsorship(), 201);
    const [task] = (
      await ok(t.call('GET', `/api/v1/tasks?publisherId=${pub.id}&kind=activation`, { as: t.teamEmail }))
    ).items;
    await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/cancel`, {
        as: t.teamEmail,
        body: { reason: 'Asked for by mistake.' },
      }),
    );
    const grants = async () =>
      (await ok(t.call('GET', `${base}/sponsorships`, { as: pub.ownerEmail }))).items;
    const [closed] = await grants();
    assert.deepEqual([closed.state, closed.spentNote], ['spent', 'Asked for by mistake.']);
    const again = await activateSponsorship();
    assert.equal(again.status, 201, JSON.stringify(again.body));
    assert.deepEqual((await grants()).map((g: any) => g.state).sort(), ['active', 'spent']);
  });

  it('[PROGRAM ADMIN] exports the queue as CSV that a spreadsheet will not run', async () => {
    const { pub, task } = await activationTask();
    await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/contacts`, {
        as: t.adminEmail,
        body: { channel: 'phone', note: 'Hi' },
      }),
      201,
    );
    // A company name that a spreadsheet would run as a formula.
    await t.pool.query(`UPDATE publishers SET company_name = $2 WHERE id = $1`, [
      pub.id,
      '=HYPERLINK("http://evil")',
    ]);
    const csv = await t.call('GET', `/api/v1/tasks/export?publisherId=${pub.id}&status=contacted`, {
      as: t.adminEmail,
    });
    assert.equal(csv.status, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const lines = String(csv.body).trim().split('\r\n');
    assert.equal(
      lines[0],
      '"id","publisherId","companyName","mpnId","kind","status","subject","clock","dueAt","contactedAt","assigneeName","createdAt","warnedAt","escalatedAt","cancelReason"',
    );
    assert.ok(lines[1]!.includes(`"'=HYPERLINK(""http://evil"")"`), lines[1]);
  });

  it('[PROGRAM ADMIN] exports cells quoted, so a spreadsheet splitting on semicolons runs no formula', async () => {
    const { pub } = await activationTask();
    await t.pool.query(`UPDATE publishers SET company_name = $2 WHERE id = $1`, [pub.id, 'Contoso;=2+5']);
    const csv = await t.call('GET', `/api/v1/tasks/export?publisherId=${pub.id}`, { as: t.adminEmail });
    assert.equal(csv.status, 200);
    const lines = String(csv.body).trim().split('\r\n');
    // Every cell quoted: a separator inside a cell (a comma or a semicolon) never starts a new one.
    for (const line of lines) assert.match(line, /^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/, line);
    assert.ok(lines[1]!.includes(',"Contoso;=2+5",'), lines[1]);
  });

  it('[REWARDS TEAM] cannot log a contact on a task it completed', async () => {
    const { task } = await activationTask();
    await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/contacts`, {
        as: t.teamEmail,
        body: { channel: 'phone', note: 'Walked through the review.' },
      }),
      201,
    );
    assert.equal(
      (await t.call('POST', `/api/v1/tasks/${task.id}/complete`, { as: t.teamEmail })).status,
      200,
    );
    assert.equal(
      (
        await t.call('POST', `/api/v1/tasks/${task.id}/contacts`, {
          as: t.teamEmail,
          body: { channel: 'email', note: 'late' },
        })
      ).status,
      409,
    );
  });
});
