/**
 * /reports/notice?cycleId: 考核结果通报 as an A4 sheet to print (print.css) — per unit type
 * its ranked units with 总计 and 等次, who is barred from honours and why, and the
 * chairman's office's signature block. The same content as the server's xlsx and Word
 * notice (rubric-io results-notice.ts): rank, grade and bar are the ranking's.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link } from '@tanstack/react-router';
import { Button, Flex } from 'antd';
import { useRubric } from '../../../components/assessment/queries.ts';
import { vetoedNumbers } from '../../../components/grades/grade-cells.tsx';
import { useT } from '../../../i18n/locale.tsx';
import { requireRole } from '../../../lib/session.ts';
import { useTRPC } from '../../../trpc.ts';
import '../../../print.css';

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export const Route = createFileRoute('/_app/reports/notice')({
  validateSearch: (search: Record<string, unknown>): { cycleId: string } => ({
    cycleId: typeof search.cycleId === 'string' ? search.cycleId.slice(0, 64) : '',
  }),
  beforeLoad: ({ context }) => requireRole(context.user, 'chairman', 'admin'),
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) =>
    Promise.all([
      context.queryClient.ensureQueryData(context.trpc.cycle.list.queryOptions()),
      context.queryClient.ensureQueryData(
        context.trpc.report.ranking.queryOptions({ cycleId: deps.cycleId }),
      ),
      context.queryClient.ensureQueryData(
        context.trpc.grades.bars.queryOptions({ cycleId: deps.cycleId }),
      ),
    ]),
  component: NoticePage,
});

function NoticePage() {
  const t = useT();
  const trpc = useTRPC();
  const { cycleId } = Route.useSearch();
  const { data: cycles } = useSuspenseQuery(trpc.cycle.list.queryOptions());
  const cycle = cycles.find((c) => c.id === cycleId) ?? cycles[0]!;
  const rubric = useRubric(cycle.rubricId);
  const { data: rows } = useSuspenseQuery(trpc.report.ranking.queryOptions({ cycleId }));
  const { data: bars } = useSuspenseQuery(trpc.grades.bars.queryOptions({ cycleId }));
  const blocks = rubric.unitTypes
    .map((u) => {
      const mine = rows.filter((r) => r.unitTypeId === u.id);
      return {
        unitType: u,
        ranked: mine.filter((r) => r.approved && r.rank !== null).sort((a, b) => a.rank! - b.rank!),
        outstanding: mine.filter((r) => !r.approved).length,
      };
    })
    .filter((b) => b.ranked.length > 0);
  const noteOf = (r: (typeof rows)[number]) =>
    [
      ...(r.vetoedItemIds.length > 0
        ? [t('grades.vetoed', { items: vetoedNumbers(rubric, r.vetoedItemIds) })]
        : []),
      ...bars
        .filter((b) => b.assessmentId === r.assessmentId && b.liftedAt === null)
        .map((b) => b.condition),
    ].join('；') || t('grades.barred');

  return (
    <div className="kaohe-print">
      <Flex className="kaohe-print-toolbar" gap={12} align="center" wrap>
        <Button type="primary" onClick={() => window.print()}>
          {t('print.print')}
        </Button>
        <Link to="/reports" search={{ cycleId }}>
          {t('print.back')}
        </Link>
        <span className="kaohe-muted">{t('print.hint')}</span>
      </Flex>
      <article className="kaohe-print-page kaohe-notice" data-testid="results-notice">
        <h1>
          {cycle.name} {t('notice.title')}
        </h1>
        {blocks.length === 0 && <p>{t('notice.empty')}</p>}
        {blocks.map((b, index) => (
          <section key={b.unitType.id} className="kaohe-notice-block">
            <h2>
              {t('notice.block', {
                n: CHINESE_ORDINALS[index] ?? String(index + 1),
                unitType: b.unitType.name,
                count: b.ranked.length,
                outstanding: b.outstanding > 0 ? t('notice.outstanding', { n: b.outstanding }) : '',
              })}
            </h2>
            <table className="kaohe-print-table">
              <colgroup>
                <col style={{ width: '10%' }} />
                <col style={{ width: '38%' }} />
                <col style={{ width: '12%' }} />
                <col style={{ width: '12%' }} />
                <col style={{ width: '28%' }} />
              </colgroup>
              <thead>
                <tr>
                  <th>{t('notice.rank')}</th>
                  <th>{t('notice.unit')}</th>
                  <th>{t('notice.total')}</th>
                  <th>{t('grades.grade')}</th>
                  <th>{t('grades.honours')}</th>
                </tr>
              </thead>
              <tbody>
                {b.ranked.map((r) => (
                  <tr key={r.assessmentId} data-testid={`notice-row-${r.unitId}`}>
                    <td className="kaohe-print-center">{r.rank}</td>
                    <td>{r.unitName}</td>
                    <td className="kaohe-print-center">{r.total ?? ''}</td>
                    <td className="kaohe-print-center" data-testid={`notice-grade-${r.unitId}`}>
                      {r.grade ?? ''}
                    </td>
                    <td>{r.barredFromHonours ? noteOf(r) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
        <div className="kaohe-notice-sign">
          <div>{t('notice.signatory')}</div>
          <div>{t('notice.date')}</div>
        </div>
      </article>
    </div>
  );
}
