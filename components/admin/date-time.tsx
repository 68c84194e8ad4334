/** A timestamp in UTC, the same for every staff member whatever their time zone. */
export function DateTime({ value }: { value: Date }) {
  const iso = value.toISOString();
  return (
    <time dateTime={iso} className="whitespace-nowrap tabular-nums">
      {iso.slice(0, 19).replace('T', ' ')} UTC
    </time>
  );
}
