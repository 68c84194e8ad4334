import type { Metadata } from 'next';
import { PlanLimitsTable } from '@/components/marketing/plan-limits-table';
import { PricingCards } from '@/components/marketing/pricing-cards';
import { PricingFaq } from '@/components/marketing/pricing-faq';
import { buildPageMetadata } from '@/lib/marketing/page-metadata';

export const metadata: Metadata = buildPageMetadata({
  title: 'Pricing',
  description:
    'Beacon plans and their monthly limits: Free to try it, Pro for small teams, Enterprise for consultancies. Self-hosting Beacon is free.',
  path: '/pricing',
});

// Static: generated from lib/billing/plans.ts at build time, so prices and limits match what billing enforces.
export default function PricingPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-16 sm:py-20">
      <header className="mx-auto max-w-2xl text-center">
        <h1 className="text-4xl font-bold tracking-tight text-balance sm:text-5xl">Pricing</h1>
        <p className="mt-4 text-lg text-muted-foreground text-pretty">
          Every plan has the whole CRM with unlimited leads. Plans differ in how much AI work and publishing each
          workspace gets per month.
        </p>
      </header>

      <section aria-label="Plans" className="mt-12">
        <PricingCards />
      </section>

      <section aria-labelledby="limits-title" className="mt-20">
        <h2 id="limits-title" className="mb-6 text-2xl font-semibold tracking-tight">
          Compare plan limits
        </h2>
        <PlanLimitsTable />
      </section>

      <section aria-labelledby="faq-title" className="mx-auto mt-20 max-w-3xl">
        <h2 id="faq-title" className="mb-6 text-2xl font-semibold tracking-tight">
          Questions about plans
        </h2>
        <PricingFaq />
      </section>
    </div>
  );
}
