/**
 * The admin lists searched and paged on the server (units, users, the audit log): a card
 * titled with the count and its buttons on the right, the search box and the filters,
 * then one page of rows. The search lives in the page's address (`useListSearch`).
 */
import type { ListSearch } from '@kaohe/domain';
import { useNavigate } from '@tanstack/react-router';
import { Card, Empty, Flex, type TableColumnsType } from 'antd';
import { type ReactNode, useCallback } from 'react';
import { nextListSearch, SearchBox, ServerTable } from '../search-table/search-table.tsx';

type ListPage = '/admin/units' | '/admin/users' | '/admin/audit';

/** Changes the page's search (`nextListSearch`: a new filter goes back to page 1). */
export function useListSearch<S extends ListSearch>(from: ListPage) {
  const navigate = useNavigate({ from });
  return useCallback(
    (patch: Partial<S>) => void navigate({ search: ((s: S) => nextListSearch(s, patch)) as never }),
    [navigate],
  );
}

export function SearchListCard<Row extends object, S extends ListSearch>({
  title,
  actions,
  placeholder,
  filters,
  search,
  setSearch,
  result,
  empty,
  rowKey,
  columns,
}: {
  title: (count: number) => string;
  /** The buttons at the card's right. */
  actions: ReactNode;
  placeholder: string;
  filters: ReactNode;
  search: S;
  setSearch: (patch: Partial<S>) => void;
  result: { data?: { rows: Row[]; total: number } | undefined; isFetching: boolean };
  empty: string;
  rowKey: keyof Row & string;
  columns: TableColumnsType<Row>;
}) {
  return (
    <Card
      className="kaohe-wrap-head"
      title={title(result.data?.total ?? 0)}
      extra={
        <Flex gap={8} wrap justify="end">
          {actions}
        </Flex>
      }
    >
      <Flex gap={16} wrap align="center" style={{ marginBottom: 12 }}>
        <SearchBox
          value={search.q}
          onSearch={(q) => setSearch({ q } as Partial<S>)}
          placeholder={placeholder}
        />
        {filters}
      </Flex>
      <ServerTable<Row>
        rowKey={rowKey}
        result={result.data}
        loading={result.isFetching}
        search={search}
        onPage={(page, pageSize) => setSearch({ page, pageSize } as Partial<S>)}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={empty} /> }}
        columns={columns}
      />
    </Card>
  );
}
