/**
 * The rubric editor: the document in tabs (基本信息: title, 合计, step, unit types and
 * departments; 考核内容: categories and their items, reorderable, one item's form at a
 * time; 加分项: bonus items and caps; 评分预览), with the domain's validation beside it.
 * A problem clicked opens its tab and item and focuses its field. The document lives in
 * the caller's state; every edit comes back through `onChange`.
 */
import { criteriaTextWarnings, type Rubric, type RubricProblem } from '@kaohe/domain';
import {
  Button,
  Card,
  Empty,
  Flex,
  Input,
  InputNumber,
  Radio,
  Select,
  Tabs,
  Typography,
} from 'antd';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/locale.tsx';
import { useScreen } from '../../lib/use-screen.ts';
import { ItemEditor } from './item-editor.tsx';
import {
  addItem,
  baseScoreSum,
  type EditorTab,
  fieldId,
  focusPath,
  type ItemAt,
  itemAtPath,
  moveCategory,
  moveItem,
  newId,
  points,
  removeItem,
  renumber,
  tabOf,
  updateCategory,
  updateItem,
} from './rubric-model.ts';
import { ScoringPreview } from './scoring-preview.tsx';
import { ValidationPanel } from './validation-panel.tsx';
import './rubric-editor.css';

export interface Named {
  id: string;
  name: string;
}

export interface RubricEditorProps {
  document: Rubric;
  onChange: (next: Rubric) => void;
  problems: RubricProblem[];
  /** The parsed document for the scoring preview (null while it has shape problems). */
  parsed: Rubric | null;
  readOnly?: boolean;
  /** The organisation's departments and unit types, to add to the document. */
  departmentCatalog: Named[];
  unitTypeCatalog: Named[];
  /** More tabs from the page (the comparison with last year). */
  extraTabs?: Array<{ key: string; label: string; children: ReactNode }>;
  /** Shown under an item's title: its figures from last year's cycle (issue 19). */
  itemNote?: (itemId: string) => ReactNode;
}

type Tab = EditorTab | 'preview' | string;

const { Text } = Typography;

export function RubricEditor({
  document: doc,
  onChange,
  problems,
  parsed,
  readOnly,
  departmentCatalog,
  unitTypeCatalog,
  extraTabs = [],
  itemNote,
}: RubricEditorProps) {
  const t = useT();
  const [tab, setTab] = useState<Tab>('items');
  const [selected, setSelected] = useState<ItemAt>({ ci: 0, ii: 0 });
  const [focusRequest, setFocusRequest] = useState<{
    path: RubricProblem['path'];
    n: number;
  } | null>(null);

  // After the tab and item of a clicked problem have rendered, focus its field.
  useEffect(() => {
    if (!focusRequest) return;
    const timer = setTimeout(() => focusPath(focusRequest.path), 60);
    return () => clearTimeout(timer);
  }, [focusRequest]);

  const selectProblem = (problem: RubricProblem) => {
    setTab(tabOf(problem.path));
    const at = itemAtPath(problem.path);
    if (at) setSelected(at);
    setFocusRequest((r) => ({ path: problem.path, n: (r?.n ?? 0) + 1 }));
  };

  // On a phone the item's form is below the list: opening an item scrolls to it, as on a
  // desktop it is simply there beside the list.
  const { phone } = useScreen();
  const detail = useRef<HTMLDivElement>(null);
  const openItem = (at: ItemAt) => {
    setSelected(at);
    if (phone) requestAnimationFrame(() => detail.current?.scrollIntoView({ block: 'start' }));
  };

  const selectedItem = doc.categories[selected.ci]?.items[selected.ii];
  const warnings = useMemo(() => criteriaTextWarnings(doc), [doc]);

  const items = (
    <Flex gap={12} align="flex-start" className="kaohe-items-tab">
      <nav className="kaohe-item-list" aria-label={t('rubric.itemList')}>
        {doc.categories.map((category, ci) => (
          <section key={category.id} className="kaohe-category" id={fieldId(['categories', ci])}>
            <Flex gap={4} align="center">
              <Input
                id={fieldId(['categories', ci, 'name'])}
                aria-label={t('rubric.categoryNameN', { n: ci + 1 })}
                size="small"
                value={category.name}
                disabled={readOnly}
                onChange={(e) =>
                  onChange(updateCategory(doc, ci, (c) => ({ ...c, name: e.target.value })))
                }
              />
              <Button
                size="small"
                disabled={readOnly || ci === 0}
                aria-label={t('rubric.categoryUp')}
                onClick={() => onChange(moveCategory(doc, ci, -1))}
              >
                ↑
              </Button>
              <Button
                size="small"
                disabled={readOnly || ci === doc.categories.length - 1}
                aria-label={t('rubric.categoryDown')}
                onClick={() => onChange(moveCategory(doc, ci, 1))}
              >
                ↓
              </Button>
              <Button
                size="small"
                danger
                disabled={readOnly || category.items.length > 0 || doc.categories.length <= 1}
                title={t('rubric.removeCategoryHint')}
                onClick={() => {
                  onChange(
                    renumber({ ...doc, categories: doc.categories.filter((_, i) => i !== ci) }),
                  );
                  setSelected({ ci: 0, ii: 0 });
                }}
              >
                {t('common.delete')}
              </Button>
            </Flex>
            <ol className="kaohe-item-rows" id={fieldId(['categories', ci, 'items'])} tabIndex={-1}>
              {category.items.map((item, ii) => {
                const active = selected.ci === ci && selected.ii === ii;
                const flagged = problems.some((p) => {
                  const at = itemAtPath(p.path);
                  return at?.ci === ci && at.ii === ii;
                });
                return (
                  <li
                    key={item.id}
                    className={`kaohe-item-row${active ? ' is-active' : ''}${flagged ? ' has-problem' : ''}`}
                  >
                    <button
                      type="button"
                      className="kaohe-item-row-open"
                      aria-current={active ? 'true' : undefined}
                      onClick={() => openItem({ ci, ii })}
                    >
                      <span className="kaohe-item-row-number">{item.number}</span>
                      <span className="kaohe-item-row-content">
                        {item.content || t('rubric.untitled')}
                      </span>
                      <span className="kaohe-item-row-points">{points(item.baseScore)}</span>
                    </button>
                    {active && !readOnly && (
                      <Flex gap={2}>
                        <Button
                          size="small"
                          aria-label={t('rubric.itemUp', { n: item.number })}
                          onClick={() => {
                            const moved = moveItem(doc, { ci, ii }, -1);
                            onChange(moved.rubric);
                            setSelected(moved.at);
                          }}
                        >
                          ↑
                        </Button>
                        <Button
                          size="small"
                          aria-label={t('rubric.itemDown', { n: item.number })}
                          onClick={() => {
                            const moved = moveItem(doc, { ci, ii }, 1);
                            onChange(moved.rubric);
                            setSelected(moved.at);
                          }}
                        >
                          ↓
                        </Button>
                      </Flex>
                    )}
                  </li>
                );
              })}
            </ol>
            {!readOnly && (
              <Button
                size="small"
                type="dashed"
                block
                onClick={() => {
                  const added = addItem(doc, ci, doc.departments[0]?.id ?? '');
                  onChange(added.rubric);
                  setSelected(added.at);
                }}
              >
                {t('rubric.addItem')}
              </Button>
            )}
          </section>
        ))}
        {!readOnly && (
          <Button
            size="small"
            onClick={() =>
              onChange({
                ...doc,
                categories: [
                  ...doc.categories,
                  { id: newId('cat'), name: t('rubric.newCategory'), items: [] },
                ],
              })
            }
          >
            {t('rubric.addCategory')}
          </Button>
        )}
      </nav>
      <div className="kaohe-item-detail" ref={detail}>
        {selectedItem ? (
          <>
            <ItemEditor
              rubric={doc}
              item={selectedItem}
              path={['categories', selected.ci, 'items', selected.ii]}
              readOnly={readOnly}
              note={itemNote?.(selectedItem.id)}
              onChange={(next) => onChange(updateItem(doc, selected.ci, selected.ii, () => next))}
            />
            {!readOnly && (
              <Button
                danger
                style={{ marginTop: 12 }}
                onClick={() => {
                  onChange(removeItem(doc, selected));
                  setSelected({ ci: selected.ci, ii: Math.max(0, selected.ii - 1) });
                }}
              >
                {t('rubric.removeItem', { n: selectedItem.number })}
              </Button>
            )}
          </>
        ) : (
          <Empty description={t('rubric.noItemSelected')} />
        )}
      </div>
    </Flex>
  );

  const general = (
    <Flex vertical gap={12}>
      <div className="kaohe-form-grid">
        <label htmlFor={fieldId(['title'])}>{t('rubric.title')}</label>
        <Input
          id={fieldId(['title'])}
          value={doc.title}
          disabled={readOnly}
          maxLength={2000}
          onChange={(e) => onChange({ ...doc, title: e.target.value })}
        />
        <span>{t('admin.year')}</span>
        <Text>{doc.year}</Text>
        <label htmlFor={fieldId(['total'])}>{t('rubric.total')}</label>
        <Flex gap={12} align="center">
          <InputNumber<number>
            id={fieldId(['total'])}
            min={0}
            style={{ width: 110 }}
            value={doc.total}
            disabled={readOnly}
            onChange={(n) => {
              if (n !== null) onChange({ ...doc, total: n });
            }}
          />
          <Text type="secondary">{t('rubric.sumOfBase', { points: baseScoreSum(doc) })}</Text>
        </Flex>
        <label htmlFor={fieldId(['step'])}>{t('rubric.step')}</label>
        <InputNumber<number>
          id={fieldId(['step'])}
          min={0.01}
          step={0.5}
          style={{ width: 110 }}
          value={doc.step}
          disabled={readOnly}
          onChange={(n) => {
            if (n !== null) onChange({ ...doc, step: n });
          }}
        />
      </div>
      <NamedList
        title={t('rubric.unitTypes')}
        pathKey="unitTypes"
        entries={doc.unitTypes}
        catalog={unitTypeCatalog}
        readOnly={readOnly}
        onChange={(unitTypes) => onChange({ ...doc, unitTypes })}
      />
      <NamedList
        title={t('rubric.departments')}
        pathKey="departments"
        entries={doc.departments}
        catalog={departmentCatalog}
        readOnly={readOnly}
        onChange={(departments) => onChange({ ...doc, departments })}
      />
    </Flex>
  );

  const bonus = (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center">
        <label htmlFor={fieldId(['bonusCap'])}>{t('rubric.bonusCap')}</label>
        <InputNumber<number>
          id={fieldId(['bonusCap'])}
          min={0}
          style={{ width: 110 }}
          placeholder={t('rubric.noCap')}
          value={doc.bonusCap}
          disabled={readOnly}
          onChange={(n) => onChange({ ...doc, bonusCap: n ?? null })}
        />
        <Text type="secondary">{t('rubric.capHint')}</Text>
      </Flex>
      {doc.bonusItems.map((b, bi) => (
        <Card
          key={b.id}
          size="small"
          id={fieldId(['bonusItems', bi])}
          title={t('rubric.bonusItemN', { n: bi + 1 })}
          extra={
            <Button
              size="small"
              danger
              disabled={readOnly}
              onClick={() =>
                onChange({ ...doc, bonusItems: doc.bonusItems.filter((_, i) => i !== bi) })
              }
            >
              {t('common.delete')}
            </Button>
          }
        >
          <div className="kaohe-form-grid">
            <label htmlFor={fieldId(['bonusItems', bi, 'content'])}>{t('rubric.content')}</label>
            <Input.TextArea
              id={fieldId(['bonusItems', bi, 'content'])}
              autoSize={{ minRows: 1, maxRows: 4 }}
              value={b.content}
              disabled={readOnly}
              onChange={(e) =>
                onChange({
                  ...doc,
                  bonusItems: doc.bonusItems.map((x, i) =>
                    i === bi ? { ...x, content: e.target.value } : x,
                  ),
                })
              }
            />
            <label htmlFor={fieldId(['bonusItems', bi, 'department'])}>
              {t('rubric.department')}
            </label>
            <Select<string>
              id={fieldId(['bonusItems', bi, 'department'])}
              allowClear
              placeholder={t('rubric.noDepartment')}
              value={b.department ?? undefined}
              disabled={readOnly}
              onChange={(d) =>
                onChange({
                  ...doc,
                  bonusItems: doc.bonusItems.map((x, i) =>
                    i === bi ? { ...x, department: d ?? null } : x,
                  ),
                })
              }
              options={doc.departments.map((d) => ({ value: d.id, label: d.name }))}
            />
            <label htmlFor={fieldId(['bonusItems', bi, 'cap'])}>{t('rubric.bonusItemCap')}</label>
            <InputNumber<number>
              id={fieldId(['bonusItems', bi, 'cap'])}
              min={0}
              style={{ width: 110 }}
              placeholder={t('rubric.noCap')}
              value={b.cap}
              disabled={readOnly}
              onChange={(n) =>
                onChange({
                  ...doc,
                  bonusItems: doc.bonusItems.map((x, i) =>
                    i === bi ? { ...x, cap: n ?? null } : x,
                  ),
                })
              }
            />
          </div>
        </Card>
      ))}
      {!readOnly && (
        <div>
          <Button
            onClick={() =>
              onChange({
                ...doc,
                bonusItems: [
                  ...doc.bonusItems,
                  { id: newId('bonus'), content: '', department: null, cap: null },
                ],
              })
            }
          >
            {t('rubric.addBonusItem')}
          </Button>
        </div>
      )}
    </Flex>
  );

  const tabs = [
    { key: 'items', label: t('rubric.tab.items'), children: items },
    { key: 'general', label: t('rubric.tab.general'), children: general },
    { key: 'bonus', label: t('rubric.tab.bonus'), children: bonus },
    {
      key: 'preview',
      label: t('rubric.tab.preview'),
      children: <ScoringPreview rubric={parsed} initialItemId={selectedItem?.id} />,
    },
    ...extraTabs,
  ];

  return (
    <div className="kaohe-rubric-editor">
      <Tabs
        className="kaohe-rubric-tabs"
        activeKey={tab}
        onChange={setTab}
        items={tabs}
        // On a phone the six tabs do not fit one line, and Ant Design would hide the last
        // ones behind "…": there they wrap instead, every one in sight.
        renderTabBar={
          phone
            ? () => (
                <Radio.Group
                  className="kaohe-rubric-tabbar"
                  optionType="button"
                  buttonStyle="solid"
                  size="small"
                  value={tab}
                  onChange={(e) => setTab(e.target.value)}
                  options={tabs.map(({ key, label }) => ({ value: key, label }))}
                />
              )
            : undefined
        }
      />
      <aside className="kaohe-rubric-side">
        <ValidationPanel
          problems={problems}
          warnings={warnings}
          document={doc}
          onSelect={selectProblem}
          readOnly={readOnly}
        />
      </aside>
    </div>
  );
}

/** Unit types or departments of the document: rename, remove, add from the organisation's list. */
function NamedList({
  title,
  pathKey,
  entries,
  catalog,
  readOnly,
  onChange,
}: {
  title: string;
  pathKey: 'unitTypes' | 'departments';
  entries: Named[];
  catalog: Named[];
  readOnly?: boolean;
  onChange: (next: Named[]) => void;
}) {
  const t = useT();
  const missing = catalog.filter((c) => !entries.some((e) => e.id === c.id));
  return (
    <Card size="small" title={title} id={fieldId([pathKey])}>
      <Flex vertical gap={6}>
        {entries.map((entry, i) => (
          <Flex key={entry.id} gap={8} align="center" id={fieldId([pathKey, i])}>
            <Text code style={{ minWidth: 120 }}>
              {entry.id}
            </Text>
            <Input
              id={fieldId([pathKey, i, 'name'])}
              aria-label={t('rubric.nameOf', { id: entry.id })}
              size="small"
              value={entry.name}
              disabled={readOnly}
              onChange={(e) =>
                onChange(entries.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))
              }
            />
            <Button
              size="small"
              danger
              disabled={readOnly || entries.length <= 1}
              onClick={() => onChange(entries.filter((_, j) => j !== i))}
            >
              {t('common.delete')}
            </Button>
          </Flex>
        ))}
        {!readOnly && missing.length > 0 && (
          <Select<string>
            size="small"
            style={{ width: 260 }}
            placeholder={t('rubric.addFromList')}
            value={null as unknown as string}
            onChange={(id) => {
              const found = catalog.find((c) => c.id === id);
              if (found) onChange([...entries, { id: found.id, name: found.name }]);
            }}
            options={missing.map((c) => ({ value: c.id, label: c.name }))}
          />
        )}
      </Flex>
    </Card>
  );
}
