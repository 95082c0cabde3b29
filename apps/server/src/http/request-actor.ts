/**
 * Who is calling a plain HTTP route (evidence, exports, rubric files): the session cookie
 * resolved as the tRPC context does, with the same rule that a user who must change the
 * initial password may do nothing else first. The actor is remembered on the request so
 * that the error handler can name who was refused (security_event), as tRPC's middleware does.
 */
import { type Actor, DomainError } from '@kaohe/domain';
import type { FastifyRequest } from 'fastify';
import { type AppDeps, actorOf } from '../context.ts';
import { resolveSession, SESSION_COOKIE } from '../services/auth-service.ts';
import { PASSWORD_CHANGE_REQUIRED } from '../trpc.ts';

const actors = new WeakMap<FastifyRequest, Actor>();

export async function actorOfRequest(deps: AppDeps, request: FastifyRequest): Promise<Actor> {
  const token = request.cookies[SESSION_COOKIE];
  const session = token ? await resolveSession(deps, token) : null;
  if (!session) {
    throw new DomainError('UNAUTHENTICATED', { zh: '请先登录', en: 'Please sign in' });
  }
  const actor = actorOf(session.user);
  actors.set(request, actor);
  if (session.user.mustChangePassword) {
    throw new DomainError(
      'FORBIDDEN',
      {
        zh: '请先修改初始密码，然后才能继续使用系统',
        en: 'Choose your own password before you go on',
      },
      { reason: PASSWORD_CHANGE_REQUIRED },
    );
  }
  return actor;
}

/** The actor `actorOfRequest` found for this request, if it got that far. */
export function requestActor(request: FastifyRequest): Actor | undefined {
  return actors.get(request);
}
