const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
] as const;

/** A cron period in words: "every minute", "every 5 minutes", "every day". */
export function describePeriod(ms: number): string {
  for (const [unit, size] of UNITS) {
    if (ms >= size && ms % size === 0) {
      const count = ms / size;
      return count === 1 ? `every ${unit}` : `every ${count} ${unit}s`;
    }
  }
  return `every ${Math.max(1, Math.round(ms / 1000))} seconds`;
}

/** How long a run took: "85 ms", "3.4 s", "2 min 5 s", "1 h 3 min". */
export function formatRunDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min ${Math.floor((ms % 60_000) / 1000)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The duration between start and finish, or null while a run has not finished. */
export function runDuration(startedAt: Date | string | null, finishedAt: Date | string | null): string | null {
  if (!startedAt || !finishedAt) return null;
  return formatRunDuration(new Date(finishedAt).getTime() - new Date(startedAt).getTime());
}

/** The first line of a stored error (the rest is a stack), for one table cell. */
export function firstLine(text: string): string {
  return text.split('\n', 1)[0]!.trim();
}
