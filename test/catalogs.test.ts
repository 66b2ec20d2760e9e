// Every code the service can answer with has words in every portal language: a new problem type, reason, clock
// state, message status or dashboard bucket without a catalog entry fails here, instead of reaching a zh-TW user in
// English. (The catalogs themselves have the same keys: the typecheck sees to that.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLOCK_STATES } from '../src/domain/clocks.ts';
import { REASON_CODES } from '../src/domain/facts.ts';
import { AGE_BUCKETS } from '../src/features/dashboards/dashboards.queries.ts';
import { NOTIFICATION_STATUSES } from '../src/features/notifications/notifications.schema.ts';
import { PROBLEMS } from '../src/platform/problems.ts';
import { en } from '../web/src/i18n/en.ts';
import { zhTW } from '../web/src/i18n/zh-TW.ts';

describe('[PORTAL] message catalogs', () => {
  const needed = [
    ...Object.keys(PROBLEMS).map((code) => `problem.${code}`),
    ...REASON_CODES.map((code) => `reason.${code}`),
    ...CLOCK_STATES.map((state) => `clock.${state}`),
    ...NOTIFICATION_STATUSES.map((status) => `outbox.${status}`),
    ...AGE_BUCKETS.map((bucket) => `age.${bucket}`),
  ];

  it('know every code the service answers with', () => {
    for (const [name, catalog] of [
      ['en', en],
      ['zh-TW', zhTW],
    ] as const) {
      const missing = needed.filter((key) => !(key in catalog));
      assert.deepEqual(missing, [], `keys missing from the ${name} catalog`);
    }
  });
});
