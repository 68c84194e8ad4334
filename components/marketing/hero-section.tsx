import Link from 'next/link';
import { Screenshot } from '@/components/marketing/screenshot';
import { Button } from '@/components/ui/button';
import { SITE_TAGLINE } from '@/lib/marketing/site';

export function HeroSection() {
  return (
    <section aria-labelledby="hero-title" className="mx-auto max-w-6xl px-4 pt-20 pb-16 text-center sm:pt-28">
      <p className="mb-4 text-sm font-medium text-primary">Open source · self-hostable</p>
      <h1 id="hero-title" className="mx-auto max-w-3xl text-4xl font-bold tracking-tight text-balance sm:text-6xl">
        {SITE_TAGLINE}
      </h1>
      <p className="mx-auto mt-6 max-w-2xl text-lg text-muted-foreground text-pretty">
        Beacon keeps your leads, pipeline, follow-ups and marketing in one place, with an AI assistant that knows
        your business. Built for small businesses and consultancies.
      </p>
      <div className="mt-10 flex flex-wrap justify-center gap-3">
        <Button asChild size="lg">
          <Link href="/sign-up">Sign up</Link>
        </Button>
        <Button asChild size="lg" variant="outline">
          <Link href="#self-host">Run it yourself</Link>
        </Button>
      </div>
      <Screenshot
        name="leads"
        preload
        sizes="(min-width: 1056px) 1024px, calc(100vw - 2rem)"
        className="mx-auto mt-16 max-w-5xl text-left"
      />
    </section>
  );
}
