import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRepository, checkSource } from './boundaries.ts';

describe('package boundaries', () => {
  it('no package imports against the direction domain ← workflow ← db ← server ← web', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    expect(checkRepository(root)).toEqual([]);
  }, 30_000); // parses every source file of the repository

  it('catches an import against the direction, and impurity in the domain', () => {
    expect(
      checkSource('@kaohe/domain', 'x.ts', "import { createDb } from '@kaohe/db';"),
    ).toHaveLength(1);
    expect(checkSource('@kaohe/domain', 'x.ts', "import { Kysely } from 'kysely';")).toHaveLength(
      1,
    );
    expect(
      checkSource('@kaohe/workflow', 'x.ts', "import { createDb } from '@kaohe/db/client';"),
    ).toHaveLength(1);
    expect(
      checkSource('@kaohe/db', 'x.ts', "const s = await import('@kaohe/server');"),
    ).toHaveLength(1);
    expect(
      checkSource('@kaohe/web', 'x.ts', "import { appRouter } from '@kaohe/server';"),
    ).toHaveLength(1);
  });

  it('catches import() of a package in the browser bundle, not of our own modules', () => {
    const loader = "const { z } = await import('zod');\nconst m = await import('./search.ts');";
    expect(checkSource('@kaohe/web', 'apps/web/src/routes/x.tsx', loader)).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining("import('zod')") }),
    ]);
    // Node-side code of the web app (its build, tests and benchmarks) may.
    expect(checkSource('@kaohe/web', 'apps/web/e2e/support/server.ts', loader)).toEqual([]);
    expect(checkSource('@kaohe/server', 'apps/server/src/x.ts', loader)).toEqual([]);
  });

  it('reads whole statements: an import over several lines is checked too', () => {
    const source = [
      "import { useState } from 'react';",
      'import {',
      '  appRouter,',
      '  type AppRouter,',
      "} from '@kaohe/server';",
      'export {',
      '  createDb,',
      "} from '@kaohe/db/client';",
    ].join('\n');
    expect(checkSource('@kaohe/web', 'x.tsx', source)).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining('@kaohe/server') }),
    ]);
    expect(checkSource('@kaohe/workflow', 'x.ts', source)).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('react') }),
      expect.objectContaining({ line: 2, message: expect.stringContaining('@kaohe/server') }),
      expect.objectContaining({ line: 6, message: expect.stringContaining('@kaohe/db/client') }),
    ]);
    expect(
      checkSource('@kaohe/web', 'x.ts', "import type {\n  AppRouter,\n} from '@kaohe/server';"),
    ).toEqual([]);
  });

  it('allows imports along the direction and the web app’s type-only import of the server', () => {
    expect(
      checkSource('@kaohe/workflow', 'x.ts', "import { scoreItem } from '@kaohe/domain';"),
    ).toEqual([]);
    expect(
      checkSource('@kaohe/db', 'x.ts', "import { rubric2011 } from '@kaohe/domain/rubric-2011';"),
    ).toEqual([]);
    expect(
      checkSource('@kaohe/web', 'x.ts', "import type { AppRouter } from '@kaohe/server';"),
    ).toEqual([]);
    expect(checkSource('@kaohe/domain', 'x.test.ts', "import fc from 'fast-check';")).toEqual([]);
  });
});
