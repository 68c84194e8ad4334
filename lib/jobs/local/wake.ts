/**
 * The runners started in this process, so code that queues work can wake them at once instead of waiting for
 * their next poll. Kept on globalThis: dev reloads re-evaluate modules but the runners keep running.
 */
const globalForRunners = globalThis as unknown as { beaconRunnerWakers?: Set<() => void> };

function wakers(): Set<() => void> {
  globalForRunners.beaconRunnerWakers ??= new Set();
  return globalForRunners.beaconRunnerWakers;
}

export function registerWaker(wake: () => void): () => void {
  wakers().add(wake);
  return () => void wakers().delete(wake);
}

/** Asks every runner of this process to look for due runs now (a no-op when none runs, e.g. under Inngest). */
export function wakeLocalRunner(): void {
  for (const wake of wakers()) wake();
}
