/**
 * The workflow's rules without its machine: stages, readiness and who may do what. The
 * web app imports this subpath (`@kaohe/workflow/browser`) to say beforehand what the
 * server will decide, and it stays free of xstate so it costs the login page nothing.
 */

export * from './appeals.ts';
export * from './context.ts';
export * from './events.ts';
export * from './readiness.ts';
export {
  ACCEPTED_IN,
  FINAL_REASON,
  LOCKED_REASON,
  lockedReason,
  PUBLISHED_REASON,
  refusalReason,
} from './rules.ts';
export * from './stage-schemas.ts';
export * from './stages.ts';
