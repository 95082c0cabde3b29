import { ReopenCommandSchema, SendBackCommandSchema } from '@kaohe/workflow';
import { z } from 'zod';
import { router } from '../trpc.ts';
import { workflowProcedure } from './assessment.router.ts';

export const approvalRouter = router({
  approve: workflowProcedure(z.object({ type: z.literal('APPROVE') }), ['chairman']),
  sendBack: workflowProcedure(SendBackCommandSchema, ['chairman']),
  reopen: workflowProcedure(ReopenCommandSchema, ['admin']),
});
