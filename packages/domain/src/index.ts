export * from './diff.ts';
export * from './errors.ts';
export * from './exchange.ts';
export * from './points.ts';
export * from './roles.ts';
export * from './rubric.ts';
export * from './scoring.ts';
export * from './validation.ts';
