import { type ItemInputs, rubricItems } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { reviewShare } from '@kaohe/workflow/browser';
import { describe, expect, test } from 'vitest';
import { render, Stateful } from '../../test/render.tsx';
import { RemarksField } from './remarks-field.tsx';

const item10 = rubricItems(rubric2011).find(({ item }) => item.number === 10)!.item.id;
const self: ItemInputs = {
  a: { numerator: 100, denominator: 100 },
  b: { numerator: 100, denominator: 100 },
};

/** The field as the review drawer holds it: the share is worked out again on every keystroke. */
function Harness({ review }: { review: ItemInputs }) {
  return (
    <Stateful initial="">
      {(remarks, setRemarks) => (
        <RemarksField
          value={remarks}
          onChange={setRemarks}
          disabled={false}
          share={reviewShare(rubric2011, 'district', item10, 'legal', self, review, remarks)}
        />
      )}
    </Stateful>
  );
}

describe('RemarksField', () => {
  test('required beside the field when the review differs, gone once written', async () => {
    const { screen } = render(
      <Harness review={{ ...self, b: { numerator: 90, denominator: 100 } }} />,
    );
    const field = screen.getByRole('textbox', { name: /备注/ });
    await expect.element(screen.getByText('（考评分与自评分不同，必填）')).toBeVisible();
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('考评分（1分）与自评分（3分）不同，须填写备注');
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    await field.fill('25人以上基层工会登记率经核实为90%');
    await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
    await expect.element(field).not.toHaveAttribute('aria-invalid');
    // Still marked as expected, so the reviewer knows why it is there.
    await expect.element(screen.getByText('（考评分与自评分不同，必填）')).toBeVisible();
  });

  test('an agreeing review asks for nothing', async () => {
    const { screen } = render(<Harness review={self} />);
    await expect.element(screen.getByRole('textbox', { name: /备注/ })).toBeVisible();
    expect(screen.getByRole('alert').elements()).toHaveLength(0);
    expect(screen.getByText('（考评分与自评分不同，必填）').elements()).toHaveLength(0);
  });

  test('in English', async () => {
    const { screen } = render(
      <Harness review={{ ...self, a: { numerator: 50, denominator: 100 } }} />,
      { locale: 'en' },
    );
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent(
        'The review score (2) differs from the self score (3): remarks are required',
      );
  });
});
