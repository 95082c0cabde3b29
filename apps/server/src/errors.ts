/**
 * Domain error codes to transport errors: the one table, and the one error body. tRPC's
 * `error.data` and the plain routes' JSON carry the same `ErrorBody`, which the web reads
 * back in one place (its lib/app-error.ts); no stack, SQL or path leaves the server in
 * production.
 */
import { type DomainErrorCode, isDomainError, type LocalizedText } from '@kaohe/domain';
import { TRPCError } from '@trpc/server';

type TrpcCode = TRPCError['code'];

export const ERROR_TABLE: Record<DomainErrorCode, TrpcCode> = {
  INVALID_SCORE: 'BAD_REQUEST',
  INVALID_INPUT: 'BAD_REQUEST',
  INVALID_RUBRIC: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'UNPROCESSABLE_CONTENT',
  LOCKED: 'PRECONDITION_FAILED',
  UNKNOWN_MACHINE_VERSION: 'PRECONDITION_FAILED',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  RUBRIC_IMMUTABLE: 'PRECONDITION_FAILED',
};

/** HTTP status per tRPC code, for the plain Fastify routes (evidence upload). */
export const HTTP_STATUS: Partial<Record<TrpcCode, number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE_CONTENT: 422,
  TOO_MANY_REQUESTS: 429,
};

/** Carries the domain code, both texts and details (a conflict's current row) to the formatter. */
export class AppTrpcError extends TRPCError {
  readonly domainCode: DomainErrorCode;
  readonly text: LocalizedText;
  readonly details: unknown;
  constructor(code: DomainErrorCode, text: LocalizedText, details: unknown, cause?: unknown) {
    super({ code: ERROR_TABLE[code], message: text.zh, cause });
    this.domainCode = code;
    this.text = text;
    this.details = details;
  }
}

export function toTrpcError(error: unknown): unknown {
  if (isDomainError(error)) return new AppTrpcError(error.code, error.text, error.details, error);
  return error;
}

export const INTERNAL_TEXT: LocalizedText = {
  zh: '服务器内部错误，请稍后重试；如仍有问题请联系管理员',
  en: 'Internal server error; please try again, and tell the administrator if it persists',
};

/**
 * What every refusal carries, on tRPC (inside `error.data`) and on the plain HTTP routes
 * (the JSON body, beside `message`): the domain code when there is one, both texts, zod
 * field errors by path, and details (a conflict's current row).
 */
export interface ErrorBody {
  domainCode: string | null;
  text: LocalizedText;
  fieldErrors: Record<string, string[]> | null;
  details: unknown;
}

export function errorBody(
  domainCode: string | null,
  text: LocalizedText,
  more: { fieldErrors?: Record<string, string[]> | null; details?: unknown } = {},
): ErrorBody {
  return {
    domainCode,
    text,
    fieldErrors: more.fieldErrors ?? null,
    details: more.details ?? null,
  };
}

/** A plain route's JSON refusal: the error body, and its message in the request's language. */
export function plainErrorBody(
  locale: 'zh' | 'en',
  domainCode: string | null,
  text: LocalizedText,
): ErrorBody & { message: string } {
  return { message: text[locale], ...errorBody(domainCode, text) };
}
