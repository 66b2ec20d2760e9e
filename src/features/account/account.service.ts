// The account page's use cases: the second factor (set up, confirmed with a first code, turned off with a code),
// the password (the current one required, the strength rules of passwords.ts, every other session ended), the
// person's own sessions, and an owner's requirement of a second factor for their publisher.
import { hash, verify } from '@node-rs/argon2';
import QRCode from 'qrcode';
import { passwordProblem } from '../../domain/passwords.ts';
import {
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  openSecret,
  recoveryCodeHash,
  sealSecret,
} from '../../platform/auth/mfa.ts';
import { endSessionsOf } from '../../platform/auth/sessions.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { change, first, sql } from '../../platform/db/tables.ts';
import { AppError, invalid } from '../../platform/problems.ts';
import {
  deleteMfa,
  endOwnSession,
  mfaRow,
  openSessions,
  recoveryCodesLeft,
  saveStep,
  useRecoveryCode,
} from './account.queries.ts';
import type { AccountView, EnrolmentView, PasswordBody, SessionItem } from './account.schema.ts';

/** The name authenticator apps show above the code. */
const ISSUER = 'Marketplace Rewards';

export async function accountOf(db: Db, userId: string, required: boolean): Promise<AccountView> {
  const row = await mfaRow(db, userId);
  const enabled = Boolean(row?.enabled_at);
  return {
    mfa: { enabled, required, recoveryCodesLeft: enabled ? await recoveryCodesLeft(db, userId) : 0 },
  };
}

/**
 * Whether `code` is the person's second factor now: a TOTP code from a later time step than the last accepted
 * (which it then becomes), or an unused recovery code (which is then used). False when they have none enabled.
 */
export async function verifySecondFactor(
  tx: Tx,
  userId: string,
  code: string,
  key: Buffer | null,
  now: Date,
): Promise<boolean> {
  const row = await mfaRow(tx, userId, true);
  if (!row?.enabled_at) return false;
  if (/^\s*\d{3}\s?\d{3}\s*$/.test(code)) {
    const last = row.last_step === null ? null : Number(row.last_step);
    const step = await matchTotp(openSecret(row.secret, key), code, now, last);
    if (step === null) return false;
    await saveStep(tx, userId, step);
    return true;
  }
  return useRecoveryCode(tx, userId, recoveryCodeHash(code), now);
}

/** Starts (or starts again) setting up a second factor: a new secret, shown now and never again. */
export async function startEnrolment(
  tx: Tx,
  user: { id: string; email: string },
  key: Buffer | null,
  now: Date,
): Promise<EnrolmentView> {
  const row = await mfaRow(tx, user.id, true);
  if (row?.enabled_at)
    throw new AppError(
      'mfa-state-conflict',
      'Two-step sign-in is on already; turn it off to set it up again.',
    );
  const { secret, uri } = newTotpSecret(ISSUER, user.email);
  await change(tx, sql.deleteFrom('user_mfa').where('user_id', '=', user.id));
  await change(
    tx,
    sql.insertInto('user_mfa').values({ user_id: user.id, secret: sealSecret(secret, key), created_at: now }),
  );
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { secret, uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/** Confirms the set-up with a first code: the second factor is on, with ten recovery codes shown once. */
export async function confirmEnrolment(
  tx: Tx,
  userId: string,
  code: string,
  key: Buffer | null,
  now: Date,
): Promise<{ recoveryCodes: string[] }> {
  const row = await mfaRow(tx, userId, true);
  if (!row || row.enabled_at)
    throw new AppError(
      'mfa-state-conflict',
      row ? 'Two-step sign-in is on already.' : 'Start setting up two-step sign-in first.',
    );
  const step = await matchTotp(openSecret(row.secret, key), code, now, null);
  if (step === null) throw wrongCode();
  await change(
    tx,
    sql.updateTable('user_mfa').set({ enabled_at: now, last_step: step }).where('user_id', '=', userId),
  );
  const { codes, hashes } = newRecoveryCodes();
  await change(tx, sql.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId));
  await change(
    tx,
    sql.insertInto('mfa_recovery_codes').values(hashes.map((code_hash) => ({ user_id: userId, code_hash }))),
  );
  return { recoveryCodes: codes };
}

/** Turns the second factor off, with a code (or a recovery code) as proof. */
export async function disableMfa(
  tx: Tx,
  userId: string,
  code: string,
  key: Buffer | null,
  now: Date,
): Promise<void> {
  const row = await mfaRow(tx, userId, true);
  if (!row?.enabled_at) throw new AppError('mfa-state-conflict', 'Two-step sign-in is not on.');
  if (!(await verifySecondFactor(tx, userId, code, key, now))) throw wrongCode();
  await deleteMfa(tx, userId);
}

function wrongCode(): AppError {
  return invalid([
    {
      pointer: '/body/code',
      code: 'invalid-mfa-code',
      detail: 'The code is wrong or was used already; type the code the app shows now.',
    },
  ]);
}

/** Changes the password (the current one required) and ends every other session; answers how many ended. */
export async function changePassword(
  tx: Tx,
  user: { id: string; email: string; displayName: string },
  body: PasswordBody,
  currentSession: string,
  now: Date,
): Promise<number> {
  const row = await first(
    tx,
    sql.selectFrom('users').select('password_hash').where('id', '=', user.id).forUpdate(),
  );
  const matches = row?.password_hash
    ? await verify(row.password_hash, body.currentPassword).catch(() => false)
    : false;
  if (!matches)
    throw invalid([
      {
        pointer: '/body/currentPassword',
        code: 'wrong-password',
        detail: 'This is not your current password.',
      },
    ]);
  const weak = passwordProblem(body.newPassword, { email: user.email, displayName: user.displayName });
  if (weak) throw invalid([{ pointer: '/body/newPassword', ...weak }]);
  await change(
    tx,
    sql
      .updateTable('users')
      .set({ password_hash: await hash(body.newPassword) })
      .where('id', '=', user.id),
  );
  return endSessionsOf(tx, user.id, now, currentSession);
}

export async function listSessions(
  db: Db,
  userId: string,
  currentSession: string,
  now: Date,
): Promise<SessionItem[]> {
  const rows = await openSessions(db, userId, now);
  return rows.map((r) => ({
    id: r.id,
    userAgent: r.user_agent,
    ip: r.ip,
    signedInAt: r.created_at.toISOString(),
    lastSeenAt: r.last_seen_at.toISOString(),
    current: r.id === currentSession,
  }));
}

/** Ends one of the person's own sessions; another's (or an unknown id) is not found. */
export async function endSession(db: Db, userId: string, sessionId: string, now: Date): Promise<void> {
  if ((await endOwnSession(db, userId, sessionId, now)) === 0)
    throw new AppError('not-found', 'No open session of yours has that id.');
}

export async function setMfaRequirement(db: Db, publisherId: string, required: boolean): Promise<void> {
  await change(
    db,
    sql.updateTable('publishers').set({ require_mfa: required }).where('id', '=', publisherId),
  );
}
