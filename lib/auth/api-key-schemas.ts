import { z } from 'zod';
import { API_KEY_SCOPES } from '@/lib/orgs/permissions';

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, 'Name the key.').max(60),
  scopes: z.array(z.enum(API_KEY_SCOPES)).min(1, 'Choose at least one scope.'),
  expiresInDays: z.coerce.number().int().min(1).max(3650).optional(),
});

export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ keyId: z.uuid() });
