import { type ReactNode, useId } from 'react';

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
