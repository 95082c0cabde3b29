import { type CriterionInput as CriterionInputValue, rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render, Stateful } from '../../test/render.tsx';
import { CriterionInput } from './criterion-input.tsx';

const rubric = rubric2011;
const itemOf = (number: number) =>
  rubricItems(rubric).find(({ item }) => item.number === number)!.item;

/** One criterion's input, controlled by a holder; `seen` records every change. */
function renderCriterion(
  number: number,
  criterionId: string,
  options: { initial?: CriterionInputValue; disabled?: boolean; unitType?: string } = {},
) {
  const item = itemOf(number);
  const criterion = item.rule.criteria.find((c) => c.id === criterionId)!;
  const seen: Array<CriterionInputValue | undefined> = [];
  const view = render(
    <Stateful<CriterionInputValue | undefined> initial={options.initial}>
      {(value, setValue) => (
        <CriterionInput
          rubric={rubric}
          item={item}
          criterion={criterion}
          unitType={options.unitType ?? 'district'}
          value={value}
          disabled={options.disabled}
          onChange={(next) => {
            seen.push(next);
            setValue(next);
          }}
        />
      )}
    </Stateful>,
  );
  return { ...view, seen };
}

describe('CriterionInput follows the criterion kind', () => {
  test('award: a checkbox labelled with its own text and points', async () => {
    const { screen, seen } = renderCriterion(1, 'a');
    const box = screen.getByRole('checkbox', { name: '建立相应领导机构和工作机构（2分）' });
    await expect.element(box).not.toBeChecked();
    await box.click();
    await expect.element(box).toBeChecked();
    await box.click();
    expect(seen).toEqual([{ met: true }, { met: false }]);
  });

  test('pass/fail without a threshold: a checkbox too (item 14)', async () => {
    const { screen, seen } = renderCriterion(14, 'a');
    await screen.getByRole('checkbox', { name: '参保率和缴交率达100%（3分）' }).click();
    expect(seen).toEqual([{ met: true }]);
  });

  test('levels: one radio per level and a "未达到" choice, reachable by keyboard', async () => {
    const { screen, seen } = renderCriterion(17, 'a');
    await expect
      .element(screen.getByRole('radiogroup', { name: '互助保障计划参保率' }))
      .toBeVisible();
    const radios = screen.getByRole('radio');
    expect(radios.elements()).toHaveLength(3);
    await userEvent.tab();
    await expect
      .element(screen.getByRole('radio', { name: '5项计划参保率全部达标（3分）' }))
      .toHaveFocus();
    await userEvent.keyboard(' ');
    await screen.getByRole('radio', { name: '未达到（0分）' }).click();
    expect(seen).toEqual([{ levelId: 'all-five' }, { levelId: null }]);
  });

  test('deduction: a counter of occurrences from 0, with the points each', async () => {
    const { screen, seen } = renderCriterion(30, 'b');
    const counter = screen.getByLabelText('未按规定开展审计工作缺一项 发生次数');
    await expect.element(counter).toHaveValue('0');
    await expect.element(screen.getByText('每次 −1分')).toBeVisible();
    await counter.click();
    for (const expected of ['1', '2', '3']) {
      await userEvent.keyboard('{ArrowUp}');
      await expect.element(counter).toHaveValue(expected);
    }
    await expect.element(screen.getByText('共 −3分')).toBeVisible();
    expect(seen.at(-1)).toEqual({ count: 3 });
  });

  test('veto: a checkbox worded as the condition, tagged as a veto', async () => {
    const { screen, seen } = renderCriterion(16, 'b');
    await expect.element(screen.getByText('否决项')).toBeVisible();
    await screen.getByRole('checkbox', { name: '困难职工建档率不达标整项不得分' }).click();
    await expect.element(screen.getByText('已触发否决')).toBeVisible();
    expect(seen).toEqual([{ triggered: true }]);
  });

  test('holistic: a number field with its range and step; clearing it records nothing', async () => {
    const { screen, seen } = renderCriterion(8, 'a', { initial: { value: '2' } });
    const field = screen.getByLabelText('综合评分');
    await expect.element(field).toHaveValue('2');
    await expect.element(screen.getByText('0 至 4分，按 0.5分 递增')).toBeVisible();
    // A step gives the canonical decimal, not the step's padding ("2.5", then "3", never "3.0").
    await field.click();
    await userEvent.keyboard('{ArrowUp}');
    await expect.element(field).toHaveValue('2.5');
    await userEvent.keyboard('{ArrowUp}');
    await expect.element(field).toHaveValue('3');
    expect(seen).toEqual([{ value: '2.5' }, { value: '3' }]);
    await field.clear();
    expect(seen.at(-1)).toBeUndefined();
  });

  test('threshold: numerator and denominator labelled by the indicator, the target by unit type', async () => {
    const { screen, seen } = renderCriterion(2, 'a', { unitType: 'devZone' });
    await expect.element(screen.getByText('企业建会率 —（目标 80%）')).toBeVisible();
    await expect.element(screen.getByText('开发区工会适用')).toBeVisible();
    await screen.getByLabelText('已建会企业数').fill('79');
    expect(seen.at(-1)).toEqual({ numerator: 79 });
    await screen.getByLabelText('企业总数').fill('100');
    expect(seen.at(-1)).toEqual({ numerator: 79, denominator: 100 });
    await expect.element(screen.getByText('企业建会率 79%（目标 80%）')).toBeVisible();
    await expect.element(screen.getByText('未达标', { exact: true })).toBeVisible();
  });

  test('a threshold with one target for every unit type does not name the unit type (item 10)', async () => {
    const { screen } = renderCriterion(10, 'b', { initial: { numerator: 40, denominator: 40 } });
    await expect
      .element(screen.getByText('25人以上基层工会法人资格登记率 100%（目标 100%）'))
      .toBeVisible();
    await expect.element(screen.getByText('达标', { exact: true })).toBeVisible();
    await expect.element(screen.getByText(/适用$/)).not.toBeInTheDocument();
  });

  test('disabled: every kind of field is disabled', async () => {
    const shapes: Array<[number, string, string]> = [
      [1, 'a', 'checkbox'],
      [28, 'a', 'radio'],
      [19, 'c', 'spinbutton'],
      [16, 'b', 'checkbox'],
      [8, 'a', 'spinbutton'],
      [2, 'a', 'spinbutton'],
    ];
    for (const [number, id, role] of shapes) {
      const { screen } = renderCriterion(number, id, { disabled: true });
      for (const field of screen.getByRole(role).all()) await expect.element(field).toBeDisabled();
    }
  });
});
