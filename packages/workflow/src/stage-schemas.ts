/** The stages and the department reviews' states as zod schemas, for what is read back from storage and the wire. */
import { z } from 'zod';
import { ASSESSMENT_STAGES, DEPARTMENT_REVIEW_STATUSES } from './stages.ts';

export const AssessmentStageSchema = z.enum(ASSESSMENT_STAGES);
export const DepartmentReviewStatusSchema = z.enum(DEPARTMENT_REVIEW_STATUSES);
