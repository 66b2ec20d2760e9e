import Type, { type Static } from 'typebox';
import { PERSON_ROLES } from '../../platform/auth/access.ts';
import { Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';

export const PersonParams = Type.Object({ userId: Uuid }, { additionalProperties: false });
export const ContactParams = Type.Object(
  { publisherId: Uuid, contactId: Uuid },
  { additionalProperties: false },
);

export const PeopleQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        minLength: 3,
        maxLength: 254,
        description: 'A part of an email address or a name, any case; without it, the first 20 by name.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type PeopleQuery = Static<typeof PeopleQuery>;

/** A person or a marketing contact a program admin may export or erase. */
export const PersonItem = Type.Object(
  {
    kind: Type.Enum(['user', 'contact'], {
      description:
        'A user (who signs in), or a marketing contact record (a user’s contact address and phone).',
    }),
    id: Uuid,
    userId: Uuid,
    publisherId: Nullable(Uuid),
    companyName: Nullable(Type.String()),
    name: Type.String(),
    email: Type.String(),
    role: Type.Enum(PERSON_ROLES),
    status: Type.Enum(['pending', 'active', 'deactivated', 'erased']),
  },
  { additionalProperties: false },
);
export type PersonItem = Static<typeof PersonItem>;

const Rows = <T extends Parameters<typeof Type.Object>[0]>(fields: T, description: string) =>
  Type.Array(Type.Object(fields, { additionalProperties: false }), { description });

/** Everything the service keeps about a person, as JSON (GDPR-style access and portability). */
export const PersonalDataView = Type.Object(
  {
    exportedAt: Timestamp,
    person: Type.Object(
      {
        id: Uuid,
        email: Type.String(),
        displayName: Type.String(),
        role: Type.Enum(PERSON_ROLES),
        publisherId: Nullable(Uuid),
        companyName: Nullable(Type.String()),
        language: Nullable(Type.String()),
        status: Type.Enum(['pending', 'active', 'deactivated', 'erased']),
        createdAt: Timestamp,
        deactivatedAt: Nullable(Timestamp),
        erasedAt: Nullable(Timestamp),
        twoStepSignIn: Type.Boolean({
          description: 'Whether TOTP is on (the secret itself is never exported).',
        }),
        singleSignOnIssuer: Nullable(Type.String({ description: 'The identity provider linked, if any.' })),
      },
      { additionalProperties: false },
    ),
    marketingContacts: Rows(
      {
        id: Uuid,
        publisherId: Uuid,
        email: Type.String(),
        phone: Type.String(),
        language: Type.String(),
        createdAt: Timestamp,
        updatedAt: Timestamp,
      },
      'Where the publisher reaches them about its rewards (S7).',
    ),
    sessions: Rows(
      {
        createdAt: Timestamp,
        lastSeenAt: Timestamp,
        endedAt: Nullable(Timestamp),
        ip: Nullable(Type.String()),
        userAgent: Nullable(Type.String()),
      },
      'Their sign-ins, with the client address and browser the retention settings keep.',
    ),
    offersOwned: Rows({ id: Uuid, name: Type.String() }, 'Offers they own (they get its welcome, S11).'),
    activations: Rows(
      { id: Uuid, benefitId: Type.String(), status: Type.String(), requestedAt: Timestamp },
      'Benefits they activated.',
    ),
    conversationsOpened: Rows(
      {
        id: Uuid,
        kind: Type.Enum(['support-ticket', 'technical-request', 'dispute']),
        text: Type.String(),
        openedAt: Timestamp,
      },
      'Tickets, technical requests and disputes they opened, with their text.',
    ),
    messagesWritten: Rows(
      { id: Uuid, conversationId: Uuid, body: Type.String(), writtenAt: Timestamp },
      'Their replies in conversations.',
    ),
    mail: Rows(
      {
        id: Uuid,
        kind: Type.String(),
        to: Type.String(),
        subject: Nullable(Type.String()),
        status: Type.String(),
        createdAt: Timestamp,
        sentAt: Nullable(Timestamp),
      },
      'The messages sent to their addresses.',
    ),
    auditTrail: Rows(
      {
        at: Timestamp,
        action: Type.String(),
        outcome: Type.String(),
        objectType: Nullable(Type.String()),
        objectId: Nullable(Type.String()),
        ip: Nullable(Type.String()),
        userAgent: Nullable(Type.String()),
      },
      'What they did, as the audit trail recorded it (the latest 10,000 entries).',
    ),
  },
  { additionalProperties: false },
);
export type PersonalDataView = Static<typeof PersonalDataView>;

/** What an erasure left: the pseudonym and how many records it replaced, removed or relabelled. */
export const ErasureView = Type.Object(
  {
    id: Uuid,
    pseudonym: Type.String({ description: '"Erased user 7f3a9c12": what the person is called from now on.' }),
    contactsRemoved: Type.Integer({ minimum: 0 }),
    messagesScrubbed: Type.Integer({ minimum: 0, description: 'Messages to their addresses: text removed.' }),
    auditEntriesRelabelled: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type ErasureView = Static<typeof ErasureView>;
