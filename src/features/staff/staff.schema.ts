import Type, { type Static } from 'typebox';
import { DisplayName, Email, Uuid } from '../../platform/http/schemas.ts';
import { InvitationLanguage } from '../invitations/invitations.schema.ts';

export const StaffRole = Type.Enum(['rewards-team', 'program-admin']);

export const InviteStaffBody = Type.Object(
  { email: Email, displayName: DisplayName, role: StaffRole, language: Type.Optional(InvitationLanguage) },
  { additionalProperties: false },
);
export type InviteStaffBody = Static<typeof InviteStaffBody>;

export const StaffParams = Type.Object({ userId: Uuid }, { additionalProperties: false });
