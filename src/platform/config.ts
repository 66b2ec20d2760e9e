// Configuration from the environment, validated at start-up: every problem is listed at once.
// One TypeBox schema declares each variable: its name, the type of its value, its default, what it means (the
// help's and the README's table) and what it must be; the service's Config is made from the values it checked.
import path from 'node:path';
import Type, { type Static, type TSchema } from 'typebox';
import Value from 'typebox/value';

/** What a variable's schema carries besides JSON Schema: how a bad value is told, and extra checks. */
interface Told {
  /** The end of the sentence that tells a value outside the schema: `PORT="abc" must be ...`. */
  problem?: string;
  /** The value may hold a password: a problem names the variable only. */
  secret?: boolean;
  /** Problems the schema cannot say (each a whole sentence), checked once the value has the schema's type. */
  explain?: (value: string) => string[];
  /** The default as the docs show it, when it is not a value (PUBLIC_URL's comes from HOST and PORT). */
  shownDefault?: string;
}

const port = (byDefault: number, description: string) =>
  Type.Integer({
    minimum: 0,
    maximum: 65535,
    default: byDefault,
    description,
    problem: 'must be a port number from 0 to 65535',
  });
const whole = (byDefault: number, max: number, description: string) =>
  Type.Integer({
    minimum: 1,
    maximum: max,
    default: byDefault,
    description,
    problem: `must be a whole number from 1 to ${max}`,
  });
const flag = (byDefault: boolean, description: string) =>
  Type.Boolean({ default: byDefault, description, problem: 'must be true or false' });
/** A variable that may be unset (null); when set, a string matching `pattern`. */
const optional = (description: string, told: Told & { pattern?: string } = {}) => {
  const { pattern, ...rest } = told;
  return Type.Union([Type.String(pattern ? { pattern } : {}), Type.Null()], {
    default: null,
    description,
    ...rest,
  });
};

/** Every variable the service reads, its default and what it means; the README's table follows this. */
export const ConfigSchema = Type.Object({
  HOST: Type.String({ default: '127.0.0.1', description: 'Address the HTTP server listens on.' }),
  PORT: port(3000, 'HTTP port; 0 picks a free one.'),
  DATA_DIR: Type.String({ default: './data', description: 'Data directory of the embedded PostgreSQL.' }),
  DATABASE_URL: optional(
    "postgres:// URL of an external PostgreSQL 15+ that the service works with, as a role that may only read and write rows (see the README's production set-up); unset starts the embedded one.",
    {
      pattern: '^postgres(ql)?://',
      problem: 'must start with postgres:// or postgresql://',
      secret: true,
    },
  ),
  DATABASE_SESSION_URL: optional(
    "postgres:// URL of the same database that keeps a session (PostgreSQL itself, or a pooler in session mode), for what a pooler in transaction mode cannot carry: the workers' liveness locks and the job queue's LISTEN; unset uses DATABASE_URL. The same role as DATABASE_URL's.",
    { pattern: '^postgres(ql)?://', problem: 'must start with postgres:// or postgresql://', secret: true },
  ),
  MIGRATION_DATABASE_URL: optional(
    "postgres:// URL of the same database as the schema's owner: it applies the migrations and grants DATABASE_URL's role what the service needs; unset: DATABASE_URL's role migrates (it must then own the schema).",
    {
      pattern: '^postgres(ql)?://',
      problem: 'must start with postgres:// or postgresql://',
      secret: true,
    },
  ),
  DATABASE_PREPARED_STATEMENTS: flag(
    true,
    "Keep the statements every request sends (its session, a publisher's facts, the audit entry) prepared on each connection; `false` behind a pooler in transaction mode that cannot keep them (PgBouncer before 1.21).",
  ),
  EMBEDDED_PG_PORT: port(0, 'Port of the embedded PostgreSQL; 0 picks a free one.'),
  PROGRAM_DIR: Type.String({
    default: './program',
    description: 'Folder of program version files (*.json).',
  }),
  SEED_DEMO: flag(true, 'Seed demo publishers on the first start of an empty database.'),
  DEMO_MODE: flag(false, 'List the demo accounts at /api/v1/demo/users.'),
  PUBLIC_URL: optional('Address people reach the service at (invitation links, sign-on redirect).', {
    pattern: '^https?://[^/]+/?$',
    problem: 'must be an http(s) origin such as https://rewards.example.com',
    shownDefault: 'http://HOST:PORT',
  }),
  // The client address is then the one that many hops back, never one the client chose.
  TRUST_PROXY: Type.Integer({
    minimum: 0,
    maximum: 10,
    default: 0,
    description:
      'How many proxies in front to trust in X-Forwarded-For (0: none); rate limits and audit use that address.',
    problem: 'must be the number of proxies in front of the service, from 0 to 10',
  }),
  RATE_LIMIT_PER_MINUTE: whole(
    600,
    1_000_000,
    'Requests per minute and client address (sign-in routes: 20).',
  ),
  REQUEST_TIMEOUT_SECONDS: whole(
    60,
    3600,
    'A request must arrive whole (headers and body) within this many seconds; a slower one is answered 408.',
  ),
  HSTS_SECONDS: Type.Integer({
    minimum: 0,
    maximum: 63_072_000,
    default: 0,
    description:
      'Strict-Transport-Security max-age on every answer, once people reach the service over https only (0: none).',
    problem: 'must be a number of seconds from 0 (none) to 63072000 (two years)',
  }),
  SESSION_IDLE_MINUTES: whole(30, 24 * 60, 'A session ends after this long without a request.'),
  SESSION_ABSOLUTE_HOURS: whole(12, 24 * 30, 'A session ends this long after sign-in, whatever happens.'),
  OIDC_ISSUER: optional('OpenID Connect issuer URL for single sign-on; unset turns it off.', {
    pattern: '^https?://',
    problem: 'must be an http(s) URL',
  }),
  OIDC_CLIENT_ID: optional('Client id registered at the OpenID provider.'),
  OIDC_CLIENT_SECRET: optional('Client secret registered at the OpenID provider.', { secret: true }),
  REQUIRE_STAFF_MFA: flag(
    true,
    'The rewards team and program admins must set up two-step sign-in before anything else (serve --demo: false).',
  ),
  SIGN_IN_NOTICES: flag(true, 'Mail a person when they sign in from a browser they had not signed in from.'),
  MFA_SECRET_KEY: optional(
    'Key (64 hex digits) that TOTP secrets are encrypted under (AES-256-GCM); unset stores them unencrypted.',
    { pattern: '^[0-9a-fA-F]{64}$', problem: 'must be 64 hexadecimal digits (32 bytes)', secret: true },
  ),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    default: 'info',
    description: 'pino level: fatal, error, warn, info, debug, trace or silent.',
    problem: 'must be one of fatal, error, warn, info, debug, trace, silent',
  }),
  SMTP_URL: optional(
    'smtp:// or smtps:// URL (user:password@host:port, "@" in a password as %40; options such as ?pool=true) for notifications; unset keeps them in the outbox.',
    { secret: true, explain: smtpUrlProblems },
  ),
  MAIL_FROM: Type.String({
    pattern: '@[^\\s@>]+\\.?[^\\s@>]*>?$',
    default: 'Marketplace Rewards <rewards@localhost>',
    description: 'From address of notifications.',
    problem: 'must be an address, such as Rewards <rewards@example.com>',
  }),
  RUN_WORKERS: flag(
    true,
    'Run the job workers in the service process; false when separate `worker` processes run them.',
  ),
  WORKER_CONCURRENCY: whole(4, 64, 'Jobs a worker process runs at once.'),
  NOTIFICATION_MAX_ATTEMPTS: whole(
    10,
    100,
    'Delivery attempts (backoff from 1 minute, doubling, at most 6 hours) before a message is failed.',
  ),
  WEBHOOK_TARGETS: Type.Enum(['public', 'loopback', 'private'], {
    default: 'public',
    description:
      'Which addresses webhook URLs may reach: public only; loopback adds this machine (tests, development); private adds every inner network.',
    problem: 'must be one of public, loopback, private',
  }),
  WEBHOOK_TIMEOUT_SECONDS: whole(15, 120, 'A webhook receiver must answer within this many seconds.'),
  WEBHOOK_MAX_ATTEMPTS: whole(
    10,
    20,
    'Attempts of a webhook delivery (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, then a day apart) before it is failed.',
  ),
  WEBHOOK_DISABLE_AFTER: whole(
    5,
    1000,
    'Webhook deliveries failed in a row (every attempt) that disable their subscription, with a mail to its owner.',
  ),
  WEBHOOK_SECRET_KEY: optional(
    'Key (64 hex digits) webhook signing secrets are encrypted under (AES-256-GCM); unset stores them unencrypted (never returned after creation either way).',
    { pattern: '^[0-9a-fA-F]{64}$', problem: 'must be 64 hexadecimal digits (32 bytes)', secret: true },
  ),
  RETAIN_CLIENT_ADDRESSES_DAYS: Type.Integer({
    minimum: 0,
    maximum: 3650,
    default: 90,
    description:
      'Days after which the daily retention job removes the client address and browser of audit entries and sessions; 0 keeps them.',
    problem: 'must be a number of days from 0 (keep them) to 3650',
  }),
  RETAIN_CLOSED_TICKET_TEXT_MONTHS: Type.Integer({
    minimum: 0,
    maximum: 240,
    default: 24,
    description:
      'Months after a support ticket or technical request closed that the daily retention job removes its text and the replies on it; 0 keeps them.',
    problem: 'must be a number of months from 0 (keep them) to 240',
  }),
  RETAIN_WEBHOOK_DAYS: Type.Integer({
    minimum: 0,
    maximum: 3650,
    default: 30,
    description:
      'Days after which the daily retention job removes webhook deliveries that ended (delivered, failed or cancelled), and the events no delivery waits on any more; 0 keeps them.',
    problem: 'must be a number of days from 0 (keep them) to 3650',
  }),
});

/** The variables' values, checked against the schema. */
export type ConfigVariables = Static<typeof ConfigSchema>;
type Name = keyof ConfigVariables;

/** Each variable's name and schema, with what every one of them carries: a default and a description. */
const VARIABLES = Object.entries(ConfigSchema.properties) as unknown as [
  Name,
  TSchema & Told & { default: string | number | boolean | null; description: string },
][];

/** The docs list: every variable, its default as people read it ('unset' for none) and what it means. */
export const CONFIG_DOCS = VARIABLES.map(([name, schema]) => ({
  name,
  default: schema.shownDefault ?? (schema.default === null ? 'unset' : String(schema.default)),
  description: schema.description,
}));

/** The service's configuration, made from the checked variables. */
export type Config = ReturnType<typeof configOf>;

function configOf(v: ConfigVariables) {
  return {
    host: v.HOST,
    port: v.PORT,
    /** Where the embedded PostgreSQL keeps its data (and its credentials). */
    dataDir: path.resolve(v.DATA_DIR),
    /** An external PostgreSQL; when set, no embedded server is started. */
    databaseUrl: v.DATABASE_URL,
    /** The schema owner's URL of that database, for migrations; null: DATABASE_URL's role migrates. */
    migrationDatabaseUrl: v.MIGRATION_DATABASE_URL,
    /** Where the workers keep their session (liveness lock, LISTEN); null: databaseUrl. */
    databaseSessionUrl: v.DATABASE_SESSION_URL,
    databasePreparedStatements: v.DATABASE_PREPARED_STATEMENTS,
    /** Port of the embedded PostgreSQL; 0 picks a free one at each start. */
    embeddedPgPort: v.EMBEDDED_PG_PORT,
    programDir: path.resolve(v.PROGRAM_DIR),
    seedDemo: v.SEED_DEMO,
    demoMode: v.DEMO_MODE,
    /** The address people reach the service at: invitation links and the single sign-on redirect use it. */
    publicUrl: (v.PUBLIC_URL ?? `http://${v.HOST}:${v.PORT}`).replace(/\/$/, ''),
    trustProxyHops: v.TRUST_PROXY,
    requestsPerMinute: v.RATE_LIMIT_PER_MINUTE,
    requestTimeoutSeconds: v.REQUEST_TIMEOUT_SECONDS,
    hstsSeconds: v.HSTS_SECONDS,
    sessionIdleMinutes: v.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: v.SESSION_ABSOLUTE_HOURS,
    oidc:
      v.OIDC_ISSUER && v.OIDC_CLIENT_ID && v.OIDC_CLIENT_SECRET
        ? { issuer: v.OIDC_ISSUER, clientId: v.OIDC_CLIENT_ID, clientSecret: v.OIDC_CLIENT_SECRET }
        : null,
    requireStaffMfa: v.REQUIRE_STAFF_MFA,
    signInNotices: v.SIGN_IN_NOTICES,
    mfaKey: v.MFA_SECRET_KEY ? Buffer.from(v.MFA_SECRET_KEY, 'hex') : null,
    logLevel: v.LOG_LEVEL,
    /** SMTP server for notifications (smtp:// or smtps://); null keeps every message in the outbox. */
    smtpUrl: v.SMTP_URL,
    mailFrom: v.MAIL_FROM,
    runWorkers: v.RUN_WORKERS,
    workerConcurrency: v.WORKER_CONCURRENCY,
    notificationMaxAttempts: v.NOTIFICATION_MAX_ATTEMPTS,
    /** Webhooks: which addresses a target may have, the receiver's time, attempts, failures that disable. */
    webhookTargets: v.WEBHOOK_TARGETS,
    webhookTimeoutSeconds: v.WEBHOOK_TIMEOUT_SECONDS,
    webhookMaxAttempts: v.WEBHOOK_MAX_ATTEMPTS,
    webhookDisableAfter: v.WEBHOOK_DISABLE_AFTER,
    webhookSecretKey: v.WEBHOOK_SECRET_KEY ? Buffer.from(v.WEBHOOK_SECRET_KEY, 'hex') : null,
    /** What the daily retention job removes, and after how long (0: never). */
    retention: {
      clientAddressDays: v.RETAIN_CLIENT_ADDRESSES_DAYS,
      closedTicketTextMonths: v.RETAIN_CLOSED_TICKET_TEXT_MONTHS,
      webhookDays: v.RETAIN_WEBHOOK_DAYS,
    },
  };
}

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

/**
 * Reads every variable of `env` (trimmed; empty is unset, which takes the default), checks it against its schema and
 * makes the Config; throws a ConfigError listing every problem at once.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, schema] of VARIABLES) {
    const raw = env[name]?.trim() || undefined;
    const value = raw === undefined ? schema.default : fromText(schema, raw);
    if (!Value.Check(schema, value)) {
      problems.push(`${name}${schema.secret ? '' : `="${raw}"`} ${schema.problem ?? 'is not valid'}`);
    } else if (typeof value === 'string' && schema.explain) {
      problems.push(...schema.explain(value));
    }
    values[name] = value;
  }
  const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].map((v) => Boolean(v?.trim()));
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    problems.push('OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three or none');
  }
  if (env.DATABASE_SESSION_URL?.trim() && !env.DATABASE_URL?.trim()) {
    problems.push(
      'DATABASE_SESSION_URL goes with DATABASE_URL: the embedded PostgreSQL has no pooler in front, so leave it unset',
    );
  }
  if (env.MIGRATION_DATABASE_URL?.trim() && !env.DATABASE_URL?.trim()) {
    problems.push(
      'MIGRATION_DATABASE_URL goes with DATABASE_URL: the embedded PostgreSQL makes its own owner and service roles',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return configOf(values as ConfigVariables);
}

/** A variable's text as the value its schema describes: whole numbers and true/false words; otherwise the text. */
function fromText(schema: TSchema, raw: string): unknown {
  if (Type.IsInteger(schema)) return /^\d+$/.test(raw) ? Number(raw) : raw;
  if (Type.IsBoolean(schema)) {
    const word = raw.toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(word)) return true;
    if (['false', '0', 'no', 'off'].includes(word)) return false;
  }
  return raw;
}
