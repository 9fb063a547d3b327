import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { CASE_STAGES, PARTY_ROLES, PROCEDURES } from '../domain/caseStages';
import { CASE_TYPES } from '../domain/caseNumber';
import { UUID_PATTERN } from '../util/uuidv7';

/** Building blocks shared by call schemas. */
export const Id = z.string().regex(UUID_PATTERN, '不是有效的编号');
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
export const IsoDateTime = z.string();
export const Empty = z.strictObject({});
export const RoleSchema = z.enum(ROLES);
export const StageSchema = z.enum(CASE_STAGES);
export const ProcedureSchema = z.enum(PROCEDURES);
export const CaseTypeSchema = z.enum(CASE_TYPES);
export const PartyRoleSchema = z.enum(PARTY_ROLES);

export const UserSchema = z.object({
  id: Id,
  userName: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  courtId: Id,
  teamId: Id.nullable(),
});
export type User = z.infer<typeof UserSchema>;
