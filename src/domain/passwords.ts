// Password rules after NIST SP 800-63B: length, not a known common password, not built from the account's own
// words. No composition rules (they make passwords weaker, not stronger).
import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 15;
export const MAX_PASSWORD_LENGTH = 128;

const COMMON = new Set((dictionary as Record<string, string[]>)['passwords-common'] ?? []);

export interface PasswordContext {
  email: string;
  displayName?: string;
}

/** Why a password is refused: a stable code (the portal words it in the person's language) and a sentence. */
export interface PasswordProblem {
  code: 'password-too-short' | 'password-too-long' | 'password-common' | 'password-personal';
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
  return undefined;
}
