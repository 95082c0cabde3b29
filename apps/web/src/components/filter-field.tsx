import { Select, Typography } from 'antd';
import { type ReactNode, useId } from 'react';
import { useT } from '../i18n/locale.tsx';

/** A labelled filter control: the label names the control for screen readers too. */
export function FilterField({
  label,
  children,
}: {
  label: string;
  /** Receives the label's id, for the control's `aria-labelledby`. */
  children: (labelId: string) => ReactNode;
}) {
  const id = useId();
  return (
    <span className="kaohe-filter">
      <span id={id}>{label}</span>
      {children(id)}
    </span>
  );
}

/** A page's title and the sentence under it that says what the page is for. */
export function PageHeading({ title, intro }: { title: ReactNode; intro: ReactNode }) {
  return (
    <div>
      <h1 className="kaohe-page-title">{title}</h1>
      <Typography.Text type="secondary">{intro}</Typography.Text>
    </div>
  );
}

/** The cycle a page shows (overview, review, reports). */
export function CycleFilter({
  cycles,
  value,
  onChange,
}: {
  cycles: ReadonlyArray<{ id: string; name: string }>;
  value: string;
  onChange: (cycleId: string) => void;
}) {
  const t = useT();
  return (
    <FilterField label={t('filter.cycle')}>
      {(id) => (
        <Select
          aria-labelledby={id}
          value={value}
          style={{ minWidth: 260 }}
          options={cycles.map((c) => ({ value: c.id, label: c.name }))}
          onChange={onChange}
        />
      )}
    </FilterField>
  );
}

/** One of `options`, or all (undefined). */
export function ChoiceFilter<V extends string>({
  label,
  options,
  value,
  onChange,
  minWidth = 160,
  search,
  testId,
}: {
  label: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  value: V | undefined;
  onChange: (value: V | undefined) => void;
  minWidth?: number;
  /** Type to narrow the options (a long list). */
  search?: boolean;
  testId?: string | undefined;
}) {
  const t = useT();
  return (
    <FilterField label={label}>
      {(id) => (
        <Select<V | ''>
          aria-labelledby={id}
          value={value ?? ''}
          showSearch={search ? { optionFilterProp: 'label' } : undefined}
          style={{ minWidth }}
          options={[{ value: '', label: t('filter.all') }, ...options]}
          onChange={(v) => onChange(v === '' ? undefined : v)}
          data-testid={testId}
        />
      )}
    </FilterField>
  );
}

/** One unit type of the rubric, or all (undefined). */
export function UnitTypeFilter({
  unitTypes,
  value,
  onChange,
  testId,
}: {
  unitTypes: ReadonlyArray<{ id: string; name: string }>;
  value: string | undefined;
  onChange: (unitTypeId: string | undefined) => void;
  testId?: string;
}) {
  const t = useT();
  return (
    <ChoiceFilter
      label={t('filter.unitType')}
      options={unitTypes.map((u) => ({ value: u.id, label: u.name }))}
      value={value}
      onChange={onChange}
      testId={testId}
    />
  );
}
