'use client';

// Replaces the root layout when it fails itself, so it brings its own <html> and cannot rely on the theme.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', display: 'grid', placeItems: 'center', minHeight: '100dvh', margin: 0 }}>
        <main style={{ textAlign: 'center', padding: 24 }}>
          <h1>Beacon could not load</h1>
          <p>Something went wrong on our side. Please try again.</p>
          {error.digest ? <p style={{ fontFamily: 'monospace', fontSize: 12 }}>Reference: {error.digest}</p> : null}
          <button type="button" onClick={reset} style={{ padding: '8px 16px' }}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
