const DAY_MS = 86_400_000;

/** The calendar day of `date` in `timeZone`, as a UTC midnight timestamp (so two days subtract cleanly). */
function calendarDay(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'));
}

/**
 * When something is due, the way a person says it: "today", "tomorrow", "on Friday" within the week,
 * otherwise "on 12 March" (with the year when it is not this year). Days are counted in `timeZone`.
 */
export function duePhrase(due: Date, now: Date, timeZone: string): string {
  const days = Math.round((calendarDay(due, timeZone) - calendarDay(now, timeZone)) / DAY_MS);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  if (days > 1 && days < 7) return `on ${new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long' }).format(due)}`;
  const sameYear = new Date(calendarDay(due, timeZone)).getUTCFullYear() === new Date(calendarDay(now, timeZone)).getUTCFullYear();
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) });
  return `on ${format.format(due)}`;
}
