import { TZDate } from '@date-fns/tz';
import { addDays, getISODay, startOfDay } from 'date-fns';

export type BusinessHours = {
  /** IANA zone the working day is kept in, e.g. "Europe/Berlin". */
  timeZone: string;
  /** First working hour, 0–23 (local time). */
  startHour: number;
  /** Hour the working day ends, 1–24 (local time), after startHour. */
  endHour: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workDays: readonly number[];
};

const HOUR_MS = 3_600_000;
// A year of days without a single working one means the settings are unusable; stop rather than loop forever.
const MAX_DAYS_SCANNED = 366;

/**
 * Counts `hours` of working time forward from `from`: time outside the working window (nights, weekends,
 * days not in `workDays`) does not count. The window is found in the workspace's zone each day, so a DST
 * change moves it in UTC as it should; the hours inside it are real elapsed hours.
 * E.g. Fri 16:30 (9–17, Mon–Fri) + 1h → Mon 09:30; Sat anything + 1h → Mon 10:00; 07:00 + 1h → 10:00.
 */
export function addBusinessHours(from: Date, hours: number, { timeZone, startHour, endHour, workDays }: BusinessHours): Date {
  if (!(startHour >= 0 && endHour <= 24 && startHour < endHour)) throw new RangeError('Business hours must start before they end, within 0–24.');
  if (workDays.length === 0) throw new RangeError('Business hours need at least one work day.');
  let remaining = Math.max(0, hours) * HOUR_MS;
  let day = startOfDay(new TZDate(from.getTime(), timeZone));
  for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned += 1, day = addDays(day, 1)) {
    if (!workDays.includes(getISODay(day))) continue;
    const windowStart = atLocalHour(day, startHour, timeZone);
    const windowEnd = atLocalHour(day, endHour, timeZone);
    const begin = Math.max(windowStart, from.getTime());
    if (begin >= windowEnd) continue;
    if (remaining <= windowEnd - begin) return new Date(begin + remaining);
    remaining -= windowEnd - begin;
  }
  throw new RangeError('Business hours could not be counted: no working time within a year.');
}

/** The instant of `hour`:00 local time on `day` (hour 24 is the next midnight). */
function atLocalHour(day: TZDate, hour: number, timeZone: string): number {
  const local = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), timeZone);
  local.setHours(hour, 0, 0, 0);
  return local.getTime();
}
