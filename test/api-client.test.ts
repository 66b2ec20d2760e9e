// The portal's client is generated from the contract the service serves: the checked-in web/src/api/schema.d.ts
// must be what openapi-typescript makes of GET /openapi.json. Run `npm run generate:api` after changing a route's
// schema.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { describe, it } from 'node:test';
import { SCHEMA_FILE, schemaSource } from '../web/generate-api.ts';
import { testApp } from './support/app.ts';

const t = await testApp();

describe("[HTTP] the portal's generated client", () => {
  it('matches the served /openapi.json (npm run generate:api regenerates it)', async () => {
    const served = await t.call('GET', '/openapi.json');
    assert.equal(served.status, 200);
    const expected = await schemaSource(served.body);
    const checkedIn = await fs.readFile(SCHEMA_FILE, 'utf8');
    assert.ok(
      checkedIn === expected,
      'web/src/api/schema.d.ts differs from the served /openapi.json: run `npm run generate:api`',
    );
  });
});
