/**
 * Domain error codes to transport errors: the one table. The client reads `data.code`
 * and `data.text` back (see the web app's error handling); no stack, SQL or path leaves
 * the server in production.
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
