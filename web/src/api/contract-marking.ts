import { z } from 'zod';

export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export const Tlp = z.enum(TLP_LEVELS);
export type Tlp = z.infer<typeof Tlp>;

export const Marking = z.object({
  ownerAgency: z.string(),
  tlp: Tlp,
  releasableTo: z.array(z.string()).default([]),
  recipients: z.array(z.string()).default([]),
});
export type Marking = z.infer<typeof Marking>;

/** POST /api/markings/{table}/{id}/preview: what a marking change would do, before it is saved. */
export const MarkingPreview = z.object({
  before: Marking,
  after: Marking,
  derived: z.boolean(),
  widening: z.boolean(),
  refusal: z.enum(['FORBIDDEN', 'MARKING_WIDENING_FORBIDDEN', 'DERIVED_MARKING_WIDENING']).nullable(),
  justificationRequired: z.boolean(),
  agencies: z.array(
    z.object({ agency: z.string(), nation: z.string(), before: z.boolean(), after: z.boolean() }),
  ),
});
export type MarkingPreview = z.infer<typeof MarkingPreview>;
