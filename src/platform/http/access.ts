// Who may do what. Function-level checks are declared per route (`config.permission`) and enforced in one
// hook; object-level checks (is this publisher yours?) are made by `visiblePublisher` on every object.
import { AppError } from './problems.ts';

export const ROLES = [
  'publisher-owner',
  'publisher-admin',
  'publisher-member',
  'rewards-team',
  'program-admin',
] as const;
export type Role = (typeof ROLES)[number];
export const PUBLISHER_ROLES = [
  'publisher-owner',
  'publisher-admin',
  'publisher-member',
] as const satisfies readonly Role[];

export interface Principal {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  /** The publisher a publisher's user belongs to; null for the rewards team and program admins. */
  publisherId: string | null;
}

/** Every permission a route can require, and the roles that hold it. */
export const PERMISSIONS = {
  /** Read what the principal can see (object-level checks narrow it to the own publisher). */
  read: ROLES,
  /** Change a publisher's settings: users, offers, marketing contacts, activations. */
  'publisher:manage': ['publisher-owner', 'publisher-admin', 'program-admin'],
  /** Ask for help: technical requests and support tickets (developers are members). */
  'publisher:request': ['publisher-owner', 'publisher-admin', 'publisher-member', 'program-admin'],
  /** Register publishers, publish and delist offers, record billed sales: the program and its feed. */
  'program:admin': ['program-admin'],
  /** Work the rewards team's queue. */
  'tasks:work': ['rewards-team', 'program-admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isStaff(principal: Principal): boolean {
  return principal.role === 'rewards-team' || principal.role === 'program-admin';
}

export function assertPermission(principal: Principal, permission: Permission): void {
  if (!(PERMISSIONS[permission] as readonly Role[]).includes(principal.role)) {
    throw new AppError('forbidden', `Your role (${principal.role}) may not do this; it needs ${permission}.`);
  }
}

/**
 * The object-level check: staff see every publisher, a publisher's user only its own. Another publisher's
 * objects answer 404, as if they did not exist, so ids cannot be probed.
 */
export function assertVisiblePublisher(principal: Principal, publisherId: string): void {
  if (!isStaff(principal) && principal.publisherId !== publisherId) {
    throw new AppError('not-found', 'No publisher with that id is visible to you.');
  }
}
