import { z } from 'zod';
import { emailSchema, newPasswordSchema } from './password-policy';

// Pure zod: shared by the forms (client), the actions and the domain functions.
export const signUpSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(100),
  email: emailSchema,
  password: newPasswordSchema,
});

export type SignUpInput = z.infer<typeof signUpSchema>;

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({ token: z.string().min(20).max(200), password: newPasswordSchema });

export const changePasswordSchema = z.object({ currentPassword: z.string().min(1, 'Enter your current password.').max(128), newPassword: newPasswordSchema });

// currentPassword: required by the domain function only for accounts that have a password.
export const requestEmailChangeSchema = z.object({ newEmail: emailSchema, currentPassword: z.string().max(128).optional() });
