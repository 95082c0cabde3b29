/**
 * Password hashing with scrypt (node:crypto): no native dependency, memory-hard.
 * Stored as `scrypt$N$r$p$salt$hash` so the cost can rise later without a migration.
 */
import { randomBytes, randomInt, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCb) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

const N = 16384;
const R = 8;
const P = 1;
const KEYLEN = 32;

export async function hashPassword(password: string, cost = N): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password.normalize('NFC'), salt, KEYLEN, {
    N: cost,
    r: R,
    p: P,
    maxmem: 64 * 1024 * 1024,
  });
  return `scrypt$${cost}$${R}$${P}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/**
 * For a password of `generatePassword` only (about 92 random bits): a slow hash guards
 * guessable passwords, and no guessing reaches 2^92, so a 16× cheaper cost loses nothing.
 * It lets an import hash 10,000 initial passwords in seconds rather than minutes; the
 * user's own password, chosen at the forced first change, gets the full cost (decision 023).
 */
export const GENERATED_PASSWORD_COST = 1024;
export const hashGeneratedPassword = (password: string) =>
  hashPassword(password, GENERATED_PASSWORD_COST);

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(
    password.normalize('NFC'),
    Buffer.from(salt, 'base64url'),
    expected.length,
    {
      N: Number(n),
      r: Number(r),
      p: Number(p),
      maxmem: 64 * 1024 * 1024,
    },
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Length, not composition (NIST SP 800-63B): at least 10 characters, at most 200. */
export function passwordProblem(password: string): { zh: string; en: string } | null {
  const length = [...password].length;
  if (length < 10)
    return { zh: '密码至少需要10个字符', en: 'A password needs at least 10 characters' };
  if (length > 200)
    return { zh: '密码不能超过200个字符', en: 'A password cannot exceed 200 characters' };
  return null;
}

/**
 * The most common passwords, from `@zxcvbn-ts/language-common` (MIT; about 49,000 from
 * public breach corpora, lower case): decision 013. Loaded on the first password change,
 * not at start.
 */
let commonPasswords: Promise<ReadonlySet<string>> | undefined;
const loadCommonPasswords = () => {
  commonPasswords ??= import('@zxcvbn-ts/language-common').then(
    (m) => new Set(m.dictionary['passwords-common']),
  );
  return commonPasswords;
};

/**
 * One short unit repeated ("aaaaaaaaaa", "abababababab", "123123123123") or a run of
 * consecutive characters up or down ("0123456789", "abcdefghijk", "9876543210"): NIST
 * SP 800-63B's "repetitive or sequential characters".
 */
function repetitiveOrSequential(chars: string[]): boolean {
  for (let unit = 1; unit <= 4 && unit * 2 <= chars.length; unit++) {
    if (chars.every((c, i) => c === chars[i % unit])) return true;
  }
  const codes = chars.map((c) => c.codePointAt(0)!);
  const step = codes[1]! - codes[0]!;
  return Math.abs(step) === 1 && codes.every((code, i) => i === 0 || code - codes[i - 1]! === step);
}

/**
 * What is wrong with a password a user chooses for the account `username`, beyond its
 * length (`passwordProblem`): only spaces, the account name in it, repeated or sequential
 * characters, or one of the most common passwords. Null when it will do.
 */
export async function chosenPasswordProblem(
  password: string,
  username: string,
): Promise<{ zh: string; en: string } | null> {
  const lengthProblem = passwordProblem(password);
  if (lengthProblem) return lengthProblem;
  const normalized = password.normalize('NFC');
  if (normalized.trim() === '') {
    return { zh: '密码不能全是空格', en: 'A password cannot be only spaces' };
  }
  const lower = normalized.toLowerCase();
  const name = username.trim().toLowerCase();
  // Short names would rule out too much as a substring: those only as the whole password.
  if (lower.trim() === name || ([...name].length >= 4 && lower.includes(name))) {
    return {
      zh: '密码不能包含账号名，请换一个',
      en: 'A password cannot contain the account name; choose another',
    };
  }
  if (repetitiveOrSequential([...lower])) {
    return {
      zh: '密码不能是重复或连续的字符（如 aaaaaaaaaa、abcdefghij），请换一个',
      en: 'A password cannot be repeated or sequential characters (such as aaaaaaaaaa or abcdefghij); choose another',
    };
  }
  const common = await loadCommonPasswords();
  if (common.has(lower) || common.has(lower.trim())) {
    return {
      zh: '这是最常见的密码之一，很容易被猜中，请换一个',
      en: 'This is one of the most common passwords and easy to guess; choose another',
    };
  }
  return null;
}

/**
 * A readable generated password: 4 groups of 4 letters and digits without look-alikes,
 * each drawn uniformly by the operating system's random source (about 92 bits).
 */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789';
  let out = '';
  for (let i = 0; i < 16; i++) {
    if (i > 0 && i % 4 === 0) out += '-';
    out += alphabet[randomInt(alphabet.length)];
  }
  return out;
}
