import type { Metadata } from 'next';
import { CtaSection } from '@/components/marketing/cta-section';
import { FeatureGrid } from '@/components/marketing/feature-grid';
import { FeatureShowcase } from '@/components/marketing/feature-showcase';
import { HeroSection } from '@/components/marketing/hero-section';
import { JsonLd } from '@/components/marketing/json-ld';
import { SelfHostSection } from '@/components/marketing/self-host-section';
import { buildPageMetadata } from '@/lib/marketing/page-metadata';
import { SITE_DESCRIPTION, SITE_HOME_TITLE, getSiteUrl } from '@/lib/marketing/site';
import { buildHomeJsonLd } from '@/lib/marketing/structured-data';

export const metadata: Metadata = buildPageMetadata({
  title: SITE_HOME_TITLE,
  description: SITE_DESCRIPTION,
  path: '/',
  absoluteTitle: true,
});

// Static: everything here is known at build time (APP_URL included), so the page is served from cache.
export default function HomePage() {
  return (
    <>
      <JsonLd data={buildHomeJsonLd(getSiteUrl())} />
      <HeroSection />

      <section id="features" aria-labelledby="features-title" className="mx-auto max-w-6xl scroll-mt-20 px-4 py-20">
        <div className="mb-12 max-w-2xl">
          <h2 id="features-title" className="text-2xl font-semibold tracking-tight sm:text-3xl">
            Everything a small team needs to grow
          </h2>
          <p className="mt-4 text-muted-foreground">
            A CRM that stays quick, and the follow-up work around it, in one app your whole team shares.
          </p>
        </div>
        <FeatureShowcase />
      </section>

      <section aria-labelledby="more-title" className="border-t">
        <div className="mx-auto max-w-6xl px-4 py-20">
          <h2 id="more-title" className="mb-8 text-2xl font-semibold tracking-tight sm:text-3xl">
            The rest of your growth work, in the same place
          </h2>
          <FeatureGrid />
        </div>
      </section>

      <SelfHostSection />
      <CtaSection />
    </>
  );
}
