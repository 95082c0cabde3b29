import { type Item, type Rubric, rubricItems, validateRubric } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render, Stateful } from '../../test/render.tsx';
import { ItemEditor } from './item-editor.tsx';
import { RubricEditor } from './rubric-editor.tsx';

/** Item 1 after its second criterion became 5 points; the text still says 得4分. */
function item1WithFivePoints(): Item {
  const item = structuredClone(rubricItems(rubric2011)[0]!.item);
  const b = item.rule.criteria[1]!;
  if (b.kind === 'award') b.points = 5;
  return item;
}

/** The editor on a document, with its problems and nothing to pick from. */
function EditorOf({ doc }: { doc: Rubric }) {
  return (
    <RubricEditor
      document={doc}
      onChange={() => {}}
      problems={validateRubric(doc).problems}
      parsed={doc}
      departmentCatalog={[]}
      unitTypeCatalog={[]}
    />
  );
}

describe('rubric editor: places and the criteria text', () => {
  test('a problem says where it is as the table does, never the document’s keys', async () => {
    const doc: Rubric = structuredClone(rubric2011);
    doc.categories[0]!.items[0] = item1WithFivePoints();
    const { screen } = render(<EditorOf doc={doc} />);
    const panel = screen.getByRole('list', { name: '校验' });
    await expect.element(panel).toHaveTextContent('第1项 · 评分标准');
    expect(panel.element().textContent).not.toMatch(/categories|items\[/);
    // The disagreement is a warning, apart from the problems, at the item's text.
    const warnings = screen.getByTestId('rubric-warnings');
    await expect.element(warnings).toHaveTextContent('第1项评分标准文字与评分规则不一致');
    await expect.element(warnings).toHaveTextContent('第1项 · 评分标准文字');
  });

  test('the item warns that its text says 得4分 and rewrites it from the rule on request', async () => {
    const seen: Item[] = [];
    const { screen } = render(
      <Stateful<Item> initial={item1WithFivePoints()}>
        {(item, setItem) => (
          <ItemEditor
            rubric={rubric2011}
            item={item}
            path={['categories', 0, 'items', 0]}
            onChange={(next) => {
              seen.push(next);
              setItem(next);
            }}
          />
        )}
      </Stateful>,
    );
    const alert = screen.getByTestId('criteria-text-mismatch');
    await expect
      .element(alert)
      .toHaveTextContent('文字写有得4分，评分规则中没有；评分规则有得5分，文字中没有');
    await screen.getByRole('button', { name: '按评分规则重写文字' }).click();
    expect(seen.at(-1)?.criteriaText).toBe(
      '建立相应领导机构和工作机构得2分，以创先争优推动工会工作成效明显得5分',
    );
    await expect.element(screen.getByTestId('criteria-text-mismatch')).not.toBeInTheDocument();
    await expect
      .element(page.getByLabelText('评分标准', { exact: true }))
      .toHaveValue('建立相应领导机构和工作机构得2分，以创先争优推动工会工作成效明显得5分');
  });

  test('in English the place reads "Item 1 · Scoring rule"', async () => {
    const doc: Rubric = structuredClone(rubric2011);
    doc.categories[0]!.items[0]!.baseScore = 7;
    const { screen } = render(<EditorOf doc={doc} />, { locale: 'en' });
    await expect
      .element(screen.getByRole('list', { name: 'Validation' }))
      .toHaveTextContent('Item 1 · Scoring rule');
  });
});
