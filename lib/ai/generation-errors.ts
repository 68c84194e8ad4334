import { APICallError, NoObjectGeneratedError, RetryError } from 'ai';
import { AppError, isAppError } from '@/lib/errors';

/**
 * Turns a failed model call into an AppError with a message a user can act on. AppErrors (the monthly
 * token limit, a missing profile) pass through; a model that answered nonsense or could not be reached
 * is "unavailable", with the original error kept as the cause for the logs.
 */
export function toGenerationError(error: unknown, what: string): AppError {
  if (isAppError(error)) return error;
  if (NoObjectGeneratedError.isInstance(error)) {
    return new AppError('unavailable', `The model did not return a usable ${what}. Try again.`, { cause: error });
  }
  if (APICallError.isInstance(error) || RetryError.isInstance(error)) {
    return new AppError('unavailable', `The AI model could not be reached to write the ${what}. Try again in a minute.`, { cause: error });
  }
  return new AppError('internal', `Something went wrong while writing the ${what}.`, { cause: error });
}
