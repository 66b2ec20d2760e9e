import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { passwordProblem, passwordProblems } from './passwords.ts';

const ctx = { email: 'ava.patel@contoso.example', displayName: 'Ava Patel' };

describe('password rules (NIST SP 800-63B)', () => {
  it('accepts a long passphrase without composition rules', () => {
    assert.deepEqual(passwordProblems('lantern orbit pickle meadow', ctx), []);
  });
  it('refuses short, common, repeated and personal passwords with a reason', () => {
    assert.match(passwordProblems('Sh0rt!pass', ctx)[0] ?? '', /at least 15/);
    assert.match(passwordProblems('123456789987654321', ctx)[0] ?? '', /commonly used/);
    assert.match(
      passwordProblems('password12345678!!', ctx)[0] ?? '',
      /commonly used/,
      'letters-only form is common',
    );
    assert.match(passwordProblems('aaaaaaaaaaaaaaaaaaaa', ctx)[0] ?? '', /commonly used/);
    assert.match(passwordProblems('my name is ava.patel ok', ctx)[0] ?? '', /name or email/);
    assert.match(passwordProblems('x'.repeat(129) + 'y', ctx)[0] ?? '', /at most 128/);
  });
  it('refuses what a guesser tries first: sequences, keyboard walks, the service’s own name', () => {
    for (const guessable of [
      'abcdefghijklmnopqrstuvw',
      '1234567890123456789',
      'qwertyuiopasdfghjkl',
      'marketplace-rewards-2026',
      'MarketplaceRewards!!!',
    ])
      assert.equal(passwordProblem(guessable, ctx)?.code, 'password-weak', guessable);
    for (const fine of [
      'lantern orbit pickle meadow',
      'copper kettle under rain',
      'Tz9#mQ2!vL7@pX4$wR',
      '83!20#9917@@4471$$',
    ])
      assert.equal(passwordProblem(fine, ctx), undefined, fine);
  });
});
