/**
 * /admin/audit: the audit log (issue 15) — every audit event and every refused attempt,
 * newest first, filtered by who (account or name), what (the action), the unit and a time
 * range, paged on the server; the same filters download as xlsx.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { Button, DatePicker, Input, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { AuditSearch } from '../../../components/admin/admin-search.ts';
import { SearchListCard, useListSearch } from '../../../components/admin/search-list.tsx';
import { ROLE_LABEL } from '../../../components/app-shell.tsx';
import { ChoiceFilter, FilterField } from '../../../components/filter-field.tsx';
import { exportHref } from '../../../components/reports/export-links.ts';
import { listInput } from '../../../components/search-table/search-table.tsx';
import { useLocale, useT } from '../../../i18n/locale.tsx';
import { formatDateTime } from '../../../lib/labels.ts';
import { parsedInLoader } from '../../../lib/search.ts';
import { type inferOutput, type Trpc, useTRPC } from '../../../trpc.ts';

export const Route = createFileRoute('/_app/admin/audit')({
  // Typed here, parsed by zod in the loader, which is split off with the page (lib/search.ts).
  validateSearch: parsedInLoader<AuditSearch>(),
  codeSplitGroupings: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient, trpc }, deps }) => {
    const { AuditSearchSchema, cleanSearch } = await import(
      '../../../components/admin/admin-search.ts'
    );
    const search = cleanSearch('/admin/audit', deps, (s) => AuditSearchSchema.parse(s));
    await Promise.all([
      queryClient.ensureQueryData(trpc.audit.log.queryOptions(logInput(search))),
      queryClient.ensureQueryData(trpc.audit.logActions.queryOptions()),
    ]);
  },
  component: AuditLogPage,
});

/** Start of a day in Beijing time; `to` is the start of the day after (exclusive). */
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);
const dayAfter = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

function filterOf(search: AuditSearch) {
  return {
    ...(search.action ? { action: search.action } : {}),
    ...(search.unit ? { unit: search.unit } : {}),
    ...(search.from ? { from: dayStart(search.from) } : {}),
    ...(search.to ? { to: dayAfter(search.to) } : {}),
  };
}

const logInput = (search: AuditSearch) => ({ ...listInput(search), ...filterOf(search) });

type LogRow = inferOutput<Trpc['audit']['log']>['rows'][number];

function AuditLogPage() {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const search = Route.useSearch();
  const setSearch = useListSearch<AuditSearch>('/admin/audit');
  const log = useQuery({
    ...trpc.audit.log.queryOptions(logInput(search)),
    placeholderData: keepPreviousData,
  });
  const actions = useQuery(trpc.audit.logActions.queryOptions());
  const filter = filterOf(search);
  const href = exportHref('audit-log.xlsx', {
    q: search.q,
    action: filter.action,
    unit: filter.unit,
    from: filter.from?.toISOString(),
    to: filter.to?.toISOString(),
  });
  const roleText = (role: string | null) =>
    role && role in ROLE_LABEL ? t(ROLE_LABEL[role as keyof typeof ROLE_LABEL]) : (role ?? '');

  return (
    <SearchListCard<LogRow, AuditSearch>
      title={(count) => t('auditLog.title', { count })}
      actions={
        <Button href={href} data-testid="audit-export">
          {t('auditLog.export')}
        </Button>
      }
      placeholder={t('auditLog.searchWho')}
      filters={
        <>
          <ChoiceFilter
            label={t('auditLog.action')}
            options={(actions.data ?? []).map((a) => ({ value: a.action, label: a.label[locale] }))}
            value={search.action}
            onChange={(action) => setSearch({ action })}
            minWidth={200}
            search
            testId="audit-action"
          />
          <FilterField label={t('auditLog.unit')}>
            {(id) => (
              <Input.Search
                aria-labelledby={id}
                allowClear
                defaultValue={search.unit}
                placeholder={t('auditLog.unitPlaceholder')}
                style={{ width: 200 }}
                onSearch={(v) => setSearch({ unit: v.trim() || undefined })}
                data-testid="audit-unit"
              />
            )}
          </FilterField>
          <FilterField label={t('auditLog.time')}>
            {(id) => (
              <DatePicker.RangePicker
                aria-labelledby={id}
                value={[
                  search.from ? dayjs(search.from) : null,
                  search.to ? dayjs(search.to) : null,
                ]}
                allowEmpty={[true, true]}
                onChange={(range) =>
                  setSearch({
                    from: range?.[0]?.format('YYYY-MM-DD'),
                    to: range?.[1]?.format('YYYY-MM-DD'),
                  })
                }
              />
            )}
          </FilterField>
        </>
      }
      search={search}
      setSearch={setSearch}
      result={log}
      empty={t('auditLog.empty')}
      rowKey="key"
      columns={[
        {
          key: 'at',
          title: t('auditLog.at'),
          width: 160,
          render: (_, r) => formatDateTime(r.at),
        },
        {
          key: 'who',
          title: t('auditLog.who'),
          render: (_, r) =>
            r.actorUserId === null ? (
              <Typography.Text type="secondary">{t('auditLog.system')}</Typography.Text>
            ) : (
              <span>
                {r.actorName ?? r.actorUserId}
                <Typography.Text type="secondary"> {r.actorUsername ?? ''}</Typography.Text>
              </span>
            ),
        },
        { key: 'role', title: t('admin.role'), render: (_, r) => roleText(r.actorRole) },
        {
          key: 'action',
          title: t('auditLog.action'),
          render: (_, r) => (
            <Tag color={r.kind === 'security' ? 'error' : 'default'} title={r.action}>
              {r.actionLabel[locale]}
            </Tag>
          ),
        },
        {
          key: 'unit',
          title: t('auditLog.unit'),
          render: (_, r) => r.unitName ?? r.unitId ?? '',
        },
        {
          key: 'detail',
          title: t('auditLog.detail'),
          render: (_, r) => (
            <Typography.Text type="secondary" style={{ maxWidth: 360 }} ellipsis>
              {[r.procedure, r.entityType, r.entityId, r.reason, r.ip].filter(Boolean).join(' · ')}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
