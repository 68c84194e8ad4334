import { z } from 'zod';

// Slugs live in URLs next to fixed paths; these would be confusing or collide with routes.
const RESERVED_SLUGS = new Set(['new', 'account', 'admin', 'api', 'app', 'settings', 'onboarding', 'invite', 'sign-in', 'sign-up', 'help', 'www']);

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'Use at least 3 characters.')
  .max(48, 'Use at most 48 characters.')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single dashes.')
  .refine((slug) => !RESERVED_SLUGS.has(slug), 'This address is reserved. Choose another.');

/** A URL-safe slug from a workspace name: "Acme & Co." → "acme-co". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug.length >= 3 ? slug : `${slug || 'workspace'}-team`.slice(0, 48);
}
