// Password rules after NIST SP 800-63B: length, not a known common password, not built from the account's own
// words, not what a guesser tries first (sequences, keyboard walks, repeats, the service's own name: zxcvbn's
// estimate). No composition rules (they make passwords weaker, not stronger).
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 15;
export const MAX_PASSWORD_LENGTH = 128;

const COMMON = new Set((dictionary as Record<string, string[]>)['passwords-common'] ?? []);

/** Words of this service a guesser tries with a person's own. */
const SERVICE_WORDS = [
  'marketplace',
  'rewards',
  'marketplacerewards',
  'marketplace rewards',
  'microsoft',
  'azure',
];
const estimator = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
/**
 * zxcvbn's score, 0 to 4: 3 ("safely unguessable: moderate protection from offline slow-hash scenario", about
 * 10^8 guesses and more) is the least it takes. The passwords are stored with argon2, so 10^8 is many years.
 */
const MIN_SCORE = 3;

export interface PasswordContext {
  email: string;
  displayName?: string;
}

/** Why a password is refused: a stable code (the portal words it in the person's language) and a sentence. */
export interface PasswordProblem {
  code:
    'password-too-short' | 'password-too-long' | 'password-common' | 'password-personal' | 'password-weak';
  detail: string;
}

/** Why a password is refused, in sentences a person can act on; empty when it is fine. */
export function passwordProblems(password: string, context: PasswordContext): string[] {
  const problem = passwordProblem(password, context);
  return problem ? [problem.detail] : [];
}

/** The first reason a password is refused, or undefined when it is fine. */
export function passwordProblem(password: string, context: PasswordContext): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return {
      code: 'password-too-short',
      detail: `Use at least ${MIN_PASSWORD_LENGTH} characters; a few unrelated words make a good one.`,
    };
  }
  if (length > MAX_PASSWORD_LENGTH)
    return { code: 'password-too-long', detail: `Use at most ${MAX_PASSWORD_LENGTH} characters.` };
  const lower = password.toLowerCase();
  const letters = lower.replace(/[^\p{L}]/gu, '');
  if (COMMON.has(lower) || COMMON.has(letters) || /^(.)\1+$/u.test(password)) {
    return {
      code: 'password-common',
      detail: 'This password is on a list of commonly used passwords; choose another.',
    };
  }
  const words = [context.email.split('@')[0] ?? '', ...(context.displayName ?? '').split(/\s+/)]
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= 4);
  if (words.some((w) => lower.includes(w)))
    return {
      code: 'password-personal',
      detail: 'Do not build the password from your name or email address.',
    };
  // The service's own name with a year or a few marks scores well with zxcvbn (the year looks random): what is
  // left without the service's words must be a password of its own.
  const own = SERVICE_WORDS.reduce((rest, w) => rest.replaceAll(w, ''), lower);
  if ([...own].length < 10 || estimator.check(password, [...SERVICE_WORDS, ...words]).score < MIN_SCORE)
    return {
      code: 'password-weak',
      detail:
        'This password is easy to guess (a sequence, a keyboard pattern, repeats or words of this service); a few unrelated words make a good one.',
    };
  return undefined;
}
