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
});
