import { Button, Form } from 'antd';
import { describe, expect, test } from 'vitest';
import { render } from '../../test/render.tsx';
import { IdField, NameField } from './admin-fields.tsx';

function Harness() {
  return (
    <Form layout="vertical">
      <IdField isNew />
      <NameField name="name" label="名称" />
      <Button htmlType="submit">go</Button>
    </Form>
  );
}

describe('admin fields', () => {
  test("an id the server's IdSchema refuses is refused in its words before sending", async () => {
    const { screen } = render(<Harness />);
    await screen.getByRole('textbox', { name: /标识/ }).fill('-bad id');
    await screen.getByRole('button', { name: 'go' }).click();
    await expect
      .element(screen.getByText('标识只能包含字母、数字、点、下划线和连字符'))
      .toBeVisible();
    await expect.element(screen.getByText('请填写名称')).toBeVisible();
  });

  test('in English', async () => {
    const { screen } = render(<Harness />, { locale: 'en' });
    await screen.getByRole('textbox', { name: /Id/ }).fill('-bad');
    await screen.getByRole('button', { name: 'go' }).click();
    await expect
      .element(screen.getByText('ids use letters, digits, ".", "_" and "-"'))
      .toBeVisible();
  });
});
