/**
 * The confirmation of an imported file before it becomes a draft: the problems found
 * (with their row or paragraph), then every item with each criterion's words and the
 * rule read from them, in words; a criterion whose wording was not understood is flagged
 * "需手工录入" so the admin enters it in the editor.
 */
import type { LocalizedText } from '@kaohe/domain';
import { Alert, Flex, Tag, Typography } from 'antd';
import { useLocale, useT } from '../../i18n/locale.tsx';
import { ShortTable } from '../short-table.tsx';
import type { ImportItemReport, ImportResponse, ImportStatus } from './rubric-api.ts';
import { describeCriterion } from './rubric-model.ts';
import { KIND_LABEL } from './rule-form.tsx';

const STATUS_TAG: Record<
  ImportStatus,
  {
    color: string;
    label: 'rubric.import.parsed' | 'rubric.import.partial' | 'rubric.import.manual';
  }
> = {
  parsed: { color: 'green', label: 'rubric.import.parsed' },
  partial: { color: 'orange', label: 'rubric.import.partial' },
  manual: { color: 'red', label: 'rubric.import.manual' },
};

const { Text } = Typography;

export function ImportReview({ result }: { result: ImportResponse }) {
  const t = useT();
  const { locale } = useLocale();
  const doc = result.document;
  const rows = result.report;
  const count = (s: ImportStatus) => rows.filter((r) => r.status === s).length;
  // File problems arrive prefixed with their row or paragraph; validation ones with none.
  const where = (l: LocalizedText | null, text: string) =>
    l && !text.includes(l[locale]) ? `${l[locale]}：` : '';

  return (
    <Flex vertical gap={12} data-testid="import-review">
      {result.problems.length > 0 && (
        <Alert
          type={doc ? 'warning' : 'error'}
          showIcon
          title={doc ? t('rubric.import.warnings') : t('rubric.import.failed')}
          description={
            <ul className="kaohe-import-problems">
              {result.problems.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: problems are shown in file order
                <li key={i}>
                  <Text type="secondary">{where(p.location, p[locale])}</Text>
                  {p[locale]}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {doc && (
        <>
          <Text>
            {t('rubric.import.summary', {
              title: doc.title,
              items: rows.length,
              parsed: count('parsed'),
              partial: count('partial'),
              manual: count('manual'),
            })}
          </Text>
          <ShortTable<ImportItemReport>
            rowKey="itemId"
            rows={rows}
            scroll={{ y: 460 }}
            columns={[
              { key: 'n', title: t('rubric.number'), width: 56, dataIndex: 'number' },
              { key: 'content', title: t('rubric.content'), width: 240, dataIndex: 'title' },
              {
                key: 'status',
                title: t('rubric.import.status'),
                width: 120,
                render: (_, r) => (
                  <Flex vertical gap={2} align="flex-start">
                    <Tag color={STATUS_TAG[r.status].color} data-status={r.status}>
                      {t(STATUS_TAG[r.status].label)}
                    </Tag>
                    {r.reason && (
                      <Text type="secondary" style={{ fontSize: 12 }}>
                        {r.reason[locale]}
                      </Text>
                    )}
                  </Flex>
                ),
              },
              {
                key: 'rule',
                title: t('rubric.import.rules'),
                render: (_, r) => (
                  <ol className="kaohe-import-criteria">
                    {r.criteria.map((c, i) => (
                      <li key={c.id ?? `unparsed-${i}`}>
                        <Text>{c.text}</Text>
                        {c.rule ? (
                          <>
                            {' → '}
                            <Tag>{t(KIND_LABEL[c.rule.kind])}</Tag>
                            <Text type="success">{describeCriterion(doc, c.rule)[locale]}</Text>
                          </>
                        ) : (
                          <>
                            {' '}
                            <Tag color="red">{t('rubric.import.manual')}</Tag>
                          </>
                        )}
                      </li>
                    ))}
                  </ol>
                ),
              },
            ]}
          />
        </>
      )}
    </Flex>
  );
}
