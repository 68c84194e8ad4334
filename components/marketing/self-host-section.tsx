const INSTALL_COMMAND = 'npm install && npm run dev';

export function SelfHostSection() {
  return (
    <section id="self-host" aria-labelledby="self-host-title" className="scroll-mt-20 border-t bg-muted/40">
      <div className="mx-auto max-w-3xl px-4 py-20">
        <h2 id="self-host-title" className="mb-4 text-2xl font-semibold tracking-tight">
          Run it on your own machine
        </h2>
        <p className="mb-6 text-muted-foreground">
          One command installs Beacon and starts it with an embedded PostgreSQL server and offline defaults for AI,
          email, billing and social networks. No accounts or API keys needed to try it.
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
  );
}
