import { Input, Typography } from 'antd';
import { useId } from 'react';
import { useT } from '../../i18n/locale.tsx';

/** 自评说明 of one item: what the unit did, in its words (the rubric requires it before submitting). */
export function ExplanationField({
  value,
  onChange,
  required,
  disabled,
  showMissing,
}: {
  value: string;
  onChange: (text: string) => void;
  required: boolean;
  disabled: boolean;
  /** Say it is missing (after an attempt to submit). */
  showMissing: boolean;
}) {
  const t = useT();
  const id = useId();
  const missing = required && value.trim() === '';
  return (
    <div>
      <label htmlFor={id} className="kaohe-field-label">
        <Typography.Text strong>{t('explanation.label')}</Typography.Text>
        {required && (
          <Typography.Text type="secondary" className="kaohe-required-hint">
            {t('explanation.required')}
          </Typography.Text>
        )}
      </label>
      {disabled ? (
        <div id={id} className="kaohe-readonly-text" data-testid="explanation-text">
          {value.trim() === '' ? (
            <Typography.Text type="secondary">{t('explanation.none')}</Typography.Text>
          ) : (
            value
          )}
        </div>
      ) : (
        <Input.TextArea
          id={id}
          rows={4}
          maxLength={5000}
          showCount
          placeholder={t('explanation.placeholder')}
          value={value}
          status={showMissing && missing ? 'error' : undefined}
          aria-invalid={showMissing && missing ? true : undefined}
          aria-describedby={showMissing && missing ? `${id}-error` : undefined}
          onChange={(e) => onChange(e.target.value)}
          data-testid="explanation-input"
        />
      )}
      {showMissing && missing && !disabled && (
        <Typography.Text type="danger" id={`${id}-error`} className="kaohe-field-problem">
          {t('explanation.missing')}
        </Typography.Text>
      )}
    </div>
  );
}
