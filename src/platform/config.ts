// Configuration from the environment, validated at start-up: every problem is listed at once.
import path from 'node:path';

export interface Config {
  host: string;
  port: number;
  /** Where the embedded PostgreSQL keeps its data (and its credentials). */
  dataDir: string;
  /** An external PostgreSQL; when set, no embedded server is started. */
  databaseUrl: string | null;
  /** Port of the embedded PostgreSQL; 0 picks a free one at each start. */
  embeddedPgPort: number;
  programDir: string;
  /** Seed the demo publishers on the first start of an empty database. */
  seedDemo: boolean;
  /** List the demo accounts at /api/v1/demo/users (their password is in the README). */
  demoMode: boolean;
  /** The address people reach the service at: invitation links and the single sign-on redirect use it. */
  publicUrl: string;
  /**
   * How many proxies in front of the service to trust in X-Forwarded-For (0: none, use the connection's address).
   * The client address is then the one that many hops back, never one the client chose.
   */
  trustProxyHops: number;
  requestsPerMinute: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  oidc: { issuer: string; clientId: string; clientSecret: string } | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** SMTP server for notifications (smtp:// or smtps://); null keeps every message in the outbox. */
  smtpUrl: string | null;
  /** The From of every notification. */
  mailFrom: string;
  /** Run the job workers (delivery, clocks, tier changes) inside the service process. */
  runWorkers: boolean;
  /** Jobs a worker process runs at once. */
  workerConcurrency: number;
  /** Delivery attempts before a message is kept as failed. */
  notificationMaxAttempts: number;
}

/** Every variable the service reads, its default and what it means; the README's table follows this. */
export const CONFIG_VARIABLES = {
  HOST: { default: '127.0.0.1', doc: 'Address the HTTP server listens on.' },
  PORT: { default: '3000', doc: 'HTTP port; 0 picks a free one.' },
  DATA_DIR: { default: './data', doc: 'Data directory of the embedded PostgreSQL.' },
  DATABASE_URL: {
    default: '',
    doc: 'postgres:// URL of an external PostgreSQL 15+; unset starts the embedded one.',
  },
  EMBEDDED_PG_PORT: { default: '0', doc: 'Port of the embedded PostgreSQL; 0 picks a free one.' },
  PROGRAM_DIR: { default: './program', doc: 'Folder of program version files (*.json).' },
  SEED_DEMO: { default: 'true', doc: 'Seed demo publishers on the first start of an empty database.' },
  DEMO_MODE: { default: 'false', doc: 'List the demo accounts at /api/v1/demo/users.' },
  PUBLIC_URL: {
    default: '',
    doc: 'Address people reach the service at (invitation links, sign-on redirect); default http://HOST:PORT.',
  },
  TRUST_PROXY: {
    default: '0',
    doc: 'How many proxies in front to trust in X-Forwarded-For (0: none); rate limits and audit use that address.',
  },
  RATE_LIMIT_PER_MINUTE: {
    default: '600',
    doc: 'Requests per minute and client address (sign-in routes: 20).',
  },
  SESSION_IDLE_MINUTES: { default: '30', doc: 'A session ends after this long without a request.' },
  SESSION_ABSOLUTE_HOURS: { default: '12', doc: 'A session ends this long after sign-in, whatever happens.' },
  OIDC_ISSUER: { default: '', doc: 'OpenID Connect issuer URL for single sign-on; unset turns it off.' },
  OIDC_CLIENT_ID: { default: '', doc: 'Client id registered at the OpenID provider.' },
  OIDC_CLIENT_SECRET: { default: '', doc: 'Client secret registered at the OpenID provider.' },
  LOG_LEVEL: { default: 'info', doc: 'pino level: fatal, error, warn, info, debug, trace or silent.' },
  SMTP_URL: {
    default: '',
    doc: 'smtp:// or smtps:// URL (user:password@host:port, "@" in a password as %40; options such as ?pool=true) for notifications; unset keeps them in the outbox.',
  },
  MAIL_FROM: { default: 'Marketplace Rewards <rewards@localhost>', doc: 'From address of notifications.' },
  RUN_WORKERS: {
    default: 'true',
    doc: 'Run the job workers in the service process; false when separate `worker` processes run them.',
  },
  WORKER_CONCURRENCY: { default: '4', doc: 'Jobs a worker process runs at once.' },
  NOTIFICATION_MAX_ATTEMPTS: {
    default: '10',
    doc: 'Delivery attempts (backoff from 1 minute, doubling, at most 6 hours) before a message is failed.',
  },
} as const;

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** nodemailer's switches that SMTP_URL may carry in its query, each true or false. */
const SMTP_FLAGS = ['pool', 'secure', 'ignoreTLS', 'requireTLS', 'opportunisticTLS', 'logger', 'debug'];

/** What is wrong with an SMTP_URL, every problem at once; the URL itself is not repeated (it holds a password). */
export function smtpUrlProblems(raw: string): string[] {
  const example = 'such as smtp://user:pass@mail.example:587';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [
      `SMTP_URL is not a URL (a host name without spaces, a port from 1 to 65535, "@" in a password as %40), ${example}`,
    ];
  }
  const found: string[] = [];
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    found.push(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//, ${example}`);
  if (!url.hostname) found.push(`SMTP_URL must name a host, ${example}`);
  if (url.port !== '' && Number(url.port) < 1) found.push('SMTP_URL port must be from 1 to 65535');
  if (url.pathname !== '' && url.pathname !== '/') found.push('SMTP_URL must have no path after the host');
  for (const [key, value] of url.searchParams)
    if (SMTP_FLAGS.includes(key) && !['true', 'false'].includes(value))
      found.push(`SMTP_URL option ${key}="${value}" must be true or false`);
  return found;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = [];
  const read = (name: keyof typeof CONFIG_VARIABLES) => env[name]?.trim() || CONFIG_VARIABLES[name].default;
  const port = (name: 'PORT' | 'EMBEDDED_PG_PORT') => {
    const raw = read(name);
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value > 65535)
      problems.push(`${name}="${raw}" must be a port number from 0 to 65535`);
    return value;
  };
  const flag = (name: 'SEED_DEMO' | 'DEMO_MODE' | 'RUN_WORKERS') => {
    const raw = read(name).toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(raw)) return true;
    if (['false', '0', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name}="${raw}" must be true or false`);
    return false;
  };
  const databaseUrl = read('DATABASE_URL') || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const whole = (
    name:
      | 'SESSION_IDLE_MINUTES'
      | 'SESSION_ABSOLUTE_HOURS'
      | 'RATE_LIMIT_PER_MINUTE'
      | 'WORKER_CONCURRENCY'
      | 'NOTIFICATION_MAX_ATTEMPTS',
    max: number,
  ) => {
    const raw = read(name);
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max)
      problems.push(`${name}="${raw}" must be a whole number from 1 to ${max}`);
    return Number(raw);
  };
  const hops = () => {
    const raw = read('TRUST_PROXY');
    if (!/^\d+$/.test(raw) || Number(raw) > 10) {
      problems.push(
        `TRUST_PROXY="${raw}" must be the number of proxies in front of the service, from 0 to 10`,
      );
      return 0;
    }
    return Number(raw);
  };
  const oidcParts = [read('OIDC_ISSUER'), read('OIDC_CLIENT_ID'), read('OIDC_CLIENT_SECRET')] as const;
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
    problems.push('OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three or none');
  }
  if (oidcParts[0] && !/^https?:\/\//.test(oidcParts[0])) problems.push('OIDC_ISSUER must be an http(s) URL');
  const publicUrl = read('PUBLIC_URL');
  if (publicUrl && !/^https?:\/\/[^/]+$/.test(publicUrl.replace(/\/$/, ''))) {
    problems.push(`PUBLIC_URL="${publicUrl}" must be an http(s) origin such as https://rewards.example.com`);
  }
  const smtpUrl = read('SMTP_URL') || null;
  if (smtpUrl) problems.push(...smtpUrlProblems(smtpUrl));
  const mailFrom = read('MAIL_FROM');
  if (!/@[^\s@>]+\.?[^\s@>]*>?$/.test(mailFrom))
    problems.push(`MAIL_FROM="${mailFrom}" must be an address, such as Rewards <rewards@example.com>`);
  const logLevel = read('LOG_LEVEL') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL="${logLevel}" must be one of ${LOG_LEVELS.join(', ')}`);

  const config: Config = {
    host: read('HOST'),
    port: port('PORT'),
    dataDir: path.resolve(read('DATA_DIR')),
    databaseUrl,
    embeddedPgPort: port('EMBEDDED_PG_PORT'),
    programDir: path.resolve(read('PROGRAM_DIR')),
    seedDemo: flag('SEED_DEMO'),
    demoMode: flag('DEMO_MODE'),
    publicUrl: publicUrl.replace(/\/$/, '') || `http://${read('HOST')}:${read('PORT')}`,
    trustProxyHops: hops(),
    requestsPerMinute: whole('RATE_LIMIT_PER_MINUTE', 1_000_000),
    sessionIdleMinutes: whole('SESSION_IDLE_MINUTES', 24 * 60),
    sessionAbsoluteHours: whole('SESSION_ABSOLUTE_HOURS', 24 * 30),
    oidc: oidcParts.every(Boolean)
      ? { issuer: oidcParts[0], clientId: oidcParts[1], clientSecret: oidcParts[2] }
      : null,
    logLevel,
    smtpUrl,
    mailFrom,
    runWorkers: flag('RUN_WORKERS'),
    workerConcurrency: whole('WORKER_CONCURRENCY', 64),
    notificationMaxAttempts: whole('NOTIFICATION_MAX_ATTEMPTS', 100),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
