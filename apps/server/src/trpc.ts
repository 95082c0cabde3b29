/**
 * tRPC setup: one error formatter, the procedure builders every router uses, and the
 * mapping of domain errors to transport errors (errors.ts holds the table).
 */
import { pgErrorInfo, recordSecurityEvent } from '@kaohe/db';
import {
  DomainError,
  isDomainError,
  issueText,
  type LocalizedText,
  type Role,
} from '@kaohe/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Context } from './context.ts';
import { AppTrpcError, errorBody, INTERNAL_TEXT } from './errors.ts';
import { transformer } from './wire.ts';

/** Our zod messages carry both languages (`zodMessage`); a field error shows the user's. */
function localize(message: string, locale: 'zh' | 'en'): string {
  return issueText(message)?.[locale] ?? message;
}

const t = initTRPC.context<Context>().create({
  transformer,
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
    } else if (error instanceof PasswordChangeRequiredError) {
      text = error.text;
      domainCode = PASSWORD_CHANGE_REQUIRED;
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
        ...errorBody(domainCode, text, { fieldErrors, details }),
        ...(production ? {} : { stack: shape.data.stack }),
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * The server enforces what the web's forced "choose your own password" screen asks: an
 * account still on the password the office gave it may only do these.
 */
export const PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED';
export const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set([
  'auth.me',
  'auth.logout',
  'auth.changePassword',
]);

/** A FORBIDDEN refusal with its own code, so the client knows to show the password screen. */
export class PasswordChangeRequiredError extends TRPCError {
  readonly text: LocalizedText = {
    zh: '请先修改初始密码，然后才能继续使用系统',
    en: 'Choose your own password before you go on',
  };
  constructor() {
    super({ code: 'FORBIDDEN', message: '请先修改初始密码，然后才能继续使用系统' });
  }
}

/** The record a refused call names: its assessment (and item), or the id it acts on. */
function targetOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return null;
  const field = (key: string): string | null => {
    const value = Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' ? value : null;
  };
  const main =
    field('assessmentId') ??
    field('id') ??
    field('userId') ??
    field('cycleId') ??
    field('rubricId') ??
    field('unitId') ??
    field('departmentId') ??
    field('username');
  const item = field('itemId') ?? field('awardId');
  if (main === null) return item;
  return item === null ? main : `${main}/${item}`;
}

/**
 * What the database refuses about the data itself (SQLSTATE class 22, data exception, and
 * 23, integrity: a unit type that does not exist, a name already taken) is the request's
 * fault, not the server's: the repositories translate the constraints they know, and this
 * catches the rest, which were internal errors (a user of a department that does not exist).
 */
function fromDatabase(cause: unknown): unknown {
  if (isDomainError(cause)) return cause;
  const { code } = pgErrorInfo(cause);
  if (code === undefined) return cause;
  if (code === '23505') {
    return new DomainError('CONFLICT', {
      zh: '该记录已存在（编号或名称重复）',
      en: 'That record already exists (a duplicate id or name)',
    });
  }
  if (code.startsWith('22') || code.startsWith('23')) {
    return new DomainError('INVALID_INPUT', {
      zh: '输入的数据无效，或引用的记录（单位、部门、类型等）不存在',
      en: 'The data is not valid, or a record it refers to (unit, department, type…) does not exist',
    });
  }
  return cause;
}

/**
 * Domain errors thrown anywhere below become transport errors with their code and texts.
 * Refusals of who (FORBIDDEN, UNAUTHENTICATED) are recorded in `security_event`: after the
 * refused transaction has rolled back, and a failure to record never changes the answer.
 */
const domainErrors = t.middleware(async ({ ctx, path, next, getRawInput }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = fromDatabase(result.error.cause);
  const error = isDomainError(cause)
    ? new AppTrpcError(cause.code, cause.text, cause.details, cause)
    : result.error;
  const code =
    error instanceof PasswordChangeRequiredError
      ? PASSWORD_CHANGE_REQUIRED
      : error instanceof AppTrpcError
        ? error.domainCode
        : null;
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' || code === PASSWORD_CHANGE_REQUIRED) {
    const text = (error as AppTrpcError | PasswordChangeRequiredError).text;
    try {
      await recordSecurityEvent(ctx.db, {
        at: ctx.now(),
        actorUserId: ctx.user?.id ?? null,
        actorRole: ctx.user?.role ?? null,
        procedure: path,
        targetId: targetOf(await getRawInput().catch(() => null)),
        code,
        reason: text.zh,
        ip: ctx.meta.ip,
      });
    } catch (e) {
      console.error('could not record a security event', e);
    }
  }
  if (error === result.error) return result;
  throw error;
});

/** The first string in the input holding a NUL, which PostgreSQL text cannot store. */
function hasNul(input: unknown): boolean {
  const stack: unknown[] = [input];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return true;
    } else if (value !== null && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      if (value instanceof Map) stack.push(...value.keys(), ...value.values());
      else if (value instanceof Set) stack.push(...value);
      else for (const [k, v] of Object.entries(value)) stack.push(k, v);
    }
  }
  return false;
}

/**
 * Refused before anything reads the input: a NUL character (PostgreSQL rejects it in
 * text, which was an internal error).
 */
const noNul = t.middleware(async ({ next, getRawInput }) => {
  if (hasNul(await getRawInput())) {
    throw new DomainError('INVALID_INPUT', {
      zh: '输入含有不允许的控制字符（NUL）',
      en: 'The input contains a character that is not allowed (NUL)',
    });
  }
  return next();
});

export const publicProcedure = t.procedure.use(domainErrors).use(noNul);

export const authedProcedure = publicProcedure.use(({ ctx, path, next }) => {
  if (!ctx.user || !ctx.actor) {
    throw new DomainError('UNAUTHENTICATED', {
      zh: '请先登录（登录已过期或尚未登录）',
      en: 'Please sign in (your session has expired or you are not signed in)',
    });
  }
  if (ctx.user.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(path)) {
    throw new PasswordChangeRequiredError();
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
