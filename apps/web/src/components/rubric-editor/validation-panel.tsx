/**
 * The domain's validation of the document being edited, live: every problem in the
 * user's language, each a button that brings its field into view and focuses it.
 */
import { formatPath, type RubricProblem } from '@kaohe/domain';
import { Alert, Badge, Card, Typography } from 'antd';
import { useLocale, useT } from '../../i18n/locale.tsx';

export interface ValidationPanelProps {
  problems: RubricProblem[];
  onSelect: (problem: RubricProblem) => void;
  /** A rubric that cannot change: no problems means no problems, not "ready to publish". */
  readOnly?: boolean;
}

export function ValidationPanel({ problems, onSelect, readOnly }: ValidationPanelProps) {
  const t = useT();
  const { locale } = useLocale();
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
        <ol className="kaohe-problems" aria-label={t('rubric.validation')}>
          {problems.map((p, i) => (
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
                {formatPath(p.path)}
              </Typography.Text>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
