import { Bot, Braces, CalendarDays, FormInput, Mail, ScanSearch, Server, Users, type LucideIcon } from 'lucide-react';

type Feature = { icon: LucideIcon; title: string; body: string };

// What Beacon does beyond the CRM. Plain descriptions only: no figures, quotes or customer names.
const FEATURES: Feature[] = [
  {
    icon: Bot,
    title: 'An AI CEO assistant',
    body: 'Ask about your pipeline in plain words. The assistant works from your own data, proposes follow-ups and acts only after you approve them.',
  },
  {
    icon: CalendarDays,
    title: 'Content strategy and calendar',
    body: 'Beacon drafts a marketing strategy and social posts from your business profile and schedules them on a calendar.',
  },
  {
    icon: Mail,
    title: 'Drip email',
    body: 'Enrol leads in email sequences that go out step by step, stop when someone unsubscribes, and never send a step twice.',
  },
  {
    icon: ScanSearch,
    title: 'Insight scans that create tasks',
    body: 'Hourly scans on paid plans look for stale leads and overdue work and turn what they find into follow-up tasks, with the evidence attached.',
  },
  {
    icon: FormInput,
    title: 'Forms and lead capture',
    body: 'Hosted and embeddable forms, plus an endpoint for your own. Each submission becomes a lead with its first-touch source and campaign.',
  },
  {
    icon: Users,
    title: 'Teams and roles',
    body: 'Invite owners, admins and members. Each role can do what it needs and no more, and admins can read the workspace’s audit log.',
  },
  {
    icon: Braces,
    title: 'A REST API',
    body: 'Leads, activities and tasks over a documented API with scoped keys, idempotent writes and an OpenAPI document.',
  },
  {
    icon: Server,
    title: 'Self-hosting, offline by default',
    body: 'One Next.js app and one Postgres database. Without API keys, AI, email, billing and social publishing fall back to local defaults.',
  },
];

export function FeatureGrid() {
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
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
