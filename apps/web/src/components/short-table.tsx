import { Empty, Table, type TableProps } from 'antd';

/**
 * The one way a short list is an antd Table: every row on one page (no pager), small, and
 * `empty` said where there are no rows. The long lists page on the server (`ServerTable`).
 */
export function ShortTable<Row extends object>({
  rows,
  empty,
  ...table
}: Omit<TableProps<Row>, 'dataSource' | 'pagination'> & {
  rows: readonly Row[];
  empty?: string;
}) {
  return (
    <Table<Row>
      size="small"
      pagination={false}
      dataSource={rows}
      locale={empty === undefined ? undefined : { emptyText: <Empty description={empty} /> }}
      {...table}
    />
  );
}
