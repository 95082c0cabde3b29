import { type ItemInputs, rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render, Stateful } from '../../test/render.tsx';
import { ItemScorer } from './item-scorer.tsx';

const rubric = rubric2011;
const itemId = (number: number) =>
  rubricItems(rubric).find(({ item }) => item.number === number)!.item.id;

/** An item scorer holding its own inputs, as a page would; `seen` records every change. */
function renderItem(
  number: number,
  options: { unitType?: string; department?: string; locale?: 'zh' | 'en' } = {},
) {
  const seen: ItemInputs[] = [];
  const view = render(
    <Stateful<ItemInputs | undefined> initial={undefined}>
      {(inputs, setInputs) => (
        <ItemScorer
          rubric={rubric}
          itemId={itemId(number)}
          unitType={options.unitType ?? 'district'}
          department={options.department}
          inputs={inputs}
          onChange={(next) => {
            seen.push(next);
            setInputs(next);
          }}
        />
      )}
    </Stateful>,
    { locale: options.locale },
  );
  return { ...view, seen, points: view.screen.getByTestId('item-points') };
}

describe('ItemScorer on the 2011 items', () => {
  test('item 23, a checklist with half points: 1.5 + 1.5 + 1 is shown as "4"', async () => {
    const { screen, points, seen } = renderItem(23);
    await expect.element(points).toHaveTextContent(/^0$/);
    await expect.element(screen.getByText('尚未评完')).toBeVisible();

    await screen
      .getByRole('checkbox', {
        name: '群众性科技创新和节能减排活动职工参与面广、活动成效显著（1.5分）',
      })
      .click();
    await expect.element(points).toHaveTextContent(/^1\.5$/);
    // An unticked box on a scored item is a recorded "not met": the item is complete.
    expect(seen.at(-1)).toEqual({ a: { met: true }, b: { met: false }, c: { met: false } });
    await expect.element(screen.getByText('已评完')).toBeVisible();

    await screen
      .getByRole('checkbox', { name: '开展群众性“五小”活动和合理化建议活动（1.5分）' })
      .click();
    await expect.element(points).toHaveTextContent(/^3$/);
    await screen.getByRole('checkbox', { name: /节能减排义务监督活动（1分）$/ }).click();
    await expect.element(points).toHaveTextContent(/^4$/);
    await expect
      .element(screen.getByTestId('explanation-a'))
      .toHaveTextContent(
        '「群众性科技创新和节能减排活动职工参与面广、活动成效显著」：符合，得1.5分',
      );
  });

  test('item 4, ticked box after box with no wait between: each tick keeps the ones before', async () => {
    // Issue 16 item 10: each change builds on the props, which a click's re-render has
    // already brought up to date before the next click.
    const { screen, points, seen } = renderItem(4);
    await expect.element(points).toHaveTextContent(/^0$/);
    const boxes = await screen.getByRole('checkbox').all();
    expect(boxes).toHaveLength(3);
    for (const box of boxes) await box.click();
    expect(seen.at(-1)).toEqual({ a: { met: true }, b: { met: true }, c: { met: true } });
    await expect.element(points).toHaveTextContent(/^3$/);
  });

  test('a checklist item where nothing is met can be completed at 0', async () => {
    const { screen, points, seen } = renderItem(1);
    await screen.getByRole('button', { name: '未勾选的各项记为未达到' }).click();
    expect(seen.at(-1)).toEqual({ a: { met: false }, b: { met: false } });
    await expect.element(points).toHaveTextContent(/^0$/);
    await expect.element(screen.getByText('已评完')).toBeVisible();
  });

  test('item 28, levels: 完成基数 4, 增长 7, 未达到 0', async () => {
    const { screen, points, seen } = renderItem(28);
    await screen.getByRole('radio', { name: '完成经费上缴考核基数（4分）' }).click();
    await expect.element(points).toHaveTextContent(/^4$/);
    await screen.getByRole('radio', { name: '上缴经费在市总考核基数上增长（7分）' }).click();
    await expect.element(points).toHaveTextContent(/^7$/);
    await screen.getByRole('radio', { name: '未达到（0分）' }).click();
    await expect.element(points).toHaveTextContent(/^0$/);
    expect(seen.at(-1)).toEqual({ a: { levelId: null } });
    await expect.element(screen.getByText('已评完')).toBeVisible();
  });

  test('item 28 by keyboard: arrow keys move between the levels', async () => {
    const { screen, points } = renderItem(28);
    await screen.getByRole('radio', { name: '完成经费上缴考核基数（4分）' }).click();
    await expect.element(points).toHaveTextContent(/^4$/);
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(points).toHaveTextContent(/^7$/);
  });

  test('item 16, the veto zeroes the whole item', async () => {
    const { screen, points } = renderItem(16);
    await screen.getByRole('radio', { name: '全面实施各项活动并取得明显实效（3分）' }).click();
    await expect.element(points).toHaveTextContent(/^3$/);
    await screen.getByRole('checkbox', { name: '困难职工建档率不达标整项不得分' }).click();
    await expect.element(points).toHaveTextContent(/^0$/);
    await expect.element(screen.getByText('触发否决项，本项整项不得分')).toBeVisible();
    await expect.element(screen.getByText('已触发否决')).toBeVisible();
    await screen.getByRole('checkbox', { name: '困难职工建档率不达标整项不得分' }).click();
    await expect.element(points).toHaveTextContent(/^3$/);
  });

  test('item 19, the deduction counter: 1 + 2 − 2 = 1, and never below 0', async () => {
    const { screen, points, seen } = renderItem(19);
    await screen.getByRole('checkbox', { name: /覆盖面大于80%（1分）$/ }).click();
    await screen.getByRole('checkbox', { name: '认真做好劳动保护工作（2分）' }).click();
    await expect.element(points).toHaveTextContent(/^3$/);

    const counter = screen.getByLabelText('发生次数');
    await expect.element(counter).toHaveValue('0');
    await expect.element(screen.getByText('每次 −2分')).toBeVisible();
    await counter.fill('1');
    await expect.element(points).toHaveTextContent(/^1$/);
    await expect.element(screen.getByText('共 −2分')).toBeVisible();
    expect(seen.at(-1)?.c).toEqual({ count: 1 });

    await counter.fill('2');
    await expect.element(screen.getByText('共 −4分')).toBeVisible();
    await expect.element(points).toHaveTextContent(/^0$/);
    await expect.element(screen.getByText('扣分后不低于0分，本项按0分计')).toBeVisible();

    // The counter itself never goes below 0: stepping down from 0 stays at 0.
    await counter.fill('0');
    await expect.element(points).toHaveTextContent(/^3$/);
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(counter).toHaveValue('0');
    expect(seen.at(-1)?.c).toEqual({ count: 0 });
  });

  test('item 8, the judged score refuses 4.5 and takes 3.5', async () => {
    const { screen, points, seen } = renderItem(8);
    const field = screen.getByLabelText('综合评分');
    await field.fill('4.5');
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('综合评分须在0到4分之间，且为0.5的整数倍');
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    await expect.element(points).toHaveTextContent(/^0$/);
    await expect.element(screen.getByText('尚未评完')).toBeVisible();

    await field.fill('3.5');
    await expect.element(points).toHaveTextContent(/^3\.5$/);
    await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
    expect(seen.at(-1)).toEqual({ a: { value: '3.5' } });

    await field.fill('2.3');
    await expect.element(screen.getByRole('alert')).toBeVisible();
  });

  test('item 2, the founding rate: 85 of 100 is 达标 for a district union', async () => {
    const { screen, points } = renderItem(2, { unitType: 'district' });
    await screen.getByLabelText('已建会企业数').fill('85');
    await screen.getByLabelText('企业总数').fill('100');
    await expect.element(screen.getByText('企业建会率 85%（目标 80%）')).toBeVisible();
    await expect.element(screen.getByText('达标', { exact: true })).toBeVisible();
    await expect.element(screen.getByText('区县工会适用')).toBeVisible();
    await expect.element(points).toHaveTextContent(/^5$/);
  });

  test('item 2, the same 85 of 100 is 未达标 for a bureau (industry) union', async () => {
    const { screen, points } = renderItem(2, { unitType: 'bureau' });
    await expect.element(screen.getByText('企业建会率 —（目标 95%）')).toBeVisible();
    await screen.getByLabelText('已建会企业数').fill('85');
    await screen.getByLabelText('企业总数').fill('100');
    await expect.element(screen.getByText('企业建会率 85%（目标 95%）')).toBeVisible();
    await expect.element(screen.getByText('未达标', { exact: true })).toBeVisible();
    await expect.element(points).toHaveTextContent(/^0$/);
  });

  test('a numerator above its denominator is shown beside the fields', async () => {
    const { screen } = renderItem(5);
    await screen.getByLabelText('同步组建经审组织的工会数').fill('12');
    await screen.getByLabelText('应组建的工会数').fill('10');
    await expect.element(screen.getByRole('alert')).toHaveTextContent('分子不能大于分母');
  });

  test('item 11 for 女工部: only its own criterion is editable and counted', async () => {
    const { screen, points } = renderItem(11, { department: 'women' });
    await expect.element(screen.getByLabelText('建立集体合同制度的建会企业数')).toBeDisabled();
    await expect.element(screen.getByText('由法律部评分').first()).toBeVisible();
    await screen.getByLabelText('同步签订女职工专项集体合同的企业数').fill('9');
    await screen.getByLabelText('签订集体合同的企业数').fill('10');
    await expect.element(points).toHaveTextContent(/^2$/);
    await expect.element(screen.getByText('已评完')).toBeVisible();
  });

  test('in English the interface words change and the rubric text stays', async () => {
    const { screen } = renderItem(1, { locale: 'en' });
    await expect
      .element(screen.getByRole('checkbox', { name: '建立相应领导机构和工作机构 (2 pt)' }))
      .toBeVisible();
    await expect.element(screen.getByText('Not complete')).toBeVisible();
    await expect.element(page.getByText('of 6')).toBeVisible();
  });
});
