// Signing in with a directory's identity: which account it is, and the session.
import { startSession, type NewSession, type SessionPolicy } from '../../platform/auth/sessions.ts';
import type { Db } from '../../platform/db/pool.ts';
import { toSignedInUser, type SignedInUser } from '../sessions/sessions.service.ts';
import { findLinkedUser, linkByEmail } from './sso.queries.ts';

export interface Identity {
  issuer: string;
  subject: string;
  email: string | null;
  verified: boolean;
}

/**
 * The account an identity signs in to: the one linked to it, or else the active account with its verified email,
 * which is then linked (first sign-in). An unverified email never links, and staff accounts (rewards team, program
 * admins) never link by email: a company's directory vouches for its own people only.
 */
export async function linkedUser(tx: Db, identity: Identity): Promise<SignedInUser | null> {
  const linked = await findLinkedUser(tx, identity.issuer, identity.subject);
  if (linked) return linked.active ? toSignedInUser(linked) : null;
  if (!identity.email || !identity.verified) return null;
  return (await linkByEmail(tx, { ...identity, email: identity.email })) ?? null;
}

/** The account and a new session for it, or null when no active account matches the identity. */
export async function signInWithIdentity(
  tx: Db,
  identity: Identity,
  policy: SessionPolicy,
  now: Date,
  meta: { ip: string; userAgent: string | undefined },
): Promise<{ user: SignedInUser; session: NewSession } | null> {
  const user = await linkedUser(tx, identity);
  return user && { user, session: await startSession(tx, user.id, policy, now, meta) };
}
