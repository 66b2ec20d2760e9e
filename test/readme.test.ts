// The README's promises, run as printed: the curl walkthrough against a service started like `npm run demo`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import pg from 'pg';
import { adminUrl, databaseEnv } from './support/db.ts';
import { exited, ROOT, startServe } from './support/cli.ts';

function bash(script: string, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-euo', 'pipefail', '-c', script], { env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('[README] the curl walkthrough', () => {
  it('works as printed', async () => {
    const readme = await fs.readFile(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Walkthrough'));
    const script = /```bash\n([\s\S]*?)```/.exec(section)?.[1];
    assert.ok(script, 'the walkthrough has a bash block');

    const name = `rewards_readme_${process.pid}`;
    const admin = new pg.Client(adminUrl());
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    let service: Awaited<ReturnType<typeof startServe>> | undefined;
    try {
      // As in production: the service's role, with the schema owner's URL to migrate the new database.
      service = await startServe({ ...databaseEnv(name), DEMO_MODE: 'true' });
      const { code, out } = await bash(script, { BASE: `${service.url}/api/v1` });
      assert.equal(code, 0, out);
      const statuses = [...out.matchAll(/ -> HTTP (\d{3})/g)].map((m) => Number(m[1]));
      assert.deepEqual(statuses, [409, 422, 201, 201, 200, 409, 404, 201, 201, 204], out);
      assert.match(out, /\tsign-in\tsuccess/);
      assert.match(out, /"type":"\/problems\/marketing-contact-required"/);
      assert.match(out, /"pointer":"\/body\/email","code":"same-as-account-email"/);
      assert.match(out, /"state": "overdue"/);
      assert.match(out, /The rewards team contacted Marco Rossi on \d{4}-\d{2}-\d{2}\./);
      const activation = JSON.parse(
        /(\{"id".*"benefitId":"listing-optimization".*\}) -> HTTP 201/.exec(out)?.[1] ?? '{}',
      );
      const dueInDays =
        (Date.parse(activation.contactDueAt) - Date.parse(activation.requestedAt)) / 86_400_000;
      assert.equal(dueInDays, 7, 'the contact is due one week after activation');
    } finally {
      if (service) {
        service.child.kill('SIGTERM');
        await exited(service.child);
      }
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
