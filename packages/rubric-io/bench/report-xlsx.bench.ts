/**
 * Excel writers of issue 7: the full matrix (units × 30 items, 自评 and 考评 each) for
 * 1,000 units, the ranking of 10,000 units, and one unit's 考核表. Plain data in, a
 * Buffer out, as the server's download builds it after the SQL. Prints a markdown table.
 *
 *   npx tsx packages/rubric-io/bench/report-xlsx.bench.ts
 *
 * Target (docs/benchmarks.md): the matrix of 1,000 units < 5 s.
 */
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { formatCenti, rubricItems, toCenti } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { exportAssessmentXlsx, exportMatrixXlsx, exportRankingXlsx } from '../src/report-xlsx.ts';

const RUNS = 5;
const items = rubricItems(rubric2011).map(({ item }) => ({
  id: item.id,
  number: item.number,
  title: item.content,
  base: toCenti(item.baseScore),
}));
/** A score below the base, in half points, from the position (no randomness: repeatable). */
const score = (base: number, k: number) => formatCenti(Math.max(0, base - (k % 5) * 50));

function matrixRows(units: number) {
  return Array.from({ length: units }, (_, u) => {
    const self = items.map((item, i) => score(item.base, u + i));
    const review = items.map((item, i) => score(item.base, u * 3 + i));
    return {
      unitName: `单位${String(u).padStart(5, '0')}`,
      unitTypeName: ['区县', '开发区', '局（产业）'][u % 3]!,
      approved: u % 10 !== 0,
      self,
      review,
      selfTotal: '110.5',
      reviewTotal: '108',
      bonus: '1',
      total: '109',
      grade: '良好',
      barredFromHonours: false,
    };
  });
}

async function measure(what: string, fn: () => Promise<Buffer>) {
  const bytes = (await fn()).length; // warm-up
  const samples: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { what, p50: samples[Math.floor(RUNS / 2)]!, max: samples[RUNS - 1]!, bytes };
}

const matrix1000 = { title: '明细', items, rows: matrixRows(1000) };
const ranking = Array.from({ length: 10_000 }, (_, u) => ({
  unitName: `单位${String(u).padStart(5, '0')}`,
  unitTypeId: 'district',
  approved: u % 10 !== 0,
  rank: u % 10 !== 0 ? u + 1 : null,
  subtotal: '110.5',
  bonus: '1',
  total: '111.5',
  grade: u % 10 !== 0 ? '良好' : null,
  barredFromHonours: u % 50 === 0,
}));
const unitItems = Object.fromEntries(
  items.map((i, k) => [i.id, { reviewScore: score(i.base, k), remarks: k % 4 ? null : '备注' }]),
);

const results = [
  await measure(`exportMatrixXlsx: 1000 units × ${items.length} items`, () =>
    exportMatrixXlsx(matrix1000),
  ),
  await measure('exportRankingXlsx: 10000 units', () =>
    exportRankingXlsx({
      title: '排名',
      unitTypes: [{ id: 'district', name: '区县' }],
      rows: ranking,
    }),
  ),
  await measure('exportAssessmentXlsx: one unit', () =>
    exportAssessmentXlsx({
      rubric: rubric2011,
      unitName: '河西区总工会',
      items: unitItems,
      subtotal: '110',
      bonusItems: {},
      bonus: '0',
      total: '110',
    }),
  ),
];

console.log(
  `\nReport workbooks · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}\n`,
);
console.log('| measurement | n | p50 ms | max ms | size |');
console.log('| --- | --: | --: | --: | --: |');
for (const r of results) {
  console.log(
    `| ${r.what} | ${RUNS} | ${r.p50.toFixed(0)} | ${r.max.toFixed(0)} | ${(r.bytes / 1024).toFixed(0)} KB |`,
  );
}
