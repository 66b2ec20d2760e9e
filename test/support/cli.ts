// Runs the real CLI as a child process, as a user would from the README.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import type pg from 'pg';
import { workerGone } from '../../src/platform/jobs.ts';
import { withSessionUrl } from './db.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'src/cli/main.ts');

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...withSessionUrl(env) },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`CLI ${args.join(' ')} did not finish in ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Starts `serve` and resolves with its URL once it listens. Its staff sign in with a password alone
 * (REQUIRE_STAFF_MFA=false) unless `env` says otherwise.
 */
export function startServe(
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', REQUIRE_STAFF_MFA: 'false', ...withSessionUrl(env) },
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving (http:\/\/[\d.:]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
}

/** The child's end: its exit code, or null when a signal ended it (SIGKILL in the crash tests). */
export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(child.exitCode)
      : child.once('exit', (code) => resolve(code)),
  );
}

/**
 * Waits until the database has seen the end of the killed worker that was sending `table`'s rows: its liveness
 * lock is free (30 s at most). Only then do workers started next take its rows over at once; until then they
 * leave them to the minute's sweep (on a busy machine the test ran a minute longer, past its time limit).
 */
export async function untilSenderGone(pool: pg.Pool, table: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const { rows } = await pool.query<{ gone: boolean | null }>(
      `SELECT bool_and(${workerGone('sending_by')}) AS gone FROM ${table} WHERE status = 'sending'`,
    );
    if (rows[0]!.gone !== false) return;
    await wait(50);
  }
  throw new Error(`the killed worker still holds its lock: ${table}`);
}

/** Starts `worker` from the CLI with `env` (its DATABASE_URL at least); `output` is what it printed so far. */
export function startWorker(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [path.join(ROOT, 'src/cli/main.ts'), 'worker'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...withSessionUrl(env) },
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return { child, output: () => output };
}
