/** A message in both interface languages. Chinese is the default. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export type Locale = 'zh' | 'en';

/**
 * A zod message is one string, and ours are in both languages: schemas write the text as
 * LocalizedText through `zodMessage`, and `issueText` reads an issue's message back into
 * it (the tRPC error formatter, the rubric validator). The joint is private to these two.
 */
const JOINT = ' / ';

export function zodMessage(text: LocalizedText): string {
  return `${text.zh}${JOINT}${text.en}`;
}

/** The message `zodMessage` wrote, or null for one of zod's own. */
export function issueText(message: string): LocalizedText | null {
  const i = message.indexOf(JOINT);
  return i < 0 ? null : { zh: message.slice(0, i), en: message.slice(i + JOINT.length) };
}

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
