// The configuration schema: the defaults the service always had, every problem at once, and the README's table
// kept to the schema (the help prints the schema's own list).
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CONFIG_DOCS, ConfigError, loadConfig } from './config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('configuration', () => {
  it('takes the defaults it always had when nothing is set', () => {
    assert.deepEqual(loadConfig({}), {
      host: '127.0.0.1',
      port: 3000,
      dataDir: path.resolve('./data'),
      databaseUrl: null,
      migrationDatabaseUrl: null,
      databaseSessionUrl: null,
      databasePreparedStatements: true,
      embeddedPgPort: 0,
      programDir: path.resolve('./program'),
      seedDemo: true,
      demoMode: false,
      publicUrl: 'http://127.0.0.1:3000',
      trustProxyHops: 0,
      requestsPerMinute: 600,
      requestTimeoutSeconds: 60,
      hstsSeconds: 0,
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      oidc: null,
      requireStaffMfa: true,
      signInNotices: true,
      mfaKey: null,
      logLevel: 'info',
      smtpUrl: null,
      mailFrom: 'Marketplace Rewards <rewards@localhost>',
      runWorkers: true,
      workerConcurrency: 4,
      notificationMaxAttempts: 10,
      webhookTargets: 'public',
      webhookTimeoutSeconds: 15,
      webhookMaxAttempts: 10,
      webhookDisableAfter: 5,
      webhookSecretKey: null,
      retention: { clientAddressDays: 90, closedTicketTextMonths: 24, webhookDays: 30 },
    });
  });

  it('reads values as people write them: trimmed, yes/no/on/off, an empty one unset', () => {
    const config = loadConfig({
      PORT: ' 8080 ',
      RUN_WORKERS: 'OFF',
      DEMO_MODE: 'yes',
      DATABASE_URL: '',
      PUBLIC_URL: 'https://rewards.example.com/',
      OIDC_ISSUER: 'https://id.example.com',
      OIDC_CLIENT_ID: 'rewards',
      OIDC_CLIENT_SECRET: 's3cret',
    });
    assert.equal(config.port, 8080);
    assert.equal(config.runWorkers, false);
    assert.equal(config.demoMode, true);
    assert.equal(config.databaseUrl, null);
    assert.equal(config.publicUrl, 'https://rewards.example.com');
    assert.deepEqual(config.oidc, {
      issuer: 'https://id.example.com',
      clientId: 'rewards',
      clientSecret: 's3cret',
    });
  });

  it('takes a session URL beside a pooled DATABASE_URL, and refuses one without it', () => {
    const pooled = loadConfig({
      DATABASE_URL: 'postgres://rewards:pw@127.0.0.1:6432/rewards',
      DATABASE_SESSION_URL: 'postgres://rewards:pw@127.0.0.1:5432/rewards',
      DATABASE_PREPARED_STATEMENTS: 'false',
    });
    assert.equal(pooled.databaseSessionUrl, 'postgres://rewards:pw@127.0.0.1:5432/rewards');
    assert.equal(pooled.databasePreparedStatements, false);
    assert.throws(
      () => loadConfig({ DATABASE_SESSION_URL: 'postgres://rewards:pw@127.0.0.1:5432/rewards' }),
      (error: unknown) =>
        error instanceof ConfigError &&
        error.problems.length === 1 &&
        error.problems[0]!.startsWith('DATABASE_SESSION_URL goes with DATABASE_URL'),
    );
  });

  it('lists every problem at once, never echoing a value that may hold a password', () => {
    let problems: string[] = [];
    try {
      loadConfig({
        PORT: 'abc',
        TRUST_PROXY: '11',
        SESSION_IDLE_MINUTES: '1e3',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://root:hunter2@db',
        OIDC_CLIENT_SECRET: 'hunter2',
      });
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      problems = error.problems;
    }
    assert.deepEqual(problems, [
      'PORT="abc" must be a port number from 0 to 65535',
      'DATABASE_URL must start with postgres:// or postgresql://',
      'TRUST_PROXY="11" must be the number of proxies in front of the service, from 0 to 10',
      'SESSION_IDLE_MINUTES="1e3" must be a whole number from 1 to 1440',
      'LOG_LEVEL="loud" must be one of fatal, error, warn, info, debug, trace, silent',
      'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three or none',
    ]);
  });

  it("has the README's table: every variable of the schema, in its order, with its default", async () => {
    const readme = await fs.readFile(path.join(ROOT, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \|/gm)].map((m) => ({
      name: m[1],
      default: m[2]!.trim().replace(/^`(.*)`$/, '$1'),
    }));
    assert.deepEqual(
      rows,
      CONFIG_DOCS.map((v) => ({ name: v.name, default: v.default })),
    );
  });
});
