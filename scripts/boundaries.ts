/**
 * The dependency direction, written down and checked: domain ← workflow ← db ← server ← web.
 * A package may import the packages before it. The web app imports the server only as a
 * type (`import type { AppRouter }`). The domain is pure: zod and nothing else.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

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

/** The code bundled for the browser, where the module a dynamic import names is kept whole. */
const inBrowserBundle = (pkg: string, file: string) =>
  pkg === '@kaohe/web' && /(^|\/)src\//.test(file) && !/\.test\.tsx?$/.test(file);

/** Imports that are allowed by the direction but only as types (no server code in the browser). */
const TYPE_ONLY = new Set(['@kaohe/web→@kaohe/server']);

export interface Violation {
  file: string;
  line: number;
  message: string;
}

interface ImportSite {
  spec: string;
  typeOnly: boolean;
  dynamic: boolean;
  line: number;
}

/**
 * Every module a file reads, from the TypeScript parser rather than from lines: an import
 * written over several lines, an `export … from`, a bare import and a dynamic `import()`.
 */
function importsOf(file: string, source: string): ImportSite[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, scriptKind(file));
  const out: ImportSite[] = [];
  const add = (node: ts.Node, literal: ts.Expression, typeOnly: boolean, dynamic = false) => {
    if (!ts.isStringLiteralLike(literal)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    out.push({ spec: literal.text, typeOnly, dynamic, line });
  };
  // Static imports and re-exports are top-level statements; only a file that writes
  // `import(` needs the whole tree walked for dynamic imports and import types.
  for (const node of sf.statements) {
    if (ts.isImportDeclaration(node)) {
      add(node, node.moduleSpecifier, node.importClause?.isTypeOnly ?? false);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node, node.moduleSpecifier, node.isTypeOnly);
    }
  }
  if (!source.includes('import(')) return out;
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0]
    ) {
      add(node, node.arguments[0], false, true);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out.sort((a, b) => a.line - b.line);
}

function scriptKind(file: string): ts.ScriptKind {
  return file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
}

export function checkSource(pkg: string, file: string, source: string): Violation[] {
  const me = LAYERS[pkg];
  if (!me) return [];
  const out: Violation[] = [];
  for (const { spec, typeOnly, dynamic, line } of importsOf(file, source)) {
    if (spec.startsWith('.') || spec.startsWith('node:')) continue;
    if (dynamic && inBrowserBundle(pkg, file)) {
      out.push({
        file,
        line,
        message: `${pkg} must not import('${spec}'): a dynamic import keeps every export of the module it names, and a package's index is all of it; import() a module of ours that imports what it needs`,
      });
    }
    const target = Object.keys(LAYERS).find((p) => spec === p || spec.startsWith(`${p}/`));
    if (target) {
      if (target === pkg) continue;
      const allowed =
        LAYERS[target]!.level < me.level && (typeOnly || !TYPE_ONLY.has(`${pkg}→${target}`));
      if (!allowed) {
        out.push({
          file,
          line,
          message: `${pkg} must not import ${spec} (direction: domain ← workflow ← db ← server ← web)`,
        });
      }
      continue;
    }
    const testFile = /\.test\.ts$|\/bench\/|vitest\.config\.ts$/.test(file);
    if (
      me.external &&
      !me.external.test(spec) &&
      !(testFile && /^(vitest|fast-check)(\/|$)/.test(spec))
    ) {
      out.push({ file, line, message: `${pkg} is pure: it may not import ${spec}` });
    }
  }
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
