import type { Key, ReactNode } from 'react';

/**
 * A short list in a bordered box, drawn like Ant Design's (whose `List` is deprecated in
 * 6.6 for a virtual list these few rows do not need).
 */
export function PlainList<T>({
  items,
  rowKey,
  renderItem,
  empty,
  header,
  bordered = true,
  testId,
}: {
  items: readonly T[];
  rowKey: (item: T, index: number) => Key;
  renderItem: (item: T) => ReactNode;
  empty?: ReactNode;
  header?: ReactNode;
  bordered?: boolean;
  testId?: string;
}) {
  return (
    <div
      className={bordered ? 'kaohe-list kaohe-list-bordered' : 'kaohe-list'}
      data-testid={testId}
    >
      {header && <div className="kaohe-list-header">{header}</div>}
      {items.length === 0 ? (
        <div className="kaohe-list-empty">{empty}</div>
      ) : (
        <ul>
          {items.map((item, index) => (
            <li key={rowKey(item, index)} className="kaohe-list-item">
              {renderItem(item)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
