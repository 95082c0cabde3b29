/**
 * `pnpm kaohe …` as a person runs it, for the CLI's tests: a real child process running
 * the CLI's bundle (scripts/bundle.mjs; the cli project's global setup rebuilds it when the
 * sources under test are newer), the way `pnpm kaohe` starts it, on a data folder or a PostgreSQL
 * database, in the language the CLI picks by itself. It never throws for a failed command:
 * the exit code, stdout and stderr are what the tests check.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { bundlePath } from '../../../../scripts/bundle.mjs';

const run = promisify(execFile);
const CLI = bundlePath('cli');

export interface Where {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** The working folder (relative output paths land there); the test's own by default. */
  cwd?: string | undefined;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function kaohe(where: Where, ...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      ...(where.cwd ? { cwd: where.cwd } : {}),
      env: {
        ...process.env,
        KAOHE_DATA_DIR: where.dataDir,
        DATABASE_URL: where.databaseUrl ?? '',
        KAOHE_LANG: '',
      },
      maxBuffer: 10 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
