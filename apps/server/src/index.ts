export type { AppRouter } from './routers/app.router.ts';
export type { EvidenceLimits } from './services/evidence-service.ts';
