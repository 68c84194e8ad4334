import { z } from 'zod';
import { emailSchema } from '@/lib/auth/password-policy';
import { slugSchema } from './slug';

// Pure zod: shared by the forms (client), the actions and the domain functions.
export const orgNameSchema = z.string().trim().min(2, 'Use at least 2 characters.').max(80, 'Use at most 80 characters.');

export const createOrgSchema = z.object({ name: orgNameSchema, slug: slugSchema });

export type CreateOrgInput = z.infer<typeof createOrgSchema>;

export const renameOrgSchema = z.object({ name: orgNameSchema });

export const deleteOrgSchema = z.object({ confirmSlug: z.string().trim() });

export const roleSchema = z.enum(['owner', 'admin', 'member'], { message: 'Choose owner, admin or member.' });

export const changeRoleSchema = z.object({ memberId: z.uuid(), role: roleSchema });

export const memberIdSchema = z.object({ memberId: z.uuid() });

export const createInviteSchema = z.object({ email: emailSchema, role: roleSchema });

export const inviteIdSchema = z.object({ inviteId: z.uuid() });
