import Link from 'next/link';
import { FeatureGrid } from '@/components/marketing/feature-grid';
import { Button } from '@/components/ui/button';

const INSTALL_COMMAND = 'npm install && npm run dev';

export default function HomePage() {
  return (
    <>
      <section className="mx-auto max-w-6xl px-4 py-20 text-center sm:py-28">
        <p className="mb-4 text-sm font-medium text-primary">Open source · self-hostable</p>
        <h1 className="mx-auto max-w-3xl text-4xl font-bold tracking-tight text-balance sm:text-6xl">
          The AI growth CRM you can host yourself
        </h1>
        <p className="mx-auto mt-6 max-w-2xl text-lg text-muted-foreground text-pretty">
          Beacon keeps your leads, pipeline, follow-ups and marketing in one place, with an AI assistant that
          knows your business. Built for small businesses and consultancies.
        </p>
        <div className="mt-10 flex flex-wrap justify-center gap-3">
          <Button asChild size="lg">
            <Link href="#self-host">Run Beacon</Link>
          </Button>
          <Button asChild size="lg" variant="outline">
            <Link href="#features">See what it does</Link>
          </Button>
        </div>
      </section>

      <section id="features" className="mx-auto max-w-6xl scroll-mt-20 px-4 pb-20">
        <h2 className="mb-8 text-2xl font-semibold tracking-tight">Everything a small team needs to grow</h2>
        <FeatureGrid />
      </section>

      <section id="self-host" className="scroll-mt-20 border-t bg-muted/40">
        <div className="mx-auto max-w-3xl px-4 py-20">
          <h2 className="mb-4 text-2xl font-semibold tracking-tight">Run it on your own machine</h2>
          <p className="mb-6 text-muted-foreground">
            One command installs Beacon and starts it with an embedded PostgreSQL server and offline defaults
            for AI, email, billing and social networks. No accounts or API keys needed to try it.
          </p>
          <pre className="overflow-x-auto rounded-lg border bg-card p-4 text-sm">
            <code>{INSTALL_COMMAND}</code>
          </pre>
          <p className="mt-4 text-sm text-muted-foreground">
            Then open <code className="font-mono">http://localhost:3000</code>. Point{' '}
            <code className="font-mono">DATABASE_URL</code> at your own Postgres when you are ready for production.
          </p>
        </div>
      </section>
    </>
  );
}
