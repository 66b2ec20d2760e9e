// The command line's strictness, built from the live command table: every command and subcommand refuses an option
// that belongs to another one (exit 2, its usage on stderr). A new command is in this test without an entry.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Command } from 'commander';
import { commandTable, everyCommand } from '../src/cli/main.ts';
import { runCli } from './support/cli.ts';

const table = commandTable({}, () => {});

/** The words that run a command: `import billed-sales` for that subcommand, nothing for the program itself. */
function words(command: Command): string[] {
  return command.parent ? [...words(command.parent), command.name()] : [];
}

const longFlags = (command: Command) =>
  command.options.map((o) => o.long).filter((f): f is string => f !== undefined && f !== '--help');

describe('[CLI] options per command', { concurrency: 2 }, () => {
  const commands = everyCommand(table);
  const allFlags = [...new Set(commands.flatMap(longFlags))];

  it('knows every command of the table', () => {
    const names = commands.map((c) => words(c).join(' '));
    for (const name of ['', 'serve', 'worker', 'clocks sweep', 'invite', 'migrate', 'program check'])
      assert.ok(names.includes(name), `"${name}" in ${names.join(', ')}`);
    for (const name of [
      'import billed-sales',
      'import offers',
      'import currency-rates',
      'tiers apply',
      'help',
    ])
      assert.ok(names.includes(name), `"${name}" in ${names.join(', ')}`);
  });

  for (const [i, command] of commands.entries()) {
    // Each command gets another one's option, taken in turn, so that every option is tried somewhere.
    const own = longFlags(command);
    const others = allFlags.filter((f) => !own.includes(f));
    const foreign = others[i % others.length];
    const name = words(command).join(' ') || '(no command)';
    it(`${name} refuses ${foreign} with its usage and exit 2`, async () => {
      assert.ok(foreign, 'some other command has an option this one has not');
      // Its required options are given, so that the foreign option is the one thing wrong.
      const required = command.options.filter((o) => o.mandatory).flatMap((o) => [o.long!, 'x']);
      const run = await runCli([...words(command), ...required, foreign, '5']);
      assert.equal(run.code, 2, run.stderr);
      assert.equal(run.stdout, '');
      assert.ok(run.stderr.startsWith(`marketplace-rewards: Unknown option '${foreign}'`), run.stderr);
      assert.ok(
        run.stderr.includes(`\nUsage: marketplace-rewards ${words(command).join(' ')}`.trimEnd()),
        run.stderr,
      );
    });
  }

  it('refuses `program check --chunk 5 --json --role x` (once accepted and ignored)', async () => {
    const run = await runCli(['program', 'check', '--chunk', '5', '--json', '--role', 'x']);
    assert.equal(run.code, 2, run.stdout);
    assert.match(
      run.stderr,
      /^marketplace-rewards: Unknown option '--chunk'\n\nUsage: marketplace-rewards program check \[DIR\]\n/,
    );
  });

  it('refuses what a command does not take: a currency-rates import defers no unlocks', async () => {
    const run = await runCli(['import', 'currency-rates', 'rates.csv', '--defer-unlocks']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Unknown option '--defer-unlocks'/);
    const chunk = await runCli(['import', 'offers', 'offers.csv', '--chunk', '0']);
    assert.equal(chunk.code, 2);
    assert.match(chunk.stderr, /--chunk is a whole number of lines from 1 to 1000000/);
  });

  it('prints the help of each command, as `COMMAND --help` or `help COMMAND`, with exit 0', async () => {
    for (const command of commands) {
      const help = command.helpInformation();
      assert.match(help, new RegExp(`^Usage: marketplace-rewards ${words(command).join(' ')}`));
      assert.ok(command.description(), `${words(command).join(' ')} says what it does`);
      for (const flag of longFlags(command)) assert.ok(help.includes(flag), `${flag} in\n${help}`);
    }
    const [asOption, asCommand] = await Promise.all([
      runCli(['import', 'billed-sales', '--help']),
      runCli(['help', 'import', 'billed-sales']),
    ]);
    assert.equal(asOption.code, 0, asOption.stderr);
    assert.equal(asCommand.stdout, asOption.stdout);
    assert.match(asOption.stdout, /--defer-unlocks +record tier changes/);
    assert.match(asOption.stdout, /Exit status 0 when every line went in/);
  });
});
