/**
 * Every signed-in page: the auth guard, Ant Design, and the header with the user's name
 * and role, the pages of their role, the language, change password and sign out.
 */
import { createFileRoute } from '@tanstack/react-router';
import { AppShell } from '../components/app-shell.tsx';
import { requireUser } from '../lib/session.ts';

export const Route = createFileRoute('/_app')({
  beforeLoad: async ({ context, location }) => ({
    user: await requireUser(context, location),
  }),
  component: AppShell,
});
