import type { Metadata } from 'next';
import Link from 'next/link';
import { ContactForm } from '@/components/marketing/contact-form';
import { Prose } from '@/components/marketing/prose';
import { buildPageMetadata } from '@/lib/marketing/page-metadata';

export const metadata: Metadata = buildPageMetadata({
  title: 'Contact',
  description:
    'Questions about Beacon, an Enterprise plan or running Beacon yourself? Send a message and we will reply by email.',
  path: '/contact',
});

// Static: the form is a client component that posts through a server action, so the page needs no request data.
export default function ContactPage() {
  return (
    <div className="mx-auto grid max-w-5xl gap-12 px-4 py-16 sm:py-20 lg:grid-cols-[2fr_3fr]">
      <div>
        <h1 className="text-4xl font-bold tracking-tight text-balance">Contact us</h1>
        <p className="mt-4 text-lg text-muted-foreground text-pretty">
          Questions about Beacon, an Enterprise plan or running Beacon on your own server? Send us a message and
          we will reply by email.
        </p>
        {/* Smaller headings than the page body: these are side notes next to the form. */}
        <Prose className="mt-10 text-sm text-muted-foreground [&_h2]:mt-8 [&_h2]:mb-2 [&_h2]:text-base [&_h2]:text-foreground">
          <h2>What happens to your message</h2>
          <p>
            It is stored in our own copy of Beacon, with the page you first arrived on and the site that referred you,
            so we can answer and follow up. No third-party trackers are involved.{' '}
            <Link href="/legal/privacy">Read the privacy notice</Link>.
          </p>
          <h2>Looking for help with your own install?</h2>
          <p>
            The <Link href="/#self-host">self-hosting guide</Link> shows how to start Beacon, and the{' '}
            <Link href="/docs/api">API reference</Link> documents every endpoint.
          </p>
        </Prose>
      </div>
      <section aria-label="Contact form" className="rounded-xl border bg-card p-6 text-card-foreground shadow-sm sm:p-8">
        <ContactForm />
      </section>
    </div>
  );
}
