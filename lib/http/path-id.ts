import { z } from 'zod';
import { AppError } from '@/lib/errors';

const uuid = z.uuid();

/**
 * A uuid from the URL path. Anything else names nothing, so it is a 404 like an unknown id; passing it on
 * would make Postgres fail the uuid cast with a 500.
 */
export function parsePathId(value: string | undefined, what: string): string {
  const parsed = uuid.safeParse(value);
  if (!parsed.success) throw new AppError('not_found', `${what} not found.`);
  return parsed.data;
}
