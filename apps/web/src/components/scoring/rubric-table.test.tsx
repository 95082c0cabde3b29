import {
  type BonusAward,
  formatCenti,
  type ItemInputs,
  RubricSchema,
  rubricItems,
  scoreAssessment,
} from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { useMemo, useState } from 'react';
import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from '../../test/render.tsx';
import { type ReturnedItem, RubricTable, type RubricTableProps } from './rubric-table.tsx';
import { scoreColumn } from './scoring-model.ts';

const rubric = rubric2011;
const id = (number: number) =>
  rubricItems(rubric).find(({ item }) => item.number === number)!.item.id;

type Inputs = Record<string, ItemInputs | undefined>;

const selfInputs: Inputs = {
  [id(1)]: { a: { met: true }, b: { met: true } },
  [id(2)]: { a: { numerator: 85, denominator: 100 }, b: { met: true } },
  [id(8)]: { a: { value: '3.5' } },
  [id(16)]: { a: { levelId: 'effective' }, b: { triggered: true } },
  [id(19)]: { a: { met: true }, b: { met: true }, c: { count: 1 } },
  [id(23)]: { a: { met: true }, b: { met: true }, c: { met: true } },
  [id(28)]: { a: { levelId: 'growth' } },
  [id(30)]: { a: { met: true }, b: { count: 3 }, c: { met: true } },
};
const reviewInputs: Inputs = {
  ...selfInputs,
  [id(8)]: { a: { value: '2.5' } },
  [id(23)]: { a: { met: true }, b: { met: false }, c: { met: true } },
  [id(28)]: { a: { levelId: 'base' } },
};
const bonus: BonusAward[] = [
  { bonusItemId: 'bonus-excellence', points: '1.5' },
  { bonusItemId: 'bonus-honours', points: 2 },
];

/** The table with its columns scored the way a page scores them, editing the self scores. */
function Harness(props: Partial<RubricTableProps> & { unitType?: string; initial?: Inputs }) {
  const unitType = props.unitType ?? 'district';
  const [inputs, setInputs] = useState<Inputs>(props.initial ?? {});
  const self = useMemo(() => scoreColumn(rubric, unitType, inputs), [unitType, inputs]);
  return (
    <RubricTable
      rubric={rubric}
      unitType={unitType}
      self={self}
      editing={{
        side: 'self',
        inputs,
        onChange: (itemId, next) => setInputs((all) => ({ ...all, [itemId]: next })),
      }}
      {...props}
    />
  );
}

describe('RubricTable', () => {
  test('is the paper table: 30 items, categories merged down their rows, 合计 120', async () => {
    const { container, screen } = render(<Harness />);
    await expect.element(screen.getByText('合计')).toBeVisible();
    const headers = [...container.querySelectorAll('thead th')].map((th) => th.textContent);
    // The paper's six columns, then the two scores and the remarks.
    const paper = ['考核项目', '序号', '考核内容', '工作对应部门', '基本分值', '评分标准'];
    expect(headers).toEqual([...paper, '自评分', '考评分', '备注']);
    const rows = container.querySelectorAll('tbody tr.kaohe-item-row');
    expect(rows).toHaveLength(30);
    const categoryCells = [
      ...container.querySelectorAll<HTMLTableCellElement>('td.kaohe-category-cell'),
    ];
    expect(categoryCells.map((td) => td.rowSpan)).toEqual([10, 3, 8, 6, 3]);
    expect(
      categoryCells.map((td) => td.querySelector('.kaohe-category-name')?.textContent),
    ).toEqual(rubric.categories.map((c) => c.name));
    expect(categoryCells.map((td) => td.textContent)).toEqual([
      expect.stringContaining('41分'),
      expect.stringContaining('18分'),
      expect.stringContaining('29分'),
      expect.stringContaining('19分'),
      expect.stringContaining('13分'),
    ]);
    await expect.element(screen.getByTestId('subtotal-base')).toHaveTextContent(/^120$/);
    // Items 8, 11 and 21 name two departments, one per line.
    const cellsOf8 = [...rows[7]!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cellsOf8).toContain('办公室\n组织部');
    // 评分标准 verbatim.
    await expect
      .element(
        screen.getByText(
          '开展各项审计工作得2分，未按规定开展审计工作缺一项扣1分；参加经审工作规范化建设考核得2分',
        ),
      )
      .toBeVisible();
    // The bonus rows, with the cap the 2011 table leaves unset said so, then 总计.
    await expect.element(screen.getByText('加分项')).toBeVisible();
    expect(container.querySelectorAll('tr.kaohe-bonus-row')).toHaveLength(3);
    expect(screen.getByText('未设加分上限（待管理员设定）').elements()).toHaveLength(3);
    await expect.element(screen.getByText('总计')).toBeVisible();
  });

  test('subtotals and totals are scoreAssessment’s, self and review alike', async () => {
    for (const unitType of ['district', 'bureau']) {
      const self = scoreColumn(rubric, unitType, selfInputs);
      const review = scoreColumn(rubric, unitType, reviewInputs, bonus);
      const { container, screen, unmount } = render(
        <RubricTable rubric={rubric} unitType={unitType} self={self} review={review} />,
      );
      const expectedSelf = scoreAssessment(rubric, { unitType, items: selfInputs });
      const expectedReview = scoreAssessment(rubric, { unitType, items: reviewInputs, bonus });
      await expect
        .element(screen.getByTestId('subtotal-self'))
        .toHaveTextContent(new RegExp(`^${formatCenti(expectedSelf.subtotal)}$`));
      await expect
        .element(screen.getByTestId('subtotal-review'))
        .toHaveTextContent(new RegExp(`^${formatCenti(expectedReview.subtotal)}$`));
      await expect
        .element(screen.getByTestId('total-self'))
        .toHaveTextContent(new RegExp(`^${formatCenti(expectedSelf.total)}$`));
      await expect
        .element(screen.getByTestId('total-review'))
        .toHaveTextContent(new RegExp(`^${formatCenti(expectedReview.total)}$`));
      expect(expectedReview.total).toBe(expectedReview.subtotal + 350);

      const categoryText = [...container.querySelectorAll('td.kaohe-category-cell')].map(
        (td) => td.textContent,
      );
      expectedSelf.categories.forEach((c, i) => {
        expect(categoryText[i]).toContain(`自评 ${formatCenti(c.points)}`);
        expect(categoryText[i]).toContain(
          `考评 ${formatCenti(expectedReview.categories[i]!.points)}`,
        );
      });
      // Item cells: 23 self 4, review 2.5; 16 vetoed to 0; item 2 depends on the unit type.
      const row = (n: number) => container.querySelectorAll('tbody tr.kaohe-item-row')[n - 1]!;
      const cells = (n: number) => [...row(n).querySelectorAll('td')].map((td) => td.textContent);
      expect(cells(23).slice(-3, -1)).toEqual(['4', '2.5']);
      expect(cells(16).slice(-3, -1)).toEqual(['0', '0']);
      const item2 = unitType === 'district' ? '10' : '5';
      expect(cells(2).slice(-3, -1)).toEqual([item2, item2]);
      // Items with nothing recorded stay blank, as on paper.
      expect(cells(3).slice(-3, -1)).toEqual(['', '']);
      unmount();
    }
  });

  test('a bonus over its cap counts the cap, and says so', async () => {
    const capped = RubricSchema.parse({
      ...rubric,
      bonusItems: rubric.bonusItems.map((b) => ({ ...b, cap: 2 })),
    });
    const review = scoreColumn(capped, 'district', {}, [
      { bonusItemId: 'bonus-excellence', points: 3 },
    ]);
    const { screen } = render(<RubricTable rubric={capped} unitType="district" review={review} />);
    await expect.element(screen.getByText('超出上限，计 2分')).toBeVisible();
    expect(screen.getByText('加分上限 2分').elements()).toHaveLength(3);
    await expect.element(screen.getByTestId('total-review')).toHaveTextContent(/^2$/);
  });

  test('progress counts complete items; returned items are highlighted with reason and deadline', async () => {
    const returned: ReturnedItem[] = [
      { itemId: id(2), reason: '建会率数据需核实', deadline: '2012-01-20' },
      { itemId: id(19), reason: '请补充事故上报记录', deadline: '2012-01-05' },
    ];
    const { container, screen } = render(
      <Harness initial={selfInputs} returnedItems={returned} today="2012-01-10" />,
    );
    const expected = scoreAssessment(rubric, { unitType: 'district', items: selfInputs });
    await expect
      .element(screen.getByTestId('progress'))
      .toHaveTextContent(`已完成 ${expected.completeItems} / 30`);
    const highlighted = [...container.querySelectorAll('tr.kaohe-row-returned')];
    expect(highlighted.map((tr) => tr.getAttribute('data-row-key'))).toEqual([id(2), id(19)]);
    await expect.element(screen.getByText('退回原因：建会率数据需核实')).toBeVisible();
    await expect.element(screen.getByText('修改期限：2012-01-20')).toBeVisible();
    // Only item 19's deadline has passed.
    expect(screen.getByText('已逾期').elements()).toHaveLength(1);
    expect(highlighted[1]!.textContent).toContain('已逾期');
  });

  test('the drawer scores the selected item and the table follows', async () => {
    const { screen } = render(<Harness />);
    await expect.element(screen.getByTestId('progress')).toHaveTextContent('已完成 0 / 30');
    await screen.getByRole('button', { name: '第23项自评分：未评' }).click();

    const drawer = page.getByRole('dialog');
    await expect.element(drawer.getByText('第23项　服务职工、提高素质')).toBeVisible();
    await drawer.getByRole('checkbox', { name: /活动成效显著（1.5分）$/ }).click();
    await drawer.getByRole('checkbox', { name: /合理化建议活动（1.5分）$/ }).click();
    await drawer.getByRole('checkbox', { name: /节能减排义务监督活动（1分）$/ }).click();
    await expect.element(drawer.getByTestId('item-points')).toHaveTextContent(/^4$/);

    await expect
      .element(screen.getByRole('button', { name: '第23项自评分：4' }))
      .toBeInTheDocument();
    await expect.element(screen.getByTestId('subtotal-self')).toHaveTextContent(/^4$/);
    await expect.element(screen.getByTestId('total-self')).toHaveTextContent(/^4$/);
    await expect.element(screen.getByTestId('progress')).toHaveTextContent('已完成 1 / 30');

    // 下一项 walks the table in order.
    await drawer.getByRole('button', { name: '下一项' }).click();
    await expect.element(drawer.getByText('第24项　服务职工、提高素质')).toBeVisible();
  });

  test('an item outside editableItemIds opens read-only', async () => {
    render(
      <Harness
        editing={{ side: 'self', inputs: {}, onChange: () => {}, editableItemIds: [id(2)] }}
        selectedItemId={id(1)}
      />,
    );
    const drawer = page.getByRole('dialog');
    await expect.element(drawer.getByText('本项当前不可修改')).toBeVisible();
    await expect
      .element(drawer.getByRole('checkbox', { name: '建立相应领导机构和工作机构（2分）' }))
      .toBeDisabled();
  });
});
