import { Check } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { PLANS } from '@/lib/billing/plans';
import { formatPlanPrice, getPlanCta } from '@/lib/marketing/pricing';

/** One card per plan, generated from the plan definitions so the page never disagrees with billing. */
export function PricingCards() {
  return (
    <ul className="grid gap-6 lg:grid-cols-3">
      {PLANS.map((plan) => {
        const cta = getPlanCta(plan);
        const isCustom = plan.priceCentsPerMonth === null;
        return (
          <li key={plan.id} className="flex flex-col rounded-xl border bg-card p-6 text-card-foreground shadow-sm">
            <h2 className="text-lg font-semibold">
              {plan.name}
            </h2>
            <p className="mt-1 text-sm text-muted-foreground">{plan.description}</p>
            <p className="mt-6 flex items-baseline gap-1">
              <span className="text-4xl font-bold tracking-tight">{formatPlanPrice(plan)}</span>
              <span className="text-sm text-muted-foreground">
                {isCustom ? 'priced for your team' : 'per workspace / month'}
              </span>
            </p>
            <ul className="mt-6 flex-1 space-y-3" aria-label={`${plan.name} highlights`}>
              {plan.highlights.map((highlight) => (
                <li key={highlight} className="flex gap-3 text-sm">
                  <Check className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden />
                  <span>{highlight}</span>
                </li>
              ))}
            </ul>
            <Button asChild className="mt-8" variant={plan.id === 'pro' ? 'default' : 'outline'}>
              <Link href={cta.href}>{cta.label}</Link>
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
