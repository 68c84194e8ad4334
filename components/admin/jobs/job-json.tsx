type Props = { id: string; title: string; value: unknown; empty?: string };

function isEmpty(value: unknown) {
  return value === null || value === undefined || (typeof value === 'object' && Object.keys(value).length === 0);
}

/** A stored JSON value of a run (payload, memoised steps, result), pretty-printed. */
export function JobJson({ id, title, value, empty = 'Empty.' }: Props) {
  return (
    <section aria-labelledby={id} className="mb-6">
      <h2 id={id} className="mb-2 text-sm font-medium">
        {title}
      </h2>
      {isEmpty(value) ? (
        <p className="text-sm text-muted-foreground">{empty}</p>
      ) : (
        <pre className="max-h-[60vh] overflow-auto rounded-lg border bg-muted/40 p-4 text-xs break-words whitespace-pre-wrap">
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </section>
  );
}
