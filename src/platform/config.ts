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
  /** Allow acting as a demo principal through the X-Demo-User header (development only). */
  demoMode: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
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
  DEMO_MODE: {
    default: 'false',
    doc: 'Development only: act as a demo user through the X-Demo-User header.',
  },
  LOG_LEVEL: { default: 'info', doc: 'pino level: fatal, error, warn, info, debug, trace or silent.' },
} as const;

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
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
  const flag = (name: 'SEED_DEMO' | 'DEMO_MODE') => {
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
    logLevel,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
