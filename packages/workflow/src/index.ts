export * from './appeals.ts';
export * from './assessment-machine.ts';
export * from './context.ts';
export * from './events.ts';
export * from './persistence.ts';
export * from './readiness.ts';
export {
  ACCEPTED_IN,
  FINAL_REASON,
  LOCKED_REASON,
  lockedReason,
  PUBLISHED_REASON,
  refusalReason,
} from './rules.ts';
export * from './stages.ts';
