// Who may do what. Function-level checks are declared per route (`config.permission`) and enforced in one
// hook; the object-level check (is this publisher yours?) runs for every route under a publisher (app.ts).
import { AppError } from '../problems.ts';

export const ROLES = [
  'publisher-owner',
  'publisher-admin',
  'publisher-member',
  'rewards-team',
  'program-admin',
  'marketplace-feed',
] as const;
export type Role = (typeof ROLES)[number];
/** The roles people sign in with (the marketplace feed is an API token's). */
export const PERSON_ROLES = ROLES.filter((r) => r !== 'marketplace-feed');
export type PersonRole = (typeof PERSON_ROLES)[number];

export interface Principal {
  /** A person signed in with a session, or a machine with an API token. */
  kind: 'user' | 'token';
  /** The user; for a token, the program admin who created it (the token acts on their behalf). */
  userId: string;
  /** The token, when kind is token. */
  tokenId: string | null;
  /** What a token may do (see TOKEN_SCOPES); null for people, whose role decides. */
  scopes: string[] | null;
  email: string;
  displayName: string;
  role: Role;
  /** The publisher a publisher's user belongs to; null for the rewards team and program admins. */
  publisherId: string | null;
}

/** Every permission a route can require, and the roles that hold it. */
export const PERMISSIONS = {
  /** Read what the principal can see (object-level checks narrow it to the own publisher). */
  read: ['publisher-owner', 'publisher-admin', 'publisher-member', 'rewards-team', 'program-admin'],
  /** Change a publisher's settings: users, offers, marketing contacts, activations. */
  'publisher:manage': ['publisher-owner', 'publisher-admin', 'program-admin'],
  /** Decide what the publisher's people must do to sign in (require two-step sign-in): owners and program admins. */
  'publisher:security': ['publisher-owner', 'program-admin'],
  /** Ask for help: technical requests and support tickets (developers are members). */
  'publisher:request': ['publisher-owner', 'publisher-admin', 'publisher-member', 'program-admin'],
  /** Reply in a conversation (a ticket, request or dispute): the publisher's users on theirs, the team on any. */
  'conversations:reply': [
    'publisher-owner',
    'publisher-admin',
    'publisher-member',
    'rewards-team',
    'program-admin',
  ],
  /** Manage the publisher's webhook subscriptions (their secrets among them): its owners and admins, program admins. */
  'webhooks:manage': ['publisher-owner', 'publisher-admin', 'program-admin'],
  /** Register publishers, manage API tokens, read the audit trail. */
  'program:admin': ['program-admin'],
  /** Report offers live or delisted: the marketplace feed. */
  'offers:publish': ['program-admin', 'marketplace-feed'],
  /** Record billed sales: the marketplace feed. */
  'billed-sales:write': ['program-admin', 'marketplace-feed'],
  /** Read the feed's history: its API batches and file imports with their rejected lines. */
  'feed:read': ['rewards-team', 'program-admin'],
  /** Work the rewards team's queue. */
  'tasks:work': ['rewards-team', 'program-admin'],
  /** Record or withdraw a publisher's opt-out of an engagement (L8): the publisher's leads or the rewards team. */
  'engagement:opt-out': ['publisher-owner', 'publisher-admin', 'rewards-team', 'program-admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** Every permission a role holds: what a person's session may do (GET /session tells the portal). */
export function permissionsOf(role: Role): Permission[] {
  return PERMISSION_NAMES.filter((p) => (PERMISSIONS[p] as readonly Role[]).includes(role));
}

/** The scopes an API token can carry, and the permission each grants. */
export const TOKEN_SCOPES = {
  'offers:write': 'offers:publish',
  'billed-sales:write': 'billed-sales:write',
} as const satisfies Record<string, Permission>;
export type TokenScope = keyof typeof TOKEN_SCOPES;

/** The rewards team, program admins and the marketplace feed work across publishers. */
export function isStaff(principal: Principal): boolean {
  return (
    principal.role === 'rewards-team' ||
    principal.role === 'program-admin' ||
    principal.role === 'marketplace-feed'
  );
}

export function assertPermission(principal: Principal, permission: Permission): void {
  if (principal.scopes) {
    const granted = principal.scopes.some((s) => TOKEN_SCOPES[s as TokenScope] === permission);
    if (!granted)
      throw new AppError(
        'forbidden',
        `This API token may not do this; it needs a scope granting ${permission}.`,
      );
    return;
  }
  if (!(PERMISSIONS[permission] as readonly Role[]).includes(principal.role)) {
    throw new AppError('forbidden', `Your role (${principal.role}) may not do this; it needs ${permission}.`);
  }
}

/**
 * Owners are made and removed only by an owner or a program admin: a publisher admin manages admins and members,
 * never the accounts above them.
 */
export function assertMayManageRole(actor: Principal, targetRole: Role): void {
  if (
    targetRole === 'publisher-owner' &&
    actor.role !== 'publisher-owner' &&
    actor.role !== 'program-admin'
  ) {
    throw new AppError(
      'forbidden',
      'Only an owner of the publisher or a program admin may add or remove an owner.',
    );
  }
}

/**
 * The object-level check: staff see every publisher, a publisher's user only its own. Another publisher's
 * objects answer 404, as if they did not exist, so ids cannot be probed.
 */
export function canSeePublisher(principal: Principal, publisherId: string): boolean {
  return isStaff(principal) || principal.publisherId === publisherId;
}

export function assertVisiblePublisher(principal: Principal, publisherId: string): void {
  if (!canSeePublisher(principal, publisherId)) {
    throw new AppError('not-found', 'No publisher with that id is visible to you.');
  }
}
