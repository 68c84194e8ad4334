import { ChevronRight, Loader2, Search, TriangleAlert } from 'lucide-react';
import Link from 'next/link';
import { readToolLabel, resultItems } from './read-tool-text';
import { isInAppHref } from './tool-links';

type ReadToolLineProps = {
  toolName: string;
  label?: string;
  input: unknown;
  state: string;
  output?: unknown;
  errorText?: string;
};

const MAX_RAW = 2_000;

function ResultBody({ output }: { output: unknown }) {
  const items = resultItems(output);
  if (items === null) {
    const raw = JSON.stringify(output, null, 2) ?? '';
    return <pre className="max-h-60 overflow-auto rounded bg-muted p-2 text-xs">{raw.length > MAX_RAW ? `${raw.slice(0, MAX_RAW)}…` : raw}</pre>;
  }
  if (items.length === 0) return <p className="text-xs text-muted-foreground">Nothing found.</p>;
  return (
    <ul className="grid gap-1 text-xs">
      {items.map((item, index) => (
        <li key={`${item.label}-${index}`} className="flex flex-wrap gap-x-2">
          {item.href && isInAppHref(item.href) ? (
            <Link href={item.href} className="font-medium text-primary underline-offset-2 hover:underline">
              {item.label}
            </Link>
          ) : (
            <span className="font-medium">{item.label}</span>
          )}
          {item.detail ? <span className="text-muted-foreground">{item.detail}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** A read tool the assistant used: one quiet line ("Looked up stale leads") that opens to what it found. */
export function ReadToolLine({ toolName, label, input, state, output, errorText }: ReadToolLineProps) {
  if (state === 'output-error') {
    return (
      <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
        <TriangleAlert className="size-3.5 text-destructive" aria-hidden />
        {readToolLabel(toolName, input, 'failed', label)}
        {errorText ? `: ${errorText}` : ''}
      </p>
    );
  }
  if (state !== 'output-available') {
    return (
      <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
        <Loader2 className="size-3.5 animate-spin motion-reduce:animate-none" aria-hidden />
        {readToolLabel(toolName, input, 'running', label)}
      </p>
    );
  }
  return (
    <details className="group text-xs text-muted-foreground">
      <summary className="flex w-fit cursor-pointer list-none items-center gap-1.5 rounded outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 [&::-webkit-details-marker]:hidden">
        <Search className="size-3.5" aria-hidden />
        {readToolLabel(toolName, input, 'done', label)}
        <ChevronRight className="size-3.5 transition-transform group-open:rotate-90 motion-reduce:transition-none" aria-hidden />
      </summary>
      <div className="mt-1.5 ml-5 border-l pl-3">
        <ResultBody output={output} />
      </div>
    </details>
  );
}
