import {
  getUser,
  listDepartments,
  listUnits,
  listUnitTypes,
  listUsers,
  revokeUserSessions,
  searchUnits,
  searchUsers,
  setUserPassword,
  upsertDepartments,
  upsertUnits,
  upsertUnitTypes,
  upsertUsers,
} from '@kaohe/db';
import {
  DomainError,
  IdSchema,
  ListQuerySchema,
  listResultSchema,
  NameSchema,
  RoleSchema,
  UsernameSchema,
  zodMessage,
} from '@kaohe/domain';
import { z } from 'zod';
import { generatePassword, hashPassword, passwordProblem } from '../password.ts';
import { roleProcedure, router } from '../trpc.ts';
import { IdInput, PublicUserSchema } from './schemas.ts';

const admin = roleProcedure('admin');

const UnitSchema = z.object({
  id: z.string(),
  name: z.string(),
  unitTypeId: z.string(),
  memberCount: z.number(),
  active: z.boolean(),
});

const UserCreate = z
  .object({
    username: UsernameSchema,
    displayName: NameSchema,
    role: RoleSchema,
    unitId: IdInput.nullable().default(null),
    departmentId: IdInput.nullable().default(null),
    password: z.string().max(200).optional(),
    /** For email copies of messages; empty or absent: none. */
    email: z
      .email(zodMessage({ zh: '邮箱格式不正确', en: 'not a valid email address' }))
      .max(200)
      .nullable()
      .default(null),
  })
  .superRefine((u, ctx) => {
    if (u.role === 'unit' && !u.unitId)
      ctx.addIssue({
        code: 'custom',
        path: ['unitId'],
        message: zodMessage({ zh: '单位用户须指定单位', en: 'a unit user needs a unit' }),
      });
    if (u.role === 'department' && !u.departmentId)
      ctx.addIssue({
        code: 'custom',
        path: ['departmentId'],
        message: zodMessage({
          zh: '部门用户须指定部门',
          en: 'a department user needs a department',
        }),
      });
  });

export const adminRouter = router({
  users: admin
    .input(z.object({ role: RoleSchema.optional(), active: z.boolean().optional() }).optional())
    .output(z.array(PublicUserSchema))
    .query(({ ctx, input }) => listUsers(ctx.db, input ?? {})),

  /** One page of accounts whose username or name contains `q` (issue 15). */
  userList: admin
    .input(
      ListQuerySchema.extend({
        role: RoleSchema.optional(),
        active: z.boolean().optional(),
      }),
    )
    .output(listResultSchema(PublicUserSchema))
    .query(({ ctx, input }) => searchUsers(ctx.db, input)),

  /** Accounts are created by an admin only; the password is shown once, or set here. */
  createUser: admin
    .input(UserCreate)
    .output(z.object({ user: PublicUserSchema, password: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const password = input.password ?? generatePassword();
      const problem = passwordProblem(password);
      if (problem) throw new DomainError('INVALID_INPUT', problem);
      const taken = await listUsers(ctx.db, {});
      if (taken.some((u) => u.username.toLowerCase() === input.username.toLowerCase())) {
        throw new DomainError('CONFLICT', {
          zh: `用户名「${input.username}」已存在`,
          en: `The username "${input.username}" is taken`,
        });
      }
      const id = crypto.randomUUID();
      await upsertUsers(ctx.db, ctx.actor, [
        {
          id,
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          unitId: input.role === 'unit' ? input.unitId : null,
          departmentId:
            input.role === 'department' || input.role === 'chairman' ? input.departmentId : null,
          passwordHash: await hashPassword(password),
          mustChangePassword: true,
          email: input.email,
        },
      ]);
      return { user: (await getUser(ctx.db, id))!, password };
    }),

  setUserActive: admin
    .input(z.object({ userId: IdInput, active: z.boolean() }))
    .output(PublicUserSchema)
    .mutation(async ({ ctx, input }) => {
      const user = await getUser(ctx.db, input.userId);
      if (!user) throw new DomainError('NOT_FOUND', { zh: '找不到该用户', en: 'User not found' });
      if (user.id === ctx.actor.userId && !input.active) {
        throw new DomainError('INVALID_INPUT', {
          zh: '不能停用自己的账号',
          en: 'You cannot disable your own account',
        });
      }
      await upsertUsers(ctx.db, ctx.actor, [{ ...user, active: input.active }]);
      if (!input.active)
        await revokeUserSessions(ctx.db, ctx.actor, { userId: user.id, reason: 'disabled' });
      return (await getUser(ctx.db, user.id))!;
    }),

  resetPassword: admin
    .input(z.object({ userId: IdInput }))
    .output(z.object({ password: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const password = generatePassword();
      await setUserPassword(ctx.db, ctx.actor, {
        userId: input.userId,
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
        reason: 'reset by admin',
      });
      await revokeUserSessions(ctx.db, ctx.actor, {
        userId: input.userId,
        reason: 'password reset',
      });
      return { password };
    }),

  units: admin.output(z.array(UnitSchema)).query(({ ctx }) => listUnits(ctx.db)),

  /** One page of units whose name or code contains `q` (issue 15). */
  unitList: admin
    .input(ListQuerySchema.extend({ unitTypeId: IdInput.optional() }))
    .output(listResultSchema(UnitSchema))
    .query(({ ctx, input }) => searchUnits(ctx.db, input)),

  saveUnit: admin
    .input(
      z.object({
        id: IdSchema,
        name: NameSchema,
        unitTypeId: IdInput,
        memberCount: z.number().int().min(0).max(10_000_000),
        active: z.boolean().default(true),
      }),
    )
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const types = await listUnitTypes(ctx.db);
      if (!types.some((t) => t.id === input.unitTypeId)) {
        throw new DomainError('INVALID_INPUT', { zh: '单位类型不存在', en: 'Unknown unit type' });
      }
      await upsertUnits(ctx.db, ctx.actor, [input]);
      return { id: input.id };
    }),

  departments: admin
    .output(z.array(z.object({ id: z.string(), name: z.string() }).loose()))
    .query(({ ctx }) => listDepartments(ctx.db)),

  saveDepartment: admin
    .input(z.object({ id: IdSchema, name: NameSchema }))
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await upsertDepartments(ctx.db, ctx.actor, [input]);
      return { id: input.id };
    }),

  unitTypes: admin
    .output(z.array(z.object({ id: z.string(), name: z.string() })))
    .query(({ ctx }) => listUnitTypes(ctx.db)),

  saveUnitType: admin
    .input(z.object({ id: IdSchema, name: NameSchema }))
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await upsertUnitTypes(ctx.db, ctx.actor, [input]);
      return { id: input.id };
    }),
});
