import { IdSchema, NameSchema } from '@kaohe/domain';
import { Form, Input } from 'antd';
import { useT } from '../../i18n/locale.tsx';
import { useZodRule } from '../../lib/zod-rule.ts';

/** A thing's id: chosen once (the domain's IdSchema), then shown but not changed. */
export function IdField({ isNew }: { isNew: boolean }) {
  const t = useT();
  const zodRule = useZodRule();
  return (
    <Form.Item
      name="id"
      label={t('admin.id')}
      extra={t('admin.idHint')}
      rules={[{ required: true, message: t('admin.idRequired') }, zodRule(IdSchema)]}
    >
      <Input disabled={!isNew} maxLength={64} />
    </Form.Item>
  );
}

/** A name or display name, as the server's NameSchema takes it. */
export function NameField({ name, label }: { name: string; label: string }) {
  const t = useT();
  const zodRule = useZodRule();
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[
        { required: true, whitespace: true, message: t('admin.nameRequired') },
        zodRule(NameSchema),
      ]}
    >
      <Input maxLength={200} />
    </Form.Item>
  );
}

/** The reason recorded with a change (as the server's schemas take it: 2000 characters at most). */
export function ReasonField({
  label,
  message,
  showCount,
}: {
  label: string;
  message: string;
  showCount?: boolean;
}) {
  return (
    <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true, message }]}>
      <Input.TextArea rows={3} maxLength={2000} showCount={showCount} />
    </Form.Item>
  );
}
