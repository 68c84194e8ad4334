import Link from 'next/link';
import { Button } from '@/components/ui/button';

/** The closing call to action: use this install, or run your own. */
export function CtaSection() {
  return (
    <section aria-labelledby="cta-title" className="mx-auto max-w-3xl px-4 py-20 text-center">
      <h2 id="cta-title" className="text-2xl font-semibold tracking-tight sm:text-3xl">
        Try Beacon your way
      </h2>
      <p className="mt-4 text-muted-foreground">
        Create an account here, or run your own copy with one command and keep every record on your own server.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Button asChild size="lg">
          <Link href="/sign-up">Sign up</Link>
        </Button>
        <Button asChild size="lg" variant="outline">
          <Link href="#self-host">Run it yourself</Link>
        </Button>
      </div>
    </section>
  );
}
