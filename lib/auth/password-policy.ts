import { z } from 'zod';
import commonPasswordList from './common-passwords.json';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

// Bundled with the code (not read from disk) so the check works the same in a standalone build.
const COMMON_PASSWORDS = new Set(commonPasswordList.passwords.map((p) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}

/** ASVS 5.0 password rules: length 12–128, any characters, no composition rules, not a common password. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .refine((value) => !isCommonPassword(value), 'This password is too common. Choose another.');

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('Enter a valid email address.').max(254, 'Email address is too long.'));
