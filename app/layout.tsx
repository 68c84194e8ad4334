import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(process.env.APP_URL ?? 'http://localhost:3000'),
  title: { default: 'Beacon: the AI growth CRM you can host yourself', template: '%s · Beacon' },
  description:
    'Beacon is an open-source, self-hostable AI growth CRM for small businesses and consultancies: leads, pipeline, an AI assistant that knows your data, content and email follow-up in one place.',
  applicationName: 'Beacon',
  openGraph: { type: 'website', siteName: 'Beacon' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#17120e' },
  ],
};

// The root layout reads nothing from the request, so marketing pages can be static or ISR. Client context
// sits one level down: AppProviders in the per-request sections, a plain theme provider on marketing pages.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // next-themes sets the class on <html> before hydration; the warning it would cause is expected.
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        {children}
      </body>
    </html>
  );
}
