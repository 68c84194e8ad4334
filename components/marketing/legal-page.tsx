import type { ReactNode } from 'react';
import { Prose } from '@/components/marketing/prose';

/**
 * Frame for the legal pages: the title, a visible notice that the text is a template the operator of an
 * install must adapt, and the body in prose styles.
 */
export function LegalPage({ title, summary, children }: { title: string; summary: string; children: ReactNode }) {
  return (
    <article className="mx-auto max-w-3xl px-4 py-16 sm:py-20">
      <header>
        <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{title}</h1>
        <p className="mt-4 text-lg text-muted-foreground">{summary}</p>
      </header>
      <aside
        aria-label="About this page"
        className="mt-8 rounded-lg border border-primary/40 bg-accent p-4 text-sm text-accent-foreground"
      >
        <p>
          <strong className="font-semibold">For operators:</strong> this is the template that ships with Beacon. If
          you run Beacon for other people, adapt it before you publish: name yourself as the operator, add how to
          reach you, your jurisdiction, an effective date, and anything your own configuration adds (for example a
          payment provider or an email service).
        </p>
      </aside>
      <Prose className="mt-6">{children}</Prose>
    </article>
  );
}
