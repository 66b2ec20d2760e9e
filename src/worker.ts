// The job workers: notification and webhook delivery, the clocks' sweep, applying tier changes, the day totals of
// the billed-sales pages and the daily retention pass (personal data kept no longer than the settings say). They
// run inside the service process (RUN_WORKERS, the default) or as `marketplace-rewards worker` processes; any
// number at once.
import type pg from 'pg';
import { sweepClocks } from './features/clocks/clocks.service.ts';
import { DAY_TOTALS_JOB, sumDayTotals } from './usecases/day-totals.ts';
import { DELIVER_JOB } from './usecases/outbox.ts';
import { DELIVER_WEBHOOK_JOB, type DeliveryJob } from './usecases/webhooks/emit.ts';
import {
  deliverWebhook,
  recoverWebhookDeliveries,
  type WebhookSettings,
} from './features/webhooks/webhooks.delivery.ts';
import {
  deliverNotification,
  recoverDeliveries,
  type DeliverySettings,
} from './features/notifications/notifications.service.ts';
import type { ProgramVersions } from './domain/program.ts';
import { applyAllTierChanges } from './features/tiers/tiers.service.ts';
import { applyRetention, type RetentionSettings } from './features/personal-data/retention.service.ts';
import type { Config } from './platform/config.ts';
import { inRetriedTransaction, inTransaction } from './platform/db/pool.ts';
import { startJobRunner, type JobLog, type RunnerState, type TaskList } from './platform/jobs.ts';
import { smtpMailer } from './platform/mail.ts';
import type { Clock } from './platform/clock.ts';

/** A message queued but not picked up this long (its job held by a dead worker) gets a new job. */
const RECOVERY_GRACE_SECONDS = 120;

export interface JobDeps {
  pool: pg.Pool;
  programs: ProgramVersions;
  clock: Clock;
  delivery: DeliverySettings;
  webhooks: WebhookSettings;
  retention: RetentionSettings;
}

/** Retention settings that remove nothing (tests of the other jobs). */
export const KEEP_ALL: RetentionSettings = {
  clientAddressDays: 0,
  closedTicketTextMonths: 0,
  webhookDays: 0,
};

/** Every job the workers run, by name. */
export function jobTasks(deps: JobDeps): TaskList {
  const { pool, programs, clock, delivery, webhooks, retention } = deps;
  return {
    [DELIVER_JOB]: async (payload) => {
      const id = (payload as { id?: unknown }).id;
      if (typeof id === 'string') await deliverNotification(pool, id, delivery);
    },
    [DELIVER_WEBHOOK_JOB]: async (payload) => {
      const { scope, id } = payload as Partial<DeliveryJob>;
      if ((scope === 'publisher' || scope === 'program') && typeof id === 'string')
        await deliverWebhook(pool, { scope, id }, webhooks);
    },
    'clocks-sweep': async () => {
      const now = clock.now();
      await sweepClocks((work) => inTransaction(pool, work), programs.at(now), now);
      await recoverDeliveries(pool, {
        transport: delivery.mailer !== null,
        graceSeconds: RECOVERY_GRACE_SECONDS,
        processKey: delivery.processKey,
      });
      await recoverWebhookDeliveries(pool, webhooks, {
        graceSeconds: RECOVERY_GRACE_SECONDS,
        processKey: webhooks.processKey,
      });
    },
    'tier-changes-apply': async () => {
      await applyAllTierChanges(pool, programs.at(clock.now()), () => clock.now());
    },
    [DAY_TOTALS_JOB]: async () => {
      await inRetriedTransaction(pool, (tx) => sumDayTotals(tx, clock.now()));
    },
    'retention-apply': async () => {
      const now = clock.now();
      await inTransaction(pool, (tx) => applyRetention(tx, retention, now));
    },
  };
}

/**
 * Each minute, once across every worker process (graphile-worker's cron). Ahead of deliveries (a lower priority
 * number runs first), so that a backlog of mail never holds up the clocks or the tiers.
 */
export const CRONTAB = [
  '* * * * * clocks-sweep ?jobKey=clocks-sweep&max=1&priority=-10',
  '* * * * * tier-changes-apply ?jobKey=tier-changes-apply&max=1&priority=-10',
  // After every fold too; each minute as well, should a file import have stopped between its fold and its end.
  `* * * * * ${DAY_TOTALS_JOB} ?jobKey=${DAY_TOTALS_JOB}&max=1&priority=-10`,
  // Daily, at a quiet hour (UTC); a day missed while no worker ran is caught up once (fill), never twice.
  '17 3 * * * retention-apply ?jobKey=retention-apply&max=1&fill=1d',
].join('\n');

export interface Workers {
  readonly processKey: string;
  /** `running`, `restarting` (its liveness connection was lost) or `stopped` (/health/ready reports it). */
  readonly state: RunnerState;
  stop(): Promise<void>;
}

/** Starts this process's workers; the messages a dead worker left half-sent are given new jobs first. */
export async function startWorkers(
  config: Pick<
    Config,
    | 'smtpUrl'
    | 'mailFrom'
    | 'workerConcurrency'
    | 'notificationMaxAttempts'
    | 'publicUrl'
    | 'webhookTargets'
    | 'webhookTimeoutSeconds'
    | 'webhookMaxAttempts'
    | 'webhookDisableAfter'
    | 'webhookSecretKey'
    | 'databasePreparedStatements'
    | 'retention'
  >,
  /** The jobs' work goes through `pool`; the liveness lock and the queue's LISTEN through `sessionPool`. */
  { pool, sessionPool }: { pool: pg.Pool; sessionPool: pg.Pool },
  programs: ProgramVersions,
  clock: Clock,
  log: JobLog,
  /** Called when the workers lost their connection and could not start again (the worker CLI exits). */
  onGiveUp?: (error: unknown) => void,
): Promise<Workers> {
  const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null;
  const delivery: DeliverySettings = {
    mailer,
    maxAttempts: config.notificationMaxAttempts,
    messageIdDomain: new URL(config.publicUrl).hostname || 'localhost',
    processKey: '',
  };
  const webhooks: WebhookSettings = {
    policy: config.webhookTargets,
    timeoutSeconds: config.webhookTimeoutSeconds,
    maxAttempts: config.webhookMaxAttempts,
    disableAfter: config.webhookDisableAfter,
    secretKey: config.webhookSecretKey,
    publicUrl: config.publicUrl,
    processKey: '',
  };
  try {
    const runner = await startJobRunner({
      pool,
      sessionPool,
      // A session URL of its own keeps prepared statements whatever the pooler in front of `pool` does.
      preparedStatements: config.databasePreparedStatements || sessionPool !== pool,
      tasks: jobTasks({ pool, programs, clock, delivery, webhooks, retention: config.retention }),
      crontab: CRONTAB,
      concurrency: config.workerConcurrency,
      log,
      ...(onGiveUp ? { onGiveUp } : {}),
      beforeStart: async (processKey) => {
        delivery.processKey = processKey;
        webhooks.processKey = processKey;
        const recovered = await recoverDeliveries(pool, {
          transport: mailer !== null,
          graceSeconds: RECOVERY_GRACE_SECONDS,
        });
        if (recovered > 0) log.info({ recovered }, 'messages given to workers again');
        const resent = await recoverWebhookDeliveries(pool, webhooks, {
          graceSeconds: RECOVERY_GRACE_SECONDS,
        });
        if (resent > 0) log.info({ resent }, 'webhook deliveries given to workers again');
      },
    });
    return {
      get processKey() {
        return runner.processKey;
      },
      get state() {
        return runner.state;
      },
      stop: async () => {
        await runner.stop();
        mailer?.close();
      },
    };
  } catch (error) {
    mailer?.close();
    throw error;
  }
}
