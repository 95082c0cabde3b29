import { z } from 'zod';

/**
 * Who acts. A unit user belongs to one unit, a department user to one department;
 * the chairman's office (主席室) and the admin (the assessment office) see everything.
 */
export const ROLES = ['unit', 'department', 'chairman', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const ROLE_NAMES: Record<Role, { zh: string; en: string }> = {
  unit: { zh: '被考核单位', en: 'Unit' },
  department: { zh: '职能部门', en: 'Department' },
  chairman: { zh: '主席室', en: "Chairman's office" },
  admin: { zh: '考核办（管理员）', en: 'Administrator' },
};

/** The actor every workflow event and every audit event carries. */
export const ActorSchema = z.object({
  userId: z.string().min(1),
  role: RoleSchema,
  /** set for role 'unit' */
  unitId: z.string().min(1).nullable().default(null),
  /** set for role 'department' */
  departmentId: z.string().min(1).nullable().default(null),
});
export type Actor = z.infer<typeof ActorSchema>;
