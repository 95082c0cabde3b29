import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { Table } from 'antd';
import { describe, expect, test } from 'vitest';
import { render } from '../../test/render.tsx';
import { itemsScoredElsewhere, useScoredElsewhereColumns } from './scored-elsewhere.tsx';

interface Row {
  unitId: string;
  unitName: string;
}

function Grid({ departmentId }: { departmentId: string }) {
  const columns = useScoredElsewhereColumns<Row>(rubric2011, departmentId);
  return (
    <Table<Row>
      rowKey="unitId"
      columns={[{ key: 'unit', title: '单位', dataIndex: 'unitName' }, ...columns]}
      dataSource={[{ unitId: 'hexi', unitName: '河西区总工会' }]}
      pagination={false}
    />
  );
}

describe('items a department owns but another scores', () => {
  test('item 8 is 组织部’s and 办公室’s; only 办公室 judges it', () => {
    expect(itemsScoredElsewhere(rubric2011, 'org')).toEqual([
      { itemId: 'information', number: 8, scoredBy: ['office'], others: ['office'] },
    ]);
    expect(itemsScoredElsewhere(rubric2011, 'office')).toEqual([]);
    // A shared item both departments judge (item 11: 法律部 and 女工部) is nobody's "elsewhere".
    expect(itemsScoredElsewhere(rubric2011, 'women')).toEqual([]);
  });

  test('组织部’s grid shows item 8 with who scores it, on the header and on every cell', async () => {
    const { screen } = render(<Grid departmentId="org" />);
    const header = screen.getByTestId('elsewhere-header-8');
    await expect.element(header).toHaveTextContent('第8项由办公室评分');
    const cell = screen.getByTestId('elsewhere-hexi-8');
    await expect.element(cell).toHaveTextContent('办公室评分');
    await expect
      .element(cell)
      .toHaveAttribute(
        'title',
        '第8项由本部门与办公室共同负责，评分标准全部由办公室评分，本部门无需考评。',
      );
  });

  test('a department that scores all its items gets no such column', async () => {
    const { screen } = render(<Grid departmentId="office" />);
    await expect.element(screen.getByText('河西区总工会')).toBeVisible();
    expect(screen.getByTestId(/^elsewhere-/).elements()).toHaveLength(0);
  });
});
