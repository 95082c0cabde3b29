import { describe, expect, it } from 'vitest';
import {
  chosenPasswordProblem,
  GENERATED_PASSWORD_COST,
  generatePassword,
  hashGeneratedPassword,
  verifyPassword,
} from './password.ts';

describe('generated passwords', () => {
  it('are 4 groups of 4 from the alphabet, distinct, and pass the password rules', async () => {
    const passwords = Array.from({ length: 200 }, generatePassword);
    expect(new Set(passwords).size).toBe(200);
    for (const p of passwords.slice(0, 20)) {
      expect(p).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{4}(-[a-km-np-zA-HJ-NP-Z2-9]{4}){3}$/);
      expect(await chosenPasswordProblem(p, 'unit-account')).toBeNull();
    }
  });

  it('hash at the lower cost, recorded in the hash, and verify', async () => {
    const password = generatePassword();
    const hash = await hashGeneratedPassword(password);
    expect(hash.split('$')[1]).toBe(String(GENERATED_PASSWORD_COST));
    expect(await verifyPassword(password, hash)).toBe(true);
    expect(await verifyPassword(`${password}x`, hash)).toBe(false);
  });
});
