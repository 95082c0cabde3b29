import { isRedirect } from '@tanstack/react-router';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { cleanSearch } from './search.ts';

const Schema = z.object({
  unitType: z.string().min(1).optional().catch(undefined),
  status: z.enum(['pending', 'scored', 'returned']).optional().catch(undefined),
});

describe('search params parsed in the loader', () => {
  test('valid params pass through, whatever their order', () => {
    expect(
      cleanSearch('/review', { status: 'scored', unitType: 'bureau' }, (s) => Schema.parse(s)),
    ).toEqual({ unitType: 'bureau', status: 'scored' });
  });

  test('an invalid value is dropped by redirecting to the cleaned address', () => {
    try {
      cleanSearch('/review', { status: 'bogus', unitType: '' }, (s) => Schema.parse(s));
      expect.unreachable();
    } catch (e) {
      expect(isRedirect(e)).toBe(true);
      expect((e as { options: { search: unknown; replace: boolean } }).options).toMatchObject({
        search: {},
        replace: true,
      });
    }
  });
});
