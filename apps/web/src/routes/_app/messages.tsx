/** /messages: the signed-in user's 站内消息 (components/message-list.tsx). */
import { createFileRoute } from '@tanstack/react-router';
import { MessageList } from '../../components/message-list.tsx';

export const Route = createFileRoute('/_app/messages')({
  component: MessagesPage,
});

function MessagesPage() {
  const { user } = Route.useRouteContext();
  return (
    <div style={{ maxWidth: 900 }}>
      <MessageList userRole={user.role} />
    </div>
  );
}
