const LONG_DATE = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * A publication date. Public pages are rendered once and served to every visitor, so the date is written in
 * UTC rather than in whatever time zone the server happens to run in.
 */
export function PostDate({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={date.toISOString()} className={className}>
      {LONG_DATE.format(date)}
    </time>
  );
}
