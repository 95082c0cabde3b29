import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from '../../test/render.tsx';
import { listInput, nextListSearch, SearchBox, ServerTable } from './search-table.tsx';

describe('the address of a searched, paged list', () => {
  test('defaults stay out of it; a new search goes back to page 1', () => {
    expect(listInput({})).toEqual({ page: 1, pageSize: 20 });
    expect(listInput({ q: '河西', page: 3, pageSize: 50 })).toEqual({
      q: '河西',
      page: 3,
      pageSize: 50,
    });
    expect(nextListSearch({ page: 3, pageSize: 50 }, { q: '河西' })).toEqual({
      q: '河西',
      page: undefined,
      pageSize: 50,
    });
    expect(nextListSearch({ q: '河西', page: 3 }, { page: 1, pageSize: 20 })).toEqual({
      q: '河西',
      page: undefined,
      pageSize: undefined,
    });
    expect(nextListSearch({ q: '河西' }, { q: undefined })).toMatchObject({ q: undefined });
  });
});

interface Unit {
  id: string;
  name: string;
}
const UNITS: Unit[] = Array.from({ length: 45 }, (_, i) => ({ id: `u${i}`, name: `工会${i}` }));

/** The server's part played by a filter and a slice, as the procedures answer. */
function Harness({ onRequest }: { onRequest: (q: string | undefined, page: number) => void }) {
  const [search, setSearch] = useState<{ q?: string; page?: number }>({});
  const { q, page, pageSize } = listInput(search);
  const matching = UNITS.filter((u) => !q || u.name.includes(q));
  onRequest(q, page);
  return (
    <>
      <SearchBox
        value={search.q}
        placeholder="搜索单位名称或编码"
        onSearch={(next) => setSearch((s) => nextListSearch(s, { q: next }))}
      />
      <ServerTable<Unit>
        rowKey="id"
        search={search}
        onPage={(p) => setSearch((s) => nextListSearch(s, { page: p }))}
        result={{
          rows: matching.slice((page - 1) * pageSize, page * pageSize),
          total: matching.length,
        }}
        columns={[{ key: 'name', title: '单位', dataIndex: 'name' }]}
      />
    </>
  );
}

describe('SearchBox and ServerTable', () => {
  test('show the server’s page and total; a search finds a unit of another page', async () => {
    const requests: Array<[string | undefined, number]> = [];
    const { container, screen } = render(
      <Harness onRequest={(q, page) => requests.push([q, page])} />,
    );
    await expect.poll(() => container.textContent).toContain('共 45 条');
    expect(container.textContent).toContain('工会19');
    expect(container.textContent).not.toContain('工会44');

    await screen.getByRole('listitem', { name: '3' }).click();
    await expect.poll(() => container.textContent).toContain('工会44');

    await userEvent.fill(screen.getByRole('searchbox'), '工会4');
    await userEvent.keyboard('{Enter}');
    // 工会4 and 工会40…44, from page 1 again.
    await expect.poll(() => container.textContent).toContain('共 6 条');
    expect(requests.at(-1)).toEqual(['工会4', 1]);
  });
});
