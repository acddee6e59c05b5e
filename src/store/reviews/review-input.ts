// What a reviewer may send: a verdict and, for a correction, the fields that override extraction.
import { z } from 'zod';

const ACTOR_CODE = /^([A-Z]{3}|IGO(:[A-Z0-9_]+)?|ORG:[A-Z0-9_]+|PER:[A-Z0-9_]+)$/;
const DATE_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$|^\d{3}$/;

export const POLARITIES = ['asserted', 'negated'] as const;
export const MODALITIES = ['actual', 'demanded', 'intended', 'hypothetical', 'ongoing'] as const;

const actorList = z
  .array(z.string().trim().toUpperCase().regex(ACTOR_CODE, 'an actor code such as MEX, IGO:UN or ORG:PLO'))
  .min(1, 'name at least one actor')
  .max(20);

export const correctionSchema = z
  .object({
    type: z.string().regex(/^[a-z_]+$/, 'an event type such as sever_relations').optional(),
    source: actorList.optional(),
    target: actorList.optional(),
    /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a decade `199`, or null for "date unknown". */
    date: z.string().regex(DATE_VALUE, 'YYYY, YYYY-MM, YYYY-MM-DD or a decade such as 199').nullable().optional(),
    polarity: z.enum(POLARITIES).optional(),
    modality: z.enum(MODALITIES).optional(),
  })
  .strict();

export type Correction = z.infer<typeof correctionSchema>;

export const reviewInputSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('confirm'), reviewer: z.string().trim().min(1).max(80).optional(), note: z.string().max(2000).optional() }),
  z.object({ action: z.literal('reject'), reviewer: z.string().trim().min(1).max(80).optional(), note: z.string().max(2000).optional() }),
  z.object({
    action: z.literal('correct'),
    reviewer: z.string().trim().min(1).max(80).optional(),
    note: z.string().max(2000).optional(),
    correction: correctionSchema,
  }),
]);

export type ReviewInput = z.infer<typeof reviewInputSchema>;
export type ReviewStatus = 'confirmed' | 'rejected' | 'corrected';

export function statusOf(action: ReviewInput['action']): ReviewStatus {
  return action === 'confirm' ? 'confirmed' : action === 'reject' ? 'rejected' : 'corrected';
}
