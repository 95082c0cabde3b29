/**
 * The pieces the rubric's forms are made of: a text of the document that grows as it is
 * written, and a list of rows (levels, targets) with a remove button each and an add
 * button under them.
 */
import { Button, Flex, Input } from 'antd';
import type { Key, ReactNode } from 'react';

/** A text of the document (2000 characters at most) that grows from `minRows` to `maxRows`. */
export function GrowingText({
  id,
  value,
  minRows,
  maxRows,
  readOnly,
  onChange,
}: {
  id: string;
  value: string;
  minRows: number;
  maxRows: number;
  readOnly?: boolean | undefined;
  onChange: (text: string) => void;
}) {
  return (
    <Input.TextArea
      id={id}
      autoSize={{ minRows, maxRows }}
      maxLength={2000}
      value={value}
      disabled={readOnly}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** Rows of a list; one can be removed while more than one is left, and `create` adds one. */
export function EditableRows<T>({
  rows,
  rowKey,
  rowId,
  wrap,
  readOnly,
  onChange,
  create,
  removeLabel,
  addLabel,
  children,
}: {
  rows: readonly T[];
  rowKey: (row: T, index: number) => Key;
  rowId?: (index: number) => string;
  wrap?: boolean;
  readOnly?: boolean | undefined;
  onChange: (rows: T[]) => void;
  create: () => T;
  removeLabel: string;
  addLabel: string;
  /** A row's fields; `set` replaces the row. */
  children: (row: T, index: number, set: (next: T) => void) => ReactNode;
}) {
  return (
    <>
      {rows.map((row, index) => (
        <Flex
          key={rowKey(row, index)}
          gap={8}
          align="center"
          wrap={wrap}
          className="kaohe-rule-row"
          id={rowId?.(index)}
        >
          {children(row, index, (next) => onChange(rows.map((r, i) => (i === index ? next : r))))}
          <Button
            size="small"
            danger
            disabled={readOnly || rows.length <= 1}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            {removeLabel}
          </Button>
        </Flex>
      ))}
      <Button size="small" disabled={readOnly} onClick={() => onChange([...rows, create()])}>
        {addLabel}
      </Button>
    </>
  );
}
