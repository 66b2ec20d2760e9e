import Type, { type Static } from 'typebox';
import { Nullable } from '../../platform/http/schemas.ts';
import { TaskView } from '../tasks/tasks.schema.ts';

const Count = Type.Integer({ minimum: 0 });

export const ContactRateItem = Type.Object(
  {
    weekStart: Type.String({ format: 'date' }),
    activations: Count,
    contactedWithinWeek: Count,
    contactedLate: Count,
    notYetContacted: Count,
    notYetContactedPastDue: Type.Integer({
      minimum: 0,
      description: 'Of those not yet contacted, how many are past their due date (the promise missed)',
    }),
    share: Nullable(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description:
          'Contacted within the promise over those whose outcome is known (contacted, or past due); null if none',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ContactRateItem = Static<typeof ContactRateItem>;

export const ContactRateQuery = Type.Object(
  { weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 104, default: 12 })) },
  { additionalProperties: false },
);

export const OpenWorkItem = Type.Object(
  { age: Type.String(), kind: TaskView.properties.kind, open: Count, late: Count, unassigned: Count },
  { additionalProperties: false },
);
export type OpenWorkItem = Static<typeof OpenWorkItem>;

export const ActivationsByBenefitItem = Type.Object(
  {
    benefitId: Type.String(),
    benefitName: Type.String(),
    activations: Count,
    fulfilled: Count,
    inProgress: Count,
    requested: Count,
  },
  { additionalProperties: false },
);
export type ActivationsByBenefitItem = Static<typeof ActivationsByBenefitItem>;

export const ByTierItem = Type.Object(
  { tierId: Type.String(), tierName: Type.String(), count: Count },
  { additionalProperties: false },
);
export type ByTierItem = Static<typeof ByTierItem>;
