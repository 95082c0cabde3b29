/**
 * /assessments/$id/print: one unit's 考核表 as the paper form — the 2011 table's columns in
 * its order, 考评分 and 备注 filled, 合计, 加分项 and 总计 — on A4 (print.css). Scores come
 * from the domain engine like everywhere else; nothing is added up here.
 */
import { formatCenti, rubricItems, toCenti } from '@kaohe/domain';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link } from '@tanstack/react-router';
import { Button, Flex } from 'antd';
import { useMemo } from 'react';
import {
  bonusOf,
  remarksOf,
  reviewInputsOf,
} from '../../../../components/assessment/assessment-model.ts';
import {
  departmentNameOf,
  ensureAssessment,
  unitTypeName,
  useAssessment,
} from '../../../../components/assessment/queries.ts';
import { useAssessmentGrade } from '../../../../components/grades/grade-cells.tsx';
import { scoreColumn } from '../../../../components/scoring/scoring-model.ts';
import { useT } from '../../../../i18n/locale.tsx';
import { formatDate, stageLabel } from '../../../../lib/labels.ts';
import { useTRPC } from '../../../../trpc.ts';
import '../../../../print.css';

/**
 * The category column looks merged as on paper, but each row keeps its own cell (no
 * rowSpan): Chromium cannot keep a row whole across a page break inside a row span, so a
 * merged cell cost half-empty pages and rows cut in two. The inner borders are dropped
 * instead (print.css).
 */
const groupCell = (first: boolean, last: boolean) =>
  [
    'kaohe-print-category',
    first ? 'kaohe-print-group-first' : 'kaohe-print-group-cont',
    last ? 'kaohe-print-group-last' : '',
  ]
    .join(' ')
    .trim();

export const Route = createFileRoute('/_app/assessments/$id/print')({
  loader: ({ context, params }) => ensureAssessment(context, params.id),
  component: PrintPage,
});

function PrintPage() {
  const t = useT();
  const { id } = Route.useParams();
  const { assessment: a, rubric } = useAssessment(id);
  const trpc = useTRPC();
  const role = useSuspenseQuery(trpc.auth.me.queryOptions()).data.user?.role;
  const result = useAssessmentGrade(a, role);
  // 申诉结果: what became of each appeal on this assessment (none before 公示).
  const appeals = useQuery(trpc.appeal.list.queryOptions({ assessmentId: id })).data ?? [];
  const appealOutcome = appeals
    .map((ap) => {
      const item =
        ap.itemNumber === null
          ? t('appeal.bonus')
          : t('appeal.itemNumber', { number: ap.itemNumber });
      if (ap.status === 'filed') return `${item} ${t('appeal.status.filed')}`;
      if (ap.status === 'answered') return `${item} ${t('appeal.status.answered')}`;
      if (ap.answer === 'changed' && ap.scoreBefore !== null && ap.scoreAfter !== null) {
        return `${item} ${t('appeal.answer.changed')} ${t('appeal.scoreChange', {
          before: formatCenti(toCenti(ap.scoreBefore)),
          after: formatCenti(toCenti(ap.scoreAfter)),
        })}`;
      }
      return `${item} ${t('appeal.answer.upheld')}`;
    })
    .join('；');
  const review = useMemo(
    () => scoreColumn(rubric, a.unitTypeId, reviewInputsOf(a), bonusOf(a)),
    [rubric, a],
  );
  const remarks = useMemo(() => remarksOf(rubric, a), [rubric, a]);
  // Blank until a review score exists, as on paper (a unit sees them once approved).
  const reviewed = a.items.some((i) => i.reviewScore !== null);
  const points = (c: number | null | undefined) =>
    c === null || c === undefined || !reviewed ? '' : formatCenti(c);
  const rows = rubricItems(rubric);
  const firstOf = new Set(rubric.categories.map((c) => c.items[0]?.id));
  const lastOf = new Set(rubric.categories.map((c) => c.items.at(-1)?.id));
  const departments = (ids: readonly string[]) =>
    ids.map((d) => departmentNameOf(rubric, d)).join('\n');

  return (
    <div className="kaohe-print">
      <Flex className="kaohe-print-toolbar" gap={12} align="center">
        <Button type="primary" onClick={() => window.print()}>
          {t('print.print')}
        </Button>
        <Link to="/assessments/$id" params={{ id }}>
          {t('print.back')}
        </Link>
        <span className="kaohe-muted">{t('print.hint')}</span>
      </Flex>
      <article className="kaohe-print-page">
        <h1>{rubric.title}</h1>
        <div className="kaohe-print-meta">
          <span>
            {t('print.unit')}
            <strong data-testid="print-unit">{a.unitName}</strong>
          </span>
          <span>
            {t('print.unitType')}
            {unitTypeName(rubric, a.unitTypeId)}
          </span>
          <span>
            {t('print.stage')}
            {t(stageLabel(a.stage))}
            {a.approvedAt && `（${formatDate(a.approvedAt)}）`}
          </span>
        </div>
        <table className="kaohe-print-table">
          <colgroup>
            <col style={{ width: '9%' }} />
            <col style={{ width: '5%' }} />
            <col style={{ width: '24%' }} />
            <col style={{ width: '8%' }} />
            <col style={{ width: '6%' }} />
            <col style={{ width: '28%' }} />
            <col style={{ width: '7%' }} />
            <col style={{ width: '13%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>{t('table.category')}</th>
              <th>{t('table.number')}</th>
              <th>{t('table.content')}</th>
              <th>{t('table.departments')}</th>
              <th>{t('table.baseScore')}</th>
              <th>{t('table.criteria')}</th>
              <th>{t('table.reviewScore')}</th>
              <th>{t('table.remarks')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ item, category }) => (
              <tr key={item.id} data-testid={`print-row-${item.number}`}>
                <td className={groupCell(firstOf.has(item.id), lastOf.has(item.id))}>
                  {firstOf.has(item.id) ? category.name.split('、').join('、\n') : ''}
                </td>
                <td className="kaohe-print-center">{item.number}</td>
                <td>{item.content}</td>
                <td className="kaohe-print-center kaohe-print-pre">
                  {departments(item.departments)}
                </td>
                <td className="kaohe-print-center">{formatCenti(toCenti(item.baseScore))}</td>
                <td>{item.criteriaText}</td>
                <td className="kaohe-print-center kaohe-print-score">
                  {points(review.items[item.id])}
                </td>
                <td className="kaohe-print-pre">{remarks[item.id] ?? ''}</td>
              </tr>
            ))}
            <tr className="kaohe-print-sum">
              <td colSpan={4} className="kaohe-print-center">
                {t('table.subtotal')}
              </td>
              <td className="kaohe-print-center">{formatCenti(toCenti(rubric.total))}</td>
              <td />
              <td className="kaohe-print-center" data-testid="print-subtotal">
                {points(review.totals.subtotal)}
              </td>
              <td />
            </tr>
            {rubric.bonusItems.map((b, index) => {
              const scored = review.totals.bonusItems.find((x) => x.bonusItemId === b.id);
              return (
                <tr key={b.id}>
                  <td className={groupCell(index === 0, index === rubric.bonusItems.length - 1)}>
                    {index === 0 ? t('table.bonus') : ''}
                  </td>
                  <td />
                  <td>{b.content}</td>
                  <td className="kaohe-print-center">
                    {b.department ? departmentNameOf(rubric, b.department) : ''}
                  </td>
                  <td />
                  <td />
                  <td className="kaohe-print-center kaohe-print-score">
                    {scored && scored.awarded > 0 ? formatCenti(scored.counted) : ''}
                  </td>
                  <td className="kaohe-print-pre">{remarks[b.id] ?? ''}</td>
                </tr>
              );
            })}
            <tr className="kaohe-print-sum">
              <td colSpan={4} className="kaohe-print-center">
                {t('table.total')}
              </td>
              <td />
              <td />
              <td className="kaohe-print-center" data-testid="print-total">
                {points(review.totals.total)}
              </td>
              <td />
            </tr>
          </tbody>
        </table>
        {/* 等次 and 不予评先 from the ranking; 申诉结果 from the assessment's appeals. */}
        <div className="kaohe-print-result" data-testid="print-result">
          <span>
            {t('grades.grade')}：<strong data-testid="print-grade">{result?.grade ?? ''}</strong>
          </span>
          <span>
            {t('grades.honours')}：
            <strong data-testid="print-barred">
              {result?.barredFromHonours ? t('grades.barred') : ''}
            </strong>
          </span>
          <span data-testid="print-appeal">
            {t('grades.appealPlaceholder')}：{appealOutcome || t('grades.appealNone')}
          </span>
        </div>
        <div className="kaohe-print-sign">
          <span>{t('print.signUnit')}</span>
          <span>{t('print.signReviewer')}</span>
          <span>{t('print.signDate')}</span>
        </div>
      </article>
    </div>
  );
}
