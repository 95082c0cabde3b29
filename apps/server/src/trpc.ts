/**
 * tRPC setup: one error formatter, the procedure builders every router uses, and the
 * mapping of domain errors to transport errors (errors.ts holds the table).
 */
import { DomainError, isDomainError, type LocalizedText, type Role } from '@kaohe/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import type { Context } from './context.ts';
import { AppTrpcError, INTERNAL_TEXT } from './errors.ts';

/** Our zod messages are written "中文 / English"; a field error shows the user's half. */
function localize(message: string, locale: 'zh' | 'en'): string {
  const i = message.indexOf(' / ');
  if (i < 0) return message;
  return locale === 'zh' ? message.slice(0, i) : message.slice(i + 3);
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const locale = ctx?.meta.locale ?? 'zh';
    const production = ctx?.config.env === 'production';
    let text: LocalizedText;
    let domainCode: string | null = null;
    let details: unknown = null;
    let fieldErrors: Record<string, string[]> | null = null;
    if (error instanceof AppTrpcError) {
      text = error.text;
      domainCode = error.domainCode;
      details = error.details ?? null;
    } else if (error.cause instanceof ZodError) {
      domainCode = 'INVALID_INPUT';
      fieldErrors = {};
      for (const issue of error.cause.issues) {
        const key = issue.path.map(String).join('.') || '_';
        const list = fieldErrors[key] ?? [];
        list.push(localize(issue.message, locale));
        fieldErrors[key] = list;
      }
      const first = Object.entries(fieldErrors)[0];
      text = {
        zh: `输入有误：${first ? `${first[0]}：${first[1][0]}` : ''}`,
        en: `Invalid input: ${first ? `${first[0]}: ${first[1][0]}` : ''}`,
      };
    } else if (error.code === 'INTERNAL_SERVER_ERROR') {
      text = INTERNAL_TEXT;
    } else {
      // tRPC's own errors (unknown procedure, bad JSON): short and safe to show.
      text = { zh: `请求无效：${error.message}`, en: `Invalid request: ${error.message}` };
    }
    return {
      message: text[locale],
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        domainCode,
        text,
        details,
        fieldErrors,
        ...(production ? {} : { stack: shape.data.stack }),
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Domain errors thrown anywhere below become transport errors with their code and texts. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (isDomainError(cause)) {
      throw new AppTrpcError(cause.code, cause.text, cause.details, cause);
    }
  }
  return result;
});

export const publicProcedure = t.procedure.use(domainErrors);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user || !ctx.actor) {
    throw new DomainError('UNAUTHENTICATED', {
      zh: '请先登录（登录已过期或尚未登录）',
      en: 'Please sign in (your session has expired or you are not signed in)',
    });
  }
  return next({ ctx: { ...ctx, user: ctx.user, actor: ctx.actor } });
});

const ROLE_TEXT: Record<Role, LocalizedText> = {
  unit: { zh: '被考核单位', en: 'unit' },
  department: { zh: '职能部门', en: 'department' },
  chairman: { zh: '主席室', en: "chairman's office" },
  admin: { zh: '管理员', en: 'administrator' },
};

/** A procedure only these roles may call. Record-level checks stay in the services. */
export function roleProcedure(...roles: Role[]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.actor.role)) {
      throw new DomainError('FORBIDDEN', {
        zh: `此操作仅限${roles.map((r) => ROLE_TEXT[r].zh).join('、')}`,
        en: `Only the ${roles.map((r) => ROLE_TEXT[r].en).join(' or ')} may do this`,
      });
    }
    return next();
  });
}

export { TRPCError };
