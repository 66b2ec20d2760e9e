import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FastifyError, FastifyRequest } from 'fastify';
import { toAppError } from './errors.ts';

const request = {
  id: 'req-1',
  method: 'GET',
  url: '/api/v1/x',
  log: { error() {}, warn() {} },
} as unknown as FastifyRequest;

describe('errors as problems', () => {
  it("never passes PostgreSQL's own words to a client", () => {
    const error = Object.assign(new Error('value "99999999999" is out of range for type integer'), {
      code: '22003',
    }) as unknown as FastifyError;
    const problem = toAppError(error, request);
    assert.equal(problem.code, 'validation-failed');
    assert.doesNotMatch(problem.message, /integer|99999999999/);
  });
});
