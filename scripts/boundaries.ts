/**
 * The dependency direction, written down and checked: domain ← workflow ← db ← server ← web.
 * A package may import the packages before it. The web app imports the server only as a
 * type (`import type { AppRouter }`). The domain is pure: zod and nothing else.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const LAYERS: Record<string, { level: number; external?: RegExp }> = {
  '@kaohe/domain': { level: 0, external: /^(zod)(\/|$)/ },
  '@kaohe/workflow': { level: 1, external: /^(zod|xstate|@xstate\/[\w-]+)(\/|$)/ },
  /** Rubric files (xlsx, docx, the seed's text form): the domain plus file-format libraries. */
  '@kaohe/rubric-io': { level: 1, external: /^(zod|exceljs|jszip|docx)(\/|$)/ },
  '@kaohe/db': { level: 2 },
  '@kaohe/server': { level: 3 },
  '@kaohe/cli': { level: 4 },
  '@kaohe/web': { level: 4 },
};

/** Imports that are allowed by the direction but only as types (no server code in the browser). */
const TYPE_ONLY = new Set(['@kaohe/web→@kaohe/server']);

export interface Violation {
  file: string;
  line: number;
  message: string;
}

const IMPORT =
  /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/;

export function checkSource(pkg: string, file: string, source: string): Violation[] {
  const me = LAYERS[pkg];
  if (!me) return [];
  const out: Violation[] = [];
  source.split('\n').forEach((text, i) => {
    const m = IMPORT.exec(text);
    if (!m) return;
    const typeOnly = Boolean(m[2]);
    const spec = m[3] ?? m[4] ?? m[5] ?? '';
    if (spec.startsWith('.') || spec.startsWith('node:')) return;
    const target = Object.keys(LAYERS).find((p) => spec === p || spec.startsWith(`${p}/`));
    if (target) {
      if (target === pkg) return;
      const allowed =
        LAYERS[target]!.level < me.level && (typeOnly || !TYPE_ONLY.has(`${pkg}→${target}`));
      if (!allowed) {
        out.push({
          file,
          line: i + 1,
          message: `${pkg} must not import ${spec} (direction: domain ← workflow ← db ← server ← web)`,
        });
      }
      return;
    }
    const testFile = /\.test\.ts$|\/bench\/|vitest\.config\.ts$/.test(file);
    if (
      me.external &&
      !me.external.test(spec) &&
      !(testFile && /^(vitest|fast-check)(\/|$)/.test(spec))
    ) {
      out.push({ file, line: i + 1, message: `${pkg} is pure: it may not import ${spec}` });
    }
  });
  return out;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx)$/.test(name)) yield path;
  }
}

export function checkRepository(root: string): Violation[] {
  const out: Violation[] = [];
  for (const group of ['packages', 'apps']) {
    for (const dir of readdirSync(join(root, group))) {
      const pkgDir = join(root, group, dir);
      const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
        name: string;
        dependencies?: Record<string, string>;
      };
      const me = LAYERS[manifest.name];
      if (!me) {
        out.push({
          file: relative(root, pkgDir),
          line: 0,
          message: `${manifest.name} has no layer in scripts/boundaries.ts`,
        });
        continue;
      }
      for (const dep of Object.keys(manifest.dependencies ?? {})) {
        const layer = LAYERS[dep];
        if (layer && layer.level >= me.level) {
          out.push({
            file: relative(root, join(pkgDir, 'package.json')),
            line: 0,
            message: `${manifest.name} must not depend on ${dep}`,
          });
        }
      }
      for (const file of sourceFiles(pkgDir)) {
        out.push(...checkSource(manifest.name, relative(root, file), readFileSync(file, 'utf8')));
      }
    }
  }
  return out;
}
