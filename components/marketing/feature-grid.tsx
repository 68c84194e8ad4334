import { Bot, CalendarClock, ChartNoAxesCombined, Kanban, Mail, ShieldCheck, type LucideIcon } from 'lucide-react';

type Feature = { icon: LucideIcon; title: string; body: string };

const FEATURES: Feature[] = [
  { icon: Kanban, title: 'A CRM that stays quick', body: 'Leads, activities, meetings, a drag-and-drop pipeline and tasks, with lead scores that show their reasons.' },
  { icon: Bot, title: 'An AI assistant that knows your data', body: 'Ask about your pipeline in plain words. It proposes follow-ups and only acts after you approve them.' },
  { icon: CalendarClock, title: 'Content on a calendar', body: 'A marketing strategy and social posts drafted from your business profile, scheduled and published for you.' },
  { icon: Mail, title: 'Follow-up that never forgets', body: 'Drip email sequences and hourly scans that turn stale leads and overdue work into tasks.' },
  { icon: ChartNoAxesCombined, title: 'Numbers you can trust', body: 'Analytics from your own first-party events, and a public REST API for everything else.' },
  { icon: ShieldCheck, title: 'Yours to host', body: 'One Next.js app and one Postgres database. Every external service has a local default that works offline.' },
];

export function FeatureGrid() {
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {FEATURES.map(({ icon: Icon, title, body }) => (
        <li key={title} className="rounded-xl border bg-card p-6 text-card-foreground">
          <Icon className="mb-4 size-6 text-primary" aria-hidden />
          <h3 className="mb-2 font-semibold">{title}</h3>
          <p className="text-sm text-muted-foreground">{body}</p>
        </li>
      ))}
    </ul>
  );
}
