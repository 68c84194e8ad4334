import { ArrowLeft, LayoutDashboard, Mail, Newspaper, ScrollText, ShieldCheck, Workflow } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { AppProviders } from '@/components/app-providers';
import { DashboardShell } from '@/components/shell/dashboard-shell';
import { Button } from '@/components/ui/button';
import { requireStaff } from './require-staff';

export const metadata: Metadata = {
  title: { default: 'Staff portal', template: '%s · Staff · Beacon' },
  robots: { index: false, follow: false },
};

const NAV = [
  { href: '/admin', label: 'Overview', icon: <LayoutDashboard />, exact: true },
  { href: '/admin/audit', label: 'Audit log', icon: <ScrollText /> },
  { href: '/admin/outbox', label: 'Outbox', icon: <Mail /> },
  { href: '/admin/blog', label: 'Blog', icon: <Newspaper /> },
  { href: '/admin/jobs', label: 'Jobs', icon: <Workflow /> },
];

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireStaff('/admin');
  return (
    <AppProviders>
      <DashboardShell
        homeHref="/admin"
        nav={NAV}
        switcher={
          <div className="flex items-center gap-2 rounded-md border bg-background px-3 py-2 text-sm font-medium">
            <ShieldCheck className="size-4 text-primary" aria-hidden />
            Staff portal
          </div>
        }
        actions={
          <>
            <span className="hidden text-sm text-muted-foreground sm:inline">{user.email}</span>
            <Button asChild variant="outline" size="sm">
              <Link href="/app">
                <ArrowLeft aria-hidden />
                Back to the app
              </Link>
            </Button>
          </>
        }
      >
        {children}
      </DashboardShell>
    </AppProviders>
  );
}
