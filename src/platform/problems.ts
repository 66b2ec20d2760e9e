// The error catalogue: one stable code per kind of failure, its HTTP status and title.
// Answers are RFC 9457 problem+json whose `type` is `/problems/<code>` (documented at that address).

export const PROBLEMS = {
  /** The body, query or path failed its schema, or a field broke a rule; `errors` names each field. */
  'validation-failed': {
    status: 422,
    title: 'The request is not valid',
    doc: 'A field is missing, malformed or breaks a program rule; `errors` lists each field by JSON pointer.',
  },
  /** The body is not parseable JSON or has the wrong media type. */
  'malformed-request': {
    status: 400,
    title: 'The request cannot be read',
    doc: 'The body is not valid JSON, or a header is malformed.',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    doc: 'Send JSON with Content-Type: application/json.',
  },
  'payload-too-large': {
    status: 413,
    title: 'The request body is too large',
    doc: 'Bodies are limited to 1 MiB.',
  },
  unauthenticated: {
    status: 401,
    title: 'Authentication required',
    doc: 'The request carries no valid identity.',
  },
  forbidden: {
    status: 403,
    title: 'Not allowed for your role',
    doc: 'Your role may not perform this action.',
  },
  'not-found': { status: 404, title: 'Not found', doc: 'No such resource, or not one you can see.' },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    doc: 'The resource exists but not with this method.',
  },
  'mpn-id-taken': {
    status: 409,
    title: 'MPN ID already registered',
    doc: 'Another publisher has this MPN ID (S1): each is registered once.',
  },
  'email-taken': {
    status: 409,
    title: 'Email already in use',
    doc: 'A user with this email address exists.',
  },
  'marketing-contact-required': {
    status: 409,
    title: 'A marketing contact is required',
    doc: 'Assign a marketing contact before activating a sales and marketing benefit (S6).',
  },
  'marketing-contact-limit': {
    status: 409,
    title: 'Too many marketing contacts',
    doc: 'The program allows a limited number of marketing contacts (L7).',
  },
  'marketing-contact-exists': {
    status: 409,
    title: 'Already a marketing contact',
    doc: 'This user is a marketing contact already; update that contact instead.',
  },
  'last-marketing-contact': {
    status: 409,
    title: 'The last marketing contact cannot be removed',
    doc: 'Active rewards need a marketing contact (S6): assign another before removing this one.',
  },
  'benefit-not-unlocked': {
    status: 409,
    title: 'The benefit is not unlocked',
    doc: 'Only a benefit the publisher has unlocked can be revoked for cause (L6).',
  },
  'benefit-not-revoked': {
    status: 409,
    title: 'The benefit is not revoked',
    doc: 'Only a benefit revoked for cause can be reinstated.',
  },
  'program-version-exists': {
    status: 409,
    title: 'The program version exists',
    doc: 'A version with this name or this effective date is published already; versions never change.',
  },
  /** A draft was saved (or published, or deleted) by someone else since this edit began: its revision is stale. */
  'draft-changed': {
    status: 409,
    title: 'The draft changed since you opened it',
    doc: 'Someone saved this program draft after you opened it. Open it again, then make your change once more.',
  },
  'sponsorship-outstanding': {
    status: 409,
    title: 'A sponsorship is still open',
    doc: 'A new sponsorship is issued once the previous grant is spent or expired (L9); `waitsFor` names that grant, what is left of it and the day it expires.',
  },
  'grant-closed': {
    status: 409,
    title: 'The grant is closed',
    doc: 'Spend is recorded only against an issued or active grant; this one is spent or expired (`state`).',
  },
  'benefit-not-available': {
    status: 409,
    title: 'The benefit is not available',
    doc: 'The benefit is locked or expired; `reasons` says why.',
  },
  'benefit-activated-by-request': {
    status: 409,
    title: 'Requested, not activated',
    doc: 'Technical benefits are asked for through a technical assistance request (S9).',
  },
  'offer-status-conflict': {
    status: 409,
    title: 'The offer cannot move to that status',
    doc: 'Offers go draft to live to delisted.',
  },
  'idempotency-key-missing': {
    status: 400,
    title: 'An Idempotency-Key is required',
    doc: 'Batches of billed sales carry an Idempotency-Key header (IETF httpapi draft), so that a retry is never counted twice.',
  },
  'idempotency-key-in-use': {
    status: 409,
    title: 'The request with this Idempotency-Key is still running',
    doc: 'An earlier request with the same key has not finished; retry once it has, and its answer comes back.',
  },
  'idempotency-key-reused': {
    status: 422,
    title: 'The Idempotency-Key belongs to another request',
    doc: 'The key was used with a different body; each new batch needs a new key.',
  },
  'external-id-taken': {
    status: 409,
    title: 'The marketplace offer id is taken',
    doc: "Another of this publisher's offers has this externalId: a publisher registers each marketplace offer once. (Other publishers' ids are not looked at.)",
  },
  'rate-fixed': {
    status: 409,
    title: 'The rate is already set',
    doc: 'A currency rate for a billing month, once given, stays: lines were converted with it.',
  },
  'user-inactive': {
    status: 409,
    title: 'The user is deactivated',
    doc: 'A deactivated user cannot be given new responsibilities.',
  },
  'user-not-pending': {
    status: 409,
    title: 'The person is not waiting for an invitation',
    doc: 'Only a person who has not accepted their invitation yet can be sent a new one or have it withdrawn.',
  },
  /** Deactivating the only active program admin: nobody would be left to run the program or invite staff. */
  'last-program-admin': {
    status: 409,
    title: 'The last program admin cannot be deactivated',
    doc: 'The program needs an active program admin: invite another one, then deactivate this one.',
  },
  'task-closed': { status: 409, title: 'The task is closed', doc: 'The task was completed or cancelled.' },
  'too-many-open': {
    status: 409,
    title: 'Too many open at once',
    doc: 'A publisher has at most 25 support tickets, 25 technical requests and 25 disputes open at once; another can be opened once the rewards team closes one.',
  },
  'already-disputed': {
    status: 409,
    title: 'Already disputed',
    doc: 'An undecided dispute names this line (or the tier figure) already: add to that conversation instead.',
  },
  'dispute-needs-decision': {
    status: 409,
    title: 'A dispute ends with a decision',
    doc: 'An undecided dispute is closed by deciding it (upheld or rejected, with a note), not by resolving or completing it.',
  },
  'dispute-decided': {
    status: 409,
    title: 'The dispute is decided',
    doc: 'A dispute is decided once, with at most one correction; after that, reply in its conversation or resolve it.',
  },
  'offer-change-needs-decision': {
    status: 409,
    title: "A change to an offer's facts ends with a decision",
    doc: "A publisher's change to an offer's listing option, co-sell readiness or markets is confirmed or declined, not completed.",
  },
  'offer-change-decided': {
    status: 409,
    title: 'The change request is settled',
    doc: 'The rewards team or the marketplace feed confirmed or declined it already; the publisher may ask again.',
  },
  'person-erased': {
    status: 409,
    title: 'The person was erased',
    doc: 'Their name, addresses and sign-in were removed already; what remains is under their pseudonym.',
  },
  'task-claimed': {
    status: 409,
    title: 'Someone else has the task',
    doc: 'Another team member claimed the task first; assigning it (POST /tasks/{id}/assign) takes it over on purpose.',
  },
  'notification-not-retryable': {
    status: 409,
    title: 'The message cannot be retried',
    doc: 'Only a failed message (retries exhausted) or one held without a mail transport is sent again.',
  },
  'webhook-limit': {
    status: 409,
    title: 'Too many webhook subscriptions',
    doc: 'A publisher (and the program) has at most 10 webhook subscriptions at once; remove one first.',
  },
  'webhook-subscription-disabled': {
    status: 409,
    title: 'The webhook subscription is disabled',
    doc: 'A disabled subscription is sent nothing, tests and redeliveries included: enable it first.',
  },
  'webhook-delivery-pending': {
    status: 409,
    title: 'The delivery is still being tried',
    doc: 'Only a delivered, failed or cancelled delivery is redelivered by hand; a pending one has its next attempt coming.',
  },
  'opt-out-exists': {
    status: 409,
    title: 'Already opted out',
    doc: 'The publisher has opted out of this engagement already (L8).',
  },
  'csrf-failed': {
    status: 403,
    title: 'Missing or wrong CSRF token',
    doc: 'A change made with a session cookie must carry the X-CSRF-Token header given at sign-in (GET /api/v1/session).',
  },
  'invalid-credentials': {
    status: 401,
    title: 'Wrong email or password',
    doc: 'The email and password do not match an active account.',
  },
  'signin-backoff': {
    status: 429,
    title: 'Too many failed sign-ins',
    doc: 'After repeated failures, sign-in for this address waits longer each time; Retry-After says how long.',
  },
  'invalid-mfa-code': {
    status: 401,
    title: 'Wrong code',
    doc: 'The code is wrong, expired or was used already (a code is good once), or the recovery code is unknown or used.',
  },
  'mfa-challenge-expired': {
    status: 401,
    title: 'Sign in again',
    doc: 'The second step of a sign-in lasts five minutes and is good once: sign in with the password again.',
  },
  'mfa-enrolment-required': {
    status: 403,
    title: 'Set up two-step sign-in first',
    doc: 'Staff (and the users of a publisher that requires it) must set up two-step sign-in on their account page; until then only that page is open.',
  },
  'mfa-state-conflict': {
    status: 409,
    title: 'Two-step sign-in is not in that state',
    doc: 'It is already on (turn it off first to set it up again), or it is not on (start the set-up first).',
  },
  'rate-limited': {
    status: 429,
    title: 'Too many requests',
    doc: 'Slow down; Retry-After says when to try again.',
  },
  'invitation-invalid': {
    status: 410,
    title: 'The invitation link is not valid',
    doc:
      'The link was used already, has expired, was withdrawn or replaced by a newer one, or its user was ' +
      'deactivated; the `state` member says which (accepted, expired, revoked, replaced, unknown).',
  },
  'sso-failed': {
    status: 401,
    title: 'Single sign-on failed',
    doc: 'The identity provider answer could not be verified, or no account matches it.',
  },
  'sso-not-configured': {
    status: 404,
    title: 'Single sign-on is not configured',
    doc: 'Set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET.',
  },
  'internal-error': {
    status: 500,
    title: 'Internal error',
    doc: 'Something failed on the server; nothing was changed. The log has the details under the request id.',
  },
} as const satisfies Record<string, { status: number; title: string; doc: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export interface FieldError {
  /** JSON pointer into the request, such as `/body/email`. */
  pointer: string;
  code: string;
  detail: string;
}

export class AppError extends Error {
  readonly code: ProblemCode;
  readonly errors: FieldError[] | undefined;
  /** Extension members added to the problem body (for example `reasons`). */
  readonly extensions: Record<string, unknown> | undefined;

  constructor(
    code: ProblemCode,
    detail: string,
    options: { errors?: FieldError[]; extensions?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.code = code;
    this.errors = options.errors;
    this.extensions = options.extensions;
  }
}

export function notFound(what: string): AppError {
  return new AppError('not-found', `No ${what} with that id is visible to you.`);
}

export function invalid(errors: FieldError[]): AppError {
  return new AppError('validation-failed', errors.map((e) => `${e.pointer}: ${e.detail}`).join('; '), {
    errors,
  });
}
