import { type Criterion, rubricItems, validateRubric } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { describe, expect, test } from 'vitest';
import { type Locator, page, userEvent } from 'vitest/browser';
import { render, Stateful } from '../../test/render.tsx';
import { CriterionForm } from './rule-form.tsx';

const rubric = rubric2011;
const itemOf = (number: number) =>
  rubricItems(rubric).find(({ item }) => item.number === number)!.item;

/** One criterion's form, controlled by a holder; `latest()` is the criterion as last changed. */
function renderForm(number: number, criterionId: string, override?: Criterion) {
  const item = itemOf(number);
  const criterion = override ?? item.rule.criteria.find((c) => c.id === criterionId)!;
  const seen: Criterion[] = [];
  const view = render(
    <Stateful<Criterion> initial={criterion}>
      {(value, setValue) => (
        <CriterionForm
          rubric={rubric}
          itemDepartments={item.departments}
          criterion={value}
          path={['categories', 0, 'items', 0, 'rule', 'criteria', 0]}
          onChange={(next) => {
            seen.push(next);
            setValue(next);
          }}
        />
      )}
    </Stateful>,
  );
  return { ...view, seen, latest: () => seen.at(-1)! };
}

async function setNumber(
  label: string | RegExp,
  value: string,
  scope: Pick<Locator, 'getByRole'> = page,
) {
  const field = scope.getByRole('spinbutton', { name: label });
  await field.clear();
  await field.fill(value);
  await userEvent.tab();
}

async function choose(combobox: ReturnType<typeof page.getByRole>, option: string) {
  await combobox.click();
  await page.getByTitle(option, { exact: true }).last().click();
}

describe('CriterionForm: one form per rule shape', () => {
  test('award: points and the wording; the rule in words follows', async () => {
    const { screen, latest } = renderForm(9, 'a');
    await expect.element(screen.getByTestId('rule-words')).toHaveTextContent('做到得1分');
    await setNumber('分值', '1.5', screen);
    expect(latest()).toMatchObject({ id: 'a', kind: 'award', points: 1.5 });
    await expect.element(screen.getByTestId('rule-words')).toHaveTextContent('做到得1.5分');
    const text = screen.getByLabelText('本条文字');
    await text.clear();
    await text.fill('建立调研部门');
    expect(latest()).toMatchObject({ text: '建立调研部门', points: 1.5 });
  });

  test('threshold with a target per unit type (item 2): change one target', async () => {
    const { screen, latest } = renderForm(2, 'a');
    await expect.element(screen.getByLabelText('指标名称')).toHaveValue('企业建会率');
    await expect
      .element(screen.getByTestId('rule-words'))
      .toHaveTextContent('区县工会、开发区工会80%，局（产业）工会95%');
    await setNumber('第2个目标值（%）', '90', screen);
    const c = latest();
    expect(c.kind === 'award' && c.threshold?.targets).toEqual([
      { unitTypes: ['district', 'devZone'], percent: 80 },
      { unitTypes: ['bureau'], percent: 90 },
    ]);
  });

  test('award: switching the threshold on adds an indicator with one target for every type', async () => {
    const { screen, latest } = renderForm(9, 'a');
    await screen.getByRole('switch', { name: '按指标比率达标' }).click();
    await screen.getByLabelText('指标名称').fill('调研完成率');
    await setNumber('第1个目标值（%）', '60', screen);
    const c = latest();
    expect(c.kind).toBe('award');
    expect(c.kind === 'award' && c.threshold?.indicator.name).toBe('调研完成率');
    expect(c.kind === 'award' && c.threshold?.targets).toEqual([{ percent: 60 }]);
    await screen.getByRole('button', { name: '新增目标值' }).click();
    const after = latest();
    expect(after.kind === 'award' && after.threshold?.targets).toHaveLength(2);
    await screen.getByRole('switch', { name: '按指标比率达标' }).click();
    expect('threshold' in latest()).toBe(false);
  });

  test('levels (item 17): edit a level, add one, remove one', async () => {
    const { screen, latest } = renderForm(17, 'a');
    await setNumber('第1档分值', '4', screen);
    let c = latest();
    expect(c.kind === 'levels' && c.levels[0]).toMatchObject({ id: 'all-five', points: 4 });
    await screen.getByRole('button', { name: '新增一档' }).click();
    c = latest();
    expect(c.kind === 'levels' && c.levels).toHaveLength(3);
    await screen.getByLabelText('第3档', { exact: true }).fill('部分达标');
    await setNumber('第3档分值', '1', screen);
    c = latest();
    expect(c.kind === 'levels' && c.levels[2]).toMatchObject({ text: '部分达标', points: 1 });
    await screen
      .getByRole('button', { name: /^删\s*除$/ })
      .first()
      .click();
    c = latest();
    expect(c.kind === 'levels' && c.levels.map((l) => l.id)).not.toContain('all-five');
  });

  test('deduction (item 30): points per occurrence and an optional limit', async () => {
    const { screen, latest } = renderForm(30, 'b');
    await setNumber('每次扣分', '0.5', screen);
    expect(latest()).toMatchObject({ kind: 'deduction', pointsPerOccurrence: 0.5 });
    await setNumber('最多次数', '3', screen);
    expect(latest()).toMatchObject({ maxOccurrences: 3 });
    await expect
      .element(screen.getByTestId('rule-words'))
      .toHaveTextContent('每发生一次扣0.5分，最多3次');
    await screen.getByRole('spinbutton', { name: '最多次数' }).clear();
    await userEvent.tab();
    expect('maxOccurrences' in latest()).toBe(false);
  });

  test('veto (item 16): no points to enter, the words say the whole item scores 0', async () => {
    const { screen } = renderForm(16, 'b');
    await expect.element(screen.getByText('出现此情形时整项不得分')).toBeInTheDocument();
    expect(screen.getByRole('spinbutton').elements()).toHaveLength(0);
  });

  test('holistic (item 8, shared): the maximum, and the department that judges it', async () => {
    const { screen, latest } = renderForm(8, 'a');
    await setNumber('最高分', '3', screen);
    expect(latest()).toMatchObject({ kind: 'holistic', max: 3 });
    await choose(screen.getByRole('combobox', { name: '评分部门' }), '组织部');
    expect(latest().department).toBe('org');
  });

  test('changing the kind keeps the id, the words and the most it can add', async () => {
    const { screen, latest } = renderForm(9, 'a');
    await choose(screen.getByRole('combobox', { name: '规则类型' }), '分档得分');
    const c = latest();
    expect(c).toMatchObject({ id: 'a', kind: 'levels', text: '建立相应调研工作部门' });
    expect(c.kind === 'levels' && c.levels[0]?.points).toBe(1);
    await expect.element(screen.getByRole('button', { name: '新增一档' })).toBeInTheDocument();
  });

  test('a form edit shows in the domain validation (base score no longer reached)', async () => {
    const { screen, latest } = renderForm(9, 'a');
    await setNumber('分值', '2', screen);
    const item = itemOf(9);
    const edited = structuredClone(rubric);
    const at = edited.categories.flatMap((c) => c.items).find((i) => i.id === item.id)!;
    at.rule.criteria[0] = latest();
    const codes = validateRubric(edited).problems.map((p) => p.code);
    expect(codes).toContain('ruleMaximum');
  });
});
