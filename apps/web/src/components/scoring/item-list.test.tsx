import { formatCenti, type ItemInputs, rubricItems, scoreAssessment } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from '../../test/render.tsx';
import { RubricTable } from './rubric-table.tsx';
import { scoreColumn } from './scoring-model.ts';

const rubric = rubric2011;
const id = (number: number) =>
  rubricItems(rubric).find(({ item }) => item.number === number)!.item.id;

const selfInputs: Record<string, ItemInputs | undefined> = {
  [id(1)]: { a: { met: true }, b: { met: true } },
  // Started, not finished: the rate's denominator is missing.
  [id(2)]: { a: { numerator: 85 }, b: { met: true } },
  [id(16)]: { a: { levelId: 'effective' }, b: { triggered: false } },
};

describe('RubricTable on a phone (390 px)', () => {
  beforeAll(async () => {
    await page.viewport(390, 844);
  });
  afterAll(async () => {
    await page.viewport(1280, 800);
  });

  test('is a list of item cards with their state and scores, and 合计 in the foot bar', async () => {
    const self = scoreColumn(rubric, 'district', selfInputs);
    const { container, screen } = render(
      <RubricTable
        rubric={rubric}
        unitType="district"
        self={self}
        editing={{ side: 'self', inputs: selfInputs, onChange: () => {} }}
        returnedItems={[
          { itemId: id(7), reason: '数据不一致', deadline: '2099-12-31', departmentName: '法律部' },
        ]}
      />,
    );
    await expect.element(screen.getByTestId('phone-item-list')).toBeVisible();
    expect(container.querySelector('table')).toBeNull();
    const cards = [...container.querySelectorAll('button.kaohe-phone-item')];
    expect(cards).toHaveLength(30);
    const state = (number: number) =>
      container.querySelector(`[data-row-key="${id(number)}"] .kaohe-phone-item-state`)
        ?.textContent;
    expect(state(1)).toBe('已评');
    expect(state(2)).toBe('尚未评完');
    expect(state(3)).toBe('未评');
    expect(state(7)).toBe('已退回');
    await expect.element(screen.getByText('法律部退回：数据不一致')).toBeVisible();
    // Each card's name says the item and its score, as the table's score button does.
    await expect.element(screen.getByRole('button', { name: '第1项自评分：6' })).toBeVisible();
    // Category headings carry their subtotal; the foot bar 合计 and 总计, all the engine's.
    const expected = scoreAssessment(rubric, { unitType: 'district', items: selfInputs });
    expect(container.querySelectorAll('h2.kaohe-phone-category')[0]?.textContent).toContain(
      `自评 ${formatCenti(expected.categories[0]!.points)}`,
    );
    await expect
      .element(screen.getByTestId('subtotal-self'))
      .toHaveTextContent(new RegExp(`^${formatCenti(expected.subtotal)}$`));
    await expect
      .element(screen.getByTestId('total-self'))
      .toHaveTextContent(new RegExp(`^${formatCenti(expected.total)}$`));
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390);

    // A tap opens the item's drawer across the whole screen.
    await screen.getByRole('button', { name: '第16项自评分：3' }).click();
    const drawer = page.getByRole('dialog');
    await expect.element(drawer.getByText('第16项', { exact: false }).first()).toBeVisible();
    // Measured once the opening motion has settled (mid-slide it reads 390.00003).
    await expect
      .poll(() =>
        Math.round(
          document.querySelector('.ant-drawer-content-wrapper')?.getBoundingClientRect().width ?? 0,
        ),
      )
      .toBe(390);
  });
});
