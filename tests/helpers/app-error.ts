import { expect } from 'vitest';
import { AppError, type AppErrorCode } from '@/lib/errors';

/** Awaits a promise that must reject with an AppError of `code`, and returns the error for more checks. */
export async function expectAppError(promise: Promise<unknown>, code: AppErrorCode): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}
