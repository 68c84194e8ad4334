import { AppError } from '@/lib/errors';

export type Cursor = { createdAt: Date; id: string };

/** Keyset cursors are opaque to clients: base64url of "<iso time>|<id>". */
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): Cursor {
  const [time, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(time ?? '');
  if (!id || Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw new AppError('bad_request', 'The cursor is not valid.');
  }
  return { createdAt, id };
}
