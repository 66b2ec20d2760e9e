import Type, { type Static } from 'typebox';
import { Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { ClockView } from '../tasks/tasks.clock.ts';
import { WritingLanguage } from '../conversations/conversations.schema.ts';

const Stage = Type.Enum(['presales', 'design', 'deployment', 'application-development']);

export const CreateTechnicalRequestBody = Type.Object(
  {
    offerId: Type.String({
      format: 'uuid',
      description: "One of the publisher's offers, live or in draft: help can come before going live (S9).",
    }),
    stage: Type.Enum(Stage.enum, { description: 'The stage of the solution the help is for (S9).' }),
    solution: Type.Enum(['cloud', 'hybrid']),
    description: Type.String({ minLength: 20, maxLength: 4000 }),
    language: Type.Optional(WritingLanguage),
  },
  { additionalProperties: false },
);
export type CreateTechnicalRequestBody = Static<typeof CreateTechnicalRequestBody>;

export const TechnicalRequestView = Type.Object(
  {
    id: Uuid,
    publisherId: Uuid,
    offerId: Uuid,
    offerName: Type.String(),
    stage: Stage,
    solution: Type.String(),
    description: Type.String(),
    status: Type.Enum(['open', 'in-progress', 'closed']),
    requestedAt: Timestamp,
    dueAt: Timestamp,
    contactedAt: Nullable(Timestamp),
    clock: ClockView,
  },
  { additionalProperties: false },
);
export type TechnicalRequestView = Static<typeof TechnicalRequestView>;
