/** The period an insight belongs to: its UTC day. One insight per rule per workspace per day. */
export function periodKeyOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

export function daysAgo(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** Whole days between `then` and `now` (a lead touched 36 hours ago is 1 day old). */
export function wholeDaysBetween(then: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - then.getTime()) / DAY_MS));
}
