/** `pnpm kaohe demo seed --units N` (issue 17): a demo cycle of N units, most approved. */
import { DomainError, type Locale } from '@kaohe/domain';
import { CliError } from '../output.ts';
import { seedDemoData } from './db.ts';

export async function demoSeedUnits(locale: Locale, args: readonly string[]): Promise<number> {
  const raw = args[args.indexOf('--units') + 1];
  const units = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  const { MAX_DEMO_UNITS, seedDemoScale } = await import('@kaohe/server/demo/scale');
  if (!Number.isInteger(units) || units < 1 || units > MAX_DEMO_UNITS) {
    throw new CliError({
      zh: `--units 须为1到${MAX_DEMO_UNITS}之间的整数：${raw ?? '（未填写）'}`,
      en: `--units must be a whole number from 1 to ${MAX_DEMO_UNITS}: ${raw ?? '(missing)'}`,
    });
  }
  let started = 0;
  return seedDemoData(
    locale,
    (deps) => {
      started = Date.now();
      return seedDemoScale(deps, { units, log: (l) => process.stdout.write(`${l}\n`) }).catch(
        (e: unknown) => {
          throw e instanceof DomainError ? new CliError(e.text) : e;
        },
      );
    },
    (result) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      return {
        zh: `演示数据已生成：${result.units}个单位，其中${result.approved}个已审定（${seconds}秒）`,
        en: `Demo data created: ${result.units} units, ${result.approved} approved (${seconds} s)`,
      };
    },
  );
}
