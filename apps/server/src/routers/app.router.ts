import { router } from '../trpc.ts';
import { adminRouter } from './admin.router.ts';
import { analyticsRouter } from './analytics.router.ts';
import { appealRouter } from './appeal.router.ts';
import { approvalRouter } from './approval.router.ts';
import { assessmentRouter } from './assessment.router.ts';
import { auditRouter } from './audit.router.ts';
import { authRouter } from './auth.router.ts';
import { backupRouter } from './backup.router.ts';
import { bonusRouter } from './bonus.router.ts';
import { cycleRouter } from './cycle.router.ts';
import { gradesRouter } from './grades.router.ts';
import { messageRouter } from './message.router.ts';
import { reportRouter } from './report.router.ts';
import { reviewRouter } from './review.router.ts';
import { rubricRouter } from './rubric.router.ts';
import { todoRouter } from './todo.router.ts';

export const appRouter = router({
  auth: authRouter,
  todo: todoRouter,
  rubric: rubricRouter,
  cycle: cycleRouter,
  assessment: assessmentRouter,
  review: reviewRouter,
  bonus: bonusRouter,
  approval: approvalRouter,
  audit: auditRouter,
  report: reportRouter,
  admin: adminRouter,
  grades: gradesRouter,
  appeal: appealRouter,
  message: messageRouter,
  analytics: analyticsRouter,
  backup: backupRouter,
});

export type AppRouter = typeof appRouter;
