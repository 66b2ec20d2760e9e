// The second factor: TOTP (RFC 6238: 6 digits, 30-second steps, SHA-1, as every authenticator app reads it) with
// otplib, and one-time recovery codes. The secret is kept encrypted when MFA_SECRET_KEY is set (AES-256-GCM) and
// never leaves the service after enrolment; the last accepted time step is kept, so a code is good once.
import { createCipheriv, createDecipheriv, randomBytes, randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { hashSecret } from './secrets.ts';

/** Codes one step either side of now are accepted (a phone's clock a little off, a code typed at the turn). */
const TOLERANCE_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;

/** A new base32 secret (160 bits, RFC 4226's recommendation) and the otpauth:// address apps scan. */
export function newTotpSecret(issuer: string, label: string): { secret: string; uri: string } {
  const secret = generateSecret();
  return { secret, uri: generateURI({ issuer, label, secret }) };
}

/**
 * The time step a code matches at `now`, when it matches one after `afterStep` (the last one accepted, so a code
 * seen once is refused for the rest of its window); null otherwise.
 */
export async function matchTotp(
  secret: string,
  code: string,
  now: Date,
  afterStep: number | null,
): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
  }).catch(() => ({ valid: false as const }));
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** Ten recovery codes as people read them (xxxxx-xxxxx, no look-alike characters), and their hashes. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const part = () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join('');
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => `${part()}-${part()}`);
  return { codes, hashes: codes.map(recoveryCodeHash) };
}

/** A recovery code's hash, whatever case and spacing it was typed with. */
export function recoveryCodeHash(code: string): string {
  return hashSecret(`recovery:${code.trim().toLowerCase().replace(/\s/g, '')}`);
}

/** Seals a secret for storage: `v1:` AES-256-GCM under the key, or `plain:` when no key is configured. */
export function sealSecret(secret: string, key: Buffer | null): string {
  if (!key) return `plain:${secret}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `v1:${[iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url')).join('.')}`;
}

/** The secret sealSecret stored; throws when it was sealed under another key. */
export function openSecret(stored: string, key: Buffer | null): string {
  if (stored.startsWith('plain:')) return stored.slice('plain:'.length);
  if (!key) throw new Error('A TOTP secret is encrypted but MFA_SECRET_KEY is not set.');
  const [iv, tag, sealed] = stored
    .slice('v1:'.length)
    .split('.')
    .map((p) => Buffer.from(p, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', key, iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(sealed!), decipher.final()]).toString('utf8');
}
