/**
 * The domain's validation of the document being edited, live: every problem in the
 * user's language with where it is as the table names it ("第1项 · 评分标准"), each a
 * button that brings its field into view and focuses it. Warnings (a 评分标准 text that
 * no longer says what the rule gives) follow, apart: they do not block publishing.
 */
import { describePath, formatPath, type RubricProblem } from '@kaohe/domain';
import { Alert, Badge, Card, Typography } from 'antd';
import { useLocale, useT } from '../../i18n/locale.tsx';

export interface ValidationPanelProps {
  problems: RubricProblem[];
  /** Not blocking: shown after the problems. */
  warnings?: RubricProblem[];
  /** The document being edited: gives items their 序号 and categories their names. */
  document?: unknown;
  onSelect: (problem: RubricProblem) => void;
  /** A rubric that cannot change: no problems means no problems, not "ready to publish". */
  readOnly?: boolean;
}

export function ValidationPanel({
  problems,
  warnings = [],
  document,
  onSelect,
  readOnly,
}: ValidationPanelProps) {
  const t = useT();
  const { locale } = useLocale();
  const list = (entries: RubricProblem[], label: string) => (
    <ol className="kaohe-problems" aria-label={label}>
      {entries.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same problem text can repeat at different paths
        <li key={`${formatPath(p.path)}-${p.code}-${i}`}>
          <button
            type="button"
            className="kaohe-problem"
            data-code={p.code}
            onClick={() => onSelect(p)}
          >
            {p.message[locale]}
          </button>
          <Typography.Text type="secondary" className="kaohe-problem-path">
            {describePath(p.path, document)[locale]}
          </Typography.Text>
        </li>
      ))}
    </ol>
  );
  return (
    <Card
      size="small"
      className="kaohe-validation"
      title={
        <span>
          {t('rubric.validation')}{' '}
          <Badge
            count={problems.length}
            showZero
            color={problems.length === 0 ? 'green' : 'red'}
            data-testid="problem-count"
          />
        </span>
      }
    >
      {problems.length === 0 ? (
        <Alert
          type="success"
          showIcon
          title={readOnly ? t('rubric.noProblems') : t('rubric.valid')}
        />
      ) : (
        list(problems, t('rubric.validation'))
      )}
      {warnings.length > 0 && (
        <div className="kaohe-warnings" data-testid="rubric-warnings">
          <Typography.Text type="warning" strong>
            {t('rubricText.warnings')}
          </Typography.Text>
          {list(warnings, t('rubricText.warnings'))}
        </div>
      )}
    </Card>
  );
}
