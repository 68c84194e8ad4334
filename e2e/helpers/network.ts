import { randomInt } from 'node:crypto';

/** A distinct client address per test, so per-IP rate limits of one test never spill into another. */
export function clientAddressHeaders() {
  return { 'x-forwarded-for': `198.51.${randomInt(0, 255)}.${randomInt(1, 254)}` };
}
