/** The rubric import route's answer: a plain HTTP route, so the router cannot carry its type. */

/** The organisation import routes' answers. */
export type {
  OrgChangeView,
  OrgCounts,
  OrgImportDone,
  OrgImportPreview,
  OrgProblemView,
} from './http/org-import-view.ts';
export type { ImportView } from './http/rubric-import-view.ts';
export type { AppRouter } from './routers/app.router.ts';
export type { EvidenceLimits } from './services/evidence-service.ts';
