import Type, { type Static } from 'typebox';
import { Timestamp, Uuid } from '../../platform/http/schemas.ts';

export const ContactBody = Type.Object(
  {
    userId: Uuid,
    email: Type.String({
      minLength: 3,
      maxLength: 254,
      description: "Must differ from the company account's email (S7.2).",
    }),
    phone: Type.String({
      minLength: 4,
      maxLength: 32,
      description: 'International format, such as +1 425 555 0100.',
    }),
    language: Type.String({
      minLength: 2,
      maxLength: 35,
      description: 'BCP 47 tag from the program languages.',
    }),
  },
  { additionalProperties: false },
);
export type ContactBody = Static<typeof ContactBody>;

export const ContactParams = Type.Object(
  { publisherId: Uuid, contactId: Uuid },
  { additionalProperties: false },
);

export const ContactView = Type.Object(
  {
    id: Uuid,
    publisherId: Uuid,
    user: Type.Object(
      { id: Uuid, displayName: Type.String(), email: Type.String(), active: Type.Boolean() },
      { additionalProperties: false },
    ),
    email: Type.String(),
    phone: Type.String({ description: 'E.164' }),
    language: Type.String(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { additionalProperties: false },
);
export type ContactView = Static<typeof ContactView>;
