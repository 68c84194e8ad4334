import type { ReactNode } from 'react';
import { MarketingTabs } from '@/components/marketing-studio/marketing-tabs';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

// Each marketing page checks its own permission (layouts and pages render in parallel).
export default async function MarketingLayout({ children, params }: { children: ReactNode; params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'marketing.read', callbackUrl: `/app/${orgSlug}/marketing` });

  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Marketing</h1>
        <p className="text-sm text-muted-foreground">Plan your social media from your business profile, then write posts that follow the plan.</p>
      </header>
      <MarketingTabs orgSlug={ctx.org.slug} />
      {children}
    </div>
  );
}
