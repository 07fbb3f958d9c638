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
