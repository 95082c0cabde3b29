import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { describe, expect, test } from 'vitest';
import { rankedUnit } from '../../test/ranked-unit.ts';
import { render } from '../../test/render.tsx';
import { GradeTag, HonoursCell } from '../grades/grade-cells.tsx';
import { RankCell } from './report-sections.tsx';

const unit = (unitId: string, stage: string, total: string | null, rank: number | null) =>
  rankedUnit({
    unitId,
    stage,
    total,
    rank,
    grade: rank === null ? null : rank === 1 ? '优秀' : '良好',
    barredFromHonours: unitId === 'c',
    vetoedItemIds: unitId === 'c' ? ['hardship-relief'] : [],
  });

describe('the rank as the reports show it', () => {
  const rows = [
    unit('a', 'approved', '118', 1),
    unit('b', 'approved', '118', 1),
    unit('c', 'approved', '110', 3),
    unit('d', 'finalApproval', '119', null),
    unit('e', 'selfScoring', null, null),
  ];
  test('in Chinese: a shared rank says 并列, an unapproved unit 未审定, no total a dash', async () => {
    const containers = rows.map((row) => render(<RankCell row={row} all={rows} />).container);
    await expect
      .poll(() => containers.map((c) => c.textContent))
      .toEqual(['1并列', '1并列', '3', '未审定', '—']);
  });
  test('a row of a server page (a copy of the whole list’s) is not tied with itself', async () => {
    const copy = render(<RankCell row={{ ...rows[2]! }} all={rows} />).container;
    await expect.poll(() => copy.textContent).toBe('3');
  });
  test('in English', async () => {
    const tied = render(<RankCell row={rows[0]!} all={rows} />, { locale: 'en' }).container;
    const waiting = render(<RankCell row={rows[3]!} all={rows} />, { locale: 'en' }).container;
    await expect
      .poll(() => [tied.textContent, waiting.textContent])
      .toEqual(['1tied', 'Not approved']);
  });
});

describe('the grade and the honours bar as the reports show them', () => {
  const rows = [
    unit('a', 'approved', '118', 1),
    unit('c', 'approved', '110', 3),
    unit('d', 'finalApproval', '119', null),
  ];
  test('the grade, or a dash until bands are set; 不予评先 only when barred', async () => {
    const grades = rows.map((row) => render(<GradeTag grade={row.grade} />).container);
    const bars = rows.map((row) => render(<HonoursCell rubric={rubric2011} row={row} />).container);
    await expect.poll(() => grades.map((c) => c.textContent)).toEqual(['优秀', '良好', '—']);
    await expect.poll(() => bars.map((c) => c.textContent)).toEqual(['', '不予评先', '']);
    const en = render(<HonoursCell rubric={rubric2011} row={rows[1]!} />, { locale: 'en' });
    await expect.poll(() => en.container.textContent).toBe('Barred from honours');
  });
});
