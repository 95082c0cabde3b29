/**
 * Every failure the user can meet, read back into one shape: the server's domain code,
 * its message in both languages, zod field errors by field path, and details (a CONFLICT
 * carries the current row). tRPC errors, the evidence routes' JSON errors, a lost
 * connection and a bug all end here, so the pages show them one way and never a stack.
 * No Ant Design here: the sign-in page uses it too.
 */
import type { DomainErrorCode, LocalizedText } from '@kaohe/domain';
import { TRPCClientError } from '@trpc/client';
import { MESSAGES, type MessageKey } from '../i18n/messages.ts';

/** The server's domain codes, and the two the browser adds: no answer, or one it cannot read. */
export type ErrorCode = DomainErrorCode | 'NETWORK' | 'UNKNOWN';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly text: LocalizedText;
  /** Field path ("username", "command.reason") → messages, in the request's language. */
  readonly fieldErrors: Record<string, string[]>;
  readonly details: unknown;
  constructor(
    code: ErrorCode,
    text: LocalizedText,
    fieldErrors: Record<string, string[]> = {},
    details: unknown = null,
  ) {
    super(text.en);
    this.name = 'AppError';
    this.code = code;
    this.text = text;
    this.fieldErrors = fieldErrors;
    this.details = details;
  }
}

/** A failure the browser itself meets, in both languages. */
const both = (key: MessageKey): LocalizedText => ({ zh: MESSAGES.zh[key], en: MESSAGES.en[key] });

export const NETWORK_TEXT = both('error.network');
export const UNKNOWN_TEXT = both('error.unknown');
const FORBIDDEN_PAGE = both('error.forbiddenPage');

const HTTP_CODES: Record<number, ErrorCode> = {
  400: 'INVALID_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  412: 'LOCKED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'INVALID_INPUT',
  422: 'INVALID_TRANSITION',
  429: 'RATE_LIMITED',
};

const isText = (v: unknown): v is LocalizedText =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as LocalizedText).zh === 'string' &&
  typeof (v as LocalizedText).en === 'string';

/**
 * The server's one error body (apps/server/src/errors.ts `ErrorBody`): tRPC's `error.data`
 * and the plain routes' JSON alike. Read here and nowhere else.
 */
interface ErrorBody {
  domainCode?: string | null;
  text?: unknown;
  fieldErrors?: Record<string, string[]> | null;
  details?: unknown;
}

/** The error body as an AppError: the domain code, else what the HTTP status says; null if it is not one. */
export function fromErrorBody(body: unknown, httpStatus: number | undefined): AppError | null {
  if (typeof body !== 'object' || body === null) return null;
  const data = body as ErrorBody;
  if (!isText(data.text)) return null;
  const code = (data.domainCode ??
    (httpStatus ? HTTP_CODES[httpStatus] : undefined) ??
    'UNKNOWN') as ErrorCode;
  return new AppError(code, data.text, data.fieldErrors ?? {}, data.details ?? null);
}

/** Reads any thrown value as an AppError. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof TRPCClientError) {
    const data = error.data as { httpStatus?: number } | undefined;
    const parsed = fromErrorBody(data, data?.httpStatus);
    if (parsed) return parsed;
    // No JSON from the server at all: the request never arrived, or a proxy answered.
    if (!error.data || error.cause instanceof TypeError)
      return new AppError('NETWORK', NETWORK_TEXT);
    return new AppError('UNKNOWN', UNKNOWN_TEXT);
  }
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) {
    return new AppError('NETWORK', NETWORK_TEXT);
  }
  return new AppError('UNKNOWN', UNKNOWN_TEXT);
}

/**
 * A plain fetch to the server's own routes (evidence, rubric files): the response, or the
 * refusal read as the tRPC ones are. `accept` keeps a refusal that carries an answer of
 * its own (the rubric import's 400 lists the file's problems).
 */
export async function fetchResponse(
  url: string,
  init: RequestInit = {},
  accept: (body: unknown) => boolean = () => false,
): Promise<{ response: Response; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', ...init });
  } catch {
    throw new AppError('NETWORK', NETWORK_TEXT);
  }
  // Not JSON (a proxy's error page): the status alone says what happened.
  const body: unknown = await response.json().catch(() => null);
  if (response.ok || accept(body)) return { response, body };
  throw (
    fromErrorBody(body, response.status) ??
    new AppError(HTTP_CODES[response.status] ?? 'UNKNOWN', UNKNOWN_TEXT)
  );
}

/** `fetchResponse` for a JSON answer. */
export async function fetchJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  return (await fetchResponse(url, init)).body as T;
}

/** A page the signed-in user's role does not open. */
export function forbiddenPage(): AppError {
  return new AppError('FORBIDDEN', FORBIDDEN_PAGE);
}
