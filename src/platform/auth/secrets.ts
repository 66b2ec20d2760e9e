// Secrets handed to people and machines (session ids, invitation links, API tokens): random, and stored
// only as a SHA-256 hash, so a copy of the database grants nothing.
import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, base64url, with a prefix that says what the secret is for. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
