import type { ReactNode } from 'react';
import { BeaconLogo } from '@/components/beacon-logo';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { ThemeToggle } from '@/components/theme-toggle';
import { MobileSidebar } from './mobile-sidebar';
import { SidebarNav, type NavItem } from './sidebar-nav';

type DashboardShellProps = {
  /** Where the logo leads (the workspace home, or the staff portal's). */
  homeHref: string;
  nav: NavItem[];
  /** Top of the sidebar: the workspace switcher in /app, a "Staff" label in /admin. */
  switcher?: ReactNode;
  /** Right side of the top bar, e.g. notifications and the user menu. */
  actions?: ReactNode;
  children: ReactNode;
};

/** Sidebar + top bar frame shared by the customer dashboard and the staff portal. */
export function DashboardShell({ homeHref, nav, switcher, actions, children }: DashboardShellProps) {
  return (
    <div className="flex min-h-dvh">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-background focus:px-3 focus:py-2">
        Skip to content
      </a>
      <aside className="hidden w-64 shrink-0 flex-col gap-4 border-r bg-sidebar p-4 text-sidebar-foreground md:flex">
        <BeaconLogo href={homeHref} />
        {switcher}
        <SidebarNav items={nav} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 items-center gap-2 border-b px-4">
          <MobileSidebar items={nav} header={switcher} />
          <div className="ml-auto flex items-center gap-2">
            {/* Renders inside a workspace only (it reads the orgSlug from the URL); nothing in the staff portal. */}
            <NotificationBell />
            {actions}
            <ThemeToggle />
          </div>
        </header>
        <main id="content" className="flex-1 p-4 md:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
