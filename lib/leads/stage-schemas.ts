import { z } from 'zod';

export const stageNameSchema = z.string().trim().min(1, 'Enter a stage name.').max(60);

export const createStageSchema = z.object({ name: stageNameSchema, isWon: z.boolean().default(false), isLost: z.boolean().default(false) });
export type CreateStageInput = z.infer<typeof createStageSchema>;

export const updateStageSchema = z
  .object({ stageId: z.uuid(), name: stageNameSchema.optional(), isWon: z.boolean().optional(), isLost: z.boolean().optional() })
  .refine((v) => !(v.isWon && v.isLost), { message: 'A stage cannot be both won and lost.', path: ['isLost'] });
export type UpdateStageInput = z.infer<typeof updateStageSchema>;

export const reorderStagesSchema = z.object({ stageIds: z.array(z.uuid()).min(1).max(50) });

// Leads in a deleted stage move to another stage of the workspace, or to no stage.
export const deleteStageSchema = z.object({ stageId: z.uuid(), moveToStageId: z.uuid().optional() });
