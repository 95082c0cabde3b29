/**
 * The one way a long list searches and pages (issue 15): a search box and an antd Table
 * whose pages come from the server. The search lives in the page's address (`q`, `page`,
 * `pageSize`, parsed by `ListSearchSchema` in the route's loader); `listInput` turns it
 * into the procedure's `ListQuerySchema` input, and the table shows `{ rows, total }`.
 */
import { DEFAULT_PAGE_SIZE, type ListSearch, PAGE_SIZES } from '@kaohe/domain';
import { Input, Pagination, Table, type TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/locale.tsx';

/** The procedure's paging input from the address. */
export function listInput(search: ListSearch): { q?: string; page: number; pageSize: number } {
  return {
    ...(search.q ? { q: search.q } : {}),
    page: search.page ?? 1,
    pageSize: search.pageSize ?? DEFAULT_PAGE_SIZE,
  };
}

/**
 * The address after a change: a new search starts again at page 1; page 1 and the
 * default size are left out of the address.
 */
export function nextListSearch<S extends ListSearch>(search: S, patch: object): S {
  const changesFilter = Object.keys(patch).some((k) => k !== 'page' && k !== 'pageSize');
  const next = { ...search, ...patch } as S & ListSearch;
  if (changesFilter && !('page' in patch)) next.page = undefined;
  if (next.page === 1) next.page = undefined;
  if (next.pageSize === DEFAULT_PAGE_SIZE) next.pageSize = undefined;
  if (!next.q) next.q = undefined;
  return next;
}

/** Searches as one types (after a pause), on Enter at once; clearing shows every row. */
export function SearchBox({
  value,
  onSearch,
  placeholder,
  testId = 'list-search',
}: {
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
  placeholder: string;
  testId?: string;
}) {
  const [text, setText] = useState(value ?? '');
  // The address changed elsewhere (back button, a link): show what it says.
  useEffect(() => setText(value ?? ''), [value]);
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === (value ?? '')) return;
    const timer = setTimeout(() => onSearch(trimmed || undefined), 350);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);
  return (
    <Input.Search
      allowClear
      value={text}
      placeholder={placeholder}
      aria-label={placeholder}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => onSearch(v.trim() || undefined)}
      style={{ width: 260, maxWidth: '100%' }}
      data-testid={testId}
    />
  );
}

/** An antd Table showing one page of `{ rows, total }` from the server. */
export function ServerTable<Row extends object>({
  result,
  loading,
  search,
  onPage,
  ...table
}: Omit<TableProps<Row>, 'dataSource' | 'pagination' | 'loading'> & {
  result: { rows: Row[]; total: number } | undefined;
  loading?: boolean;
  search: ListSearch;
  onPage: (page: number, pageSize: number) => void;
}) {
  const t = useT();
  const { page, pageSize } = listInput(search);
  return (
    <Table<Row>
      size="small"
      {...table}
      dataSource={result?.rows ?? []}
      loading={loading}
      pagination={{
        current: page,
        pageSize,
        total: result?.total ?? 0,
        pageSizeOptions: PAGE_SIZES.map(String),
        showSizeChanger: true,
        showTotal: (total) => t('list.total', { total }),
        onChange: onPage,
      }}
    />
  );
}

/** The same pages without a table (the phone's cards). */
export function ListPager({
  total,
  search,
  onPage,
}: {
  total: number;
  search: ListSearch;
  onPage: (page: number, pageSize: number) => void;
}) {
  const t = useT();
  const { page, pageSize } = listInput(search);
  return (
    <Pagination
      size="small"
      align="center"
      current={page}
      pageSize={pageSize}
      total={total}
      hideOnSinglePage
      showSizeChanger={false}
      showTotal={(n) => t('list.total', { total: n })}
      onChange={onPage}
    />
  );
}
