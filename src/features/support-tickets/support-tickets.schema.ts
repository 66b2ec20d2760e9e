import Type, { type Static } from 'typebox';
import { Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { ClockView } from '../tasks/tasks.clock.ts';
import { WritingLanguage } from '../conversations/conversations.schema.ts';

export const CreateTicketBody = Type.Object(
  {
    subject: Type.String({ minLength: 3, maxLength: 200 }),
    description: Type.String({ minLength: 10, maxLength: 4000 }),
    offerId: Type.Optional(Nullable(Uuid)),
    language: Type.Optional(WritingLanguage),
  },
  { additionalProperties: false },
);
export type CreateTicketBody = Static<typeof CreateTicketBody>;

export const TicketView = Type.Object(
  {
    id: Uuid,
    publisherId: Uuid,
    offerId: Nullable(Uuid),
    offerName: Nullable(Type.String()),
    subject: Type.String(),
    description: Type.String(),
    status: Type.Enum(['open', 'in-progress', 'closed']),
    openedAt: Timestamp,
    dueAt: Timestamp,
    contactedAt: Nullable(Timestamp),
    clock: ClockView,
  },
  { additionalProperties: false },
);
export type TicketView = Static<typeof TicketView>;
