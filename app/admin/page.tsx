import { Building2, Mail, ScrollText, Users, UsersRound } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { PageHeader } from '@/components/admin/page-header';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getDb } from '@/db';
import { getStaffStats } from '@/lib/admin/stats';
import { requireStaff } from './require-staff';

export const metadata: Metadata = { title: 'Overview' };

const numberFormat = new Intl.NumberFormat('en');

function StatCard({ label, value, icon, href }: { label: string; value: number; icon: ReactNode; href?: string }) {
  const card = (
    <Card className={href ? 'transition-colors hover:bg-accent/50' : undefined}>
      <CardHeader>
        <CardDescription className="flex items-center gap-2 [&>svg]:size-4">
          {icon}
          {label}
        </CardDescription>
        <CardTitle className="text-3xl tabular-nums">{numberFormat.format(value)}</CardTitle>
      </CardHeader>
    </Card>
  );
  return href ? (
    <Link href={href} className="rounded-xl focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
      {card}
    </Link>
  ) : (
    card
  );
}

export default async function AdminOverviewPage() {
  await requireStaff('/admin');
  const stats = await getStaffStats(getDb());
  return (
    <>
      <PageHeader title="Overview" description="Totals across every workspace on this Beacon install." />
      <section aria-label="Totals" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <StatCard label="Users" value={stats.users} icon={<Users aria-hidden />} />
        <StatCard label="Workspaces" value={stats.workspaces} icon={<Building2 aria-hidden />} />
        <StatCard label="Workspace memberships" value={stats.members} icon={<UsersRound aria-hidden />} />
        <StatCard label="Emails in the outbox" value={stats.outboxEmails} icon={<Mail aria-hidden />} href="/admin/outbox" />
        <StatCard label="Audit entries, last 24 hours" value={stats.auditLast24h} icon={<ScrollText aria-hidden />} href="/admin/audit" />
      </section>
    </>
  );
}
