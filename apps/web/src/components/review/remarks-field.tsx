/**
 * 备注 of a department's review of one item. "考评分与自评分不同时须填写备注": where the
 * department's complete score differs from the unit's self score on the same criteria the
 * field is marked required and, while empty, says so beside itself — the server refuses
 * to complete the review otherwise.
 */
import { formatCenti } from '@kaohe/domain';
import type { ReviewShare } from '@kaohe/workflow/browser';
import { Input, Typography } from 'antd';
import { useId } from 'react';
import { useT } from '../../i18n/locale.tsx';

export function RemarksField({
  value,
  onChange,
  share,
  disabled,
}: {
  value: string;
  onChange: (text: string) => void;
  share: ReviewShare;
  disabled: boolean;
}) {
  const t = useT();
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="kaohe-field-label">
        <Typography.Text strong>{t('table.remarks')}</Typography.Text>
        {share.differs && (
          <Typography.Text type="secondary" className="kaohe-required-hint">
            {t('review.remarksRequiredHint')}
          </Typography.Text>
        )}
      </label>
      <Input.TextArea
        id={id}
        rows={3}
        maxLength={2000}
        showCount
        disabled={disabled}
        value={value}
        placeholder={t('preview.remarksPlaceholder')}
        status={share.remarksRequired ? 'error' : undefined}
        aria-invalid={share.remarksRequired ? true : undefined}
        aria-describedby={share.remarksRequired ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        data-testid="remarks-input"
      />
      {share.remarksRequired && (
        <Typography.Text
          type="danger"
          id={`${id}-error`}
          className="kaohe-field-problem"
          role="alert"
          data-testid="remarks-required"
        >
          {t('review.remarksRequired', {
            review: formatCenti(share.review),
            self: formatCenti(share.self),
          })}
        </Typography.Text>
      )}
    </div>
  );
}
