/** A message in both interface languages. Chinese is the default. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export type Locale = 'zh' | 'en';

/**
 * Domain error codes. The server maps each code to a transport error in one table;
 * the client parses the code back. Add a code here, then give it a row there.
 */
export const DOMAIN_ERROR_CODES = [
  'INVALID_SCORE',
  'INVALID_INPUT',
  'INVALID_RUBRIC',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'INVALID_TRANSITION',
  'LOCKED',
  'UNKNOWN_MACHINE_VERSION',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  /** A published or archived rubric, or one a cycle uses: never edited; clone it instead. */
  'RUBRIC_IMMUTABLE',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly text: LocalizedText;
  readonly details: unknown;

  constructor(code: DomainErrorCode, text: LocalizedText, details?: unknown) {
    super(text.en);
    this.name = 'DomainError';
    this.code = code;
    this.text = text;
    this.details = details;
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
