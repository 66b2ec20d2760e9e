import Type, { type Static } from 'typebox';
import { Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { ClockView } from '../tasks/tasks.clock.ts';

export const ActivateBody = Type.Object(
  { benefitId: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);

export const ActivationParams = Type.Object(
  { publisherId: Uuid, activationId: Uuid },
  { additionalProperties: false },
);

export const ActivationView = Type.Object(
  {
    id: Uuid,
    publisherId: Uuid,
    benefitId: Type.String(),
    benefitName: Type.String(),
    status: Type.Enum(['requested', 'in-progress', 'fulfilled', 'cancelled']),
    requestedAt: Timestamp,
    periodStart: Timestamp,
    programVersion: Type.String(),
    contactDueAt: Timestamp,
    contactedAt: Nullable(Timestamp),
    clock: ClockView,
    promise: Type.String({ description: 'What the publisher was promised, in a sentence (S8).' }),
  },
  { additionalProperties: false },
);
export type ActivationView = Static<typeof ActivationView>;
