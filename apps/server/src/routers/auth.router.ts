import { getUser } from '@kaohe/db';
import { z } from 'zod';
import { changePassword, login, logout } from '../services/auth-service.ts';
import { authedProcedure, publicProcedure, router } from '../trpc.ts';
import { OkSchema, PublicUserSchema } from './schemas.ts';

export const authRouter = router({
  login: publicProcedure
    .input(
      z.object({
        username: z.string().trim().min(1).max(100),
        password: z.string().min(1).max(200),
      }),
    )
    .output(z.object({ user: PublicUserSchema }))
    .mutation(async ({ ctx, input }) => {
      const { token, expiresAt, user } = await login(ctx, ctx.meta, input);
      ctx.cookies.set(token, expiresAt, user.role);
      return { user };
    }),

  logout: authedProcedure.output(OkSchema).mutation(async ({ ctx }) => {
    if (ctx.sessionId) await logout(ctx, ctx.actor, ctx.sessionId);
    ctx.cookies.clear();
    return { ok: true as const };
  }),

  me: publicProcedure
    .output(z.object({ user: PublicUserSchema.nullable() }))
    .query(async ({ ctx }) => {
      if (!ctx.user) return { user: null };
      return { user: (await getUser(ctx.db, ctx.user.id)) ?? null };
    }),

  changePassword: authedProcedure
    .input(
      z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().max(400) }),
    )
    .output(z.object({ user: PublicUserSchema }))
    .mutation(async ({ ctx, input }) => ({
      user: await changePassword(ctx, ctx.actor, ctx.meta, {
        ...input,
        keepSessionId: ctx.sessionId,
      }),
    })),
});
