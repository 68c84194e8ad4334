import { count, eq } from 'drizzle-orm';
import { recomputeLeadScore } from '@/lib/leads/rescore';
import { listStages } from '@/lib/leads/stages';
import type { Db, Tx } from './index';
import { activities, leads, meetings, tasks, type ActivityType } from './schema';

// Demo CRM data: fictional people at fictional companies on reserved *.example domains, all tagged "demo".
const PEOPLE = [
  'Maya Lindqvist', 'Jonas Okafor', 'Priya Raman', 'Tomás Castell', 'Aiko Tanaka', 'Samuel Brandt', 'Leila Haddad', 'Oskar Novak',
  'Nadia Moreau', 'Ethan Whitfield', 'Inês Carvalho', 'Marcus Bell', 'Yara Nasser', 'Felix Gruber', 'Chloe Dupont', 'Rafael Ortega',
  'Hana Kowalski', 'Victor Lindgren', 'Amara Eze', 'Lukas Berger', 'Sofia Marino', 'Daniel Osei', 'Elena Petrova', 'Kwame Mensah',
  'Isla Fraser', 'Mateo Silva', 'Zara Qureshi', 'Noah Fischer', 'Greta Holm', 'Omar Farouk', 'Lucia Romano', 'Theo Laurent',
  'Freya Nilsen', 'Arjun Mehta', 'Clara Vogel', 'Diego Navarro', 'Mila Horvat', 'Ruben Jansen', 'Ava Sinclair', 'Kenji Mori',
];
const COMPANIES = [
  ['Northwind Analytics', 'northwind'], ['Bluefin Logistics', 'bluefin-logistics'], ['Copperleaf Studio', 'copperleaf'],
  ['Harborview Dental', 'harborview-dental'], ['Juniper & Sage Bakery', 'junipersage'], ['Tidewater Legal', 'tidewater-legal'],
  ['Summit Ridge Outfitters', 'summitridge'], ['Brightline Fitness', 'brightline-fitness'], ['Oakhurst Property Group', 'oakhurst'],
  ['Lantern Coffee Roasters', 'lantern-coffee'], ['Meridian Accounting', 'meridian-accounting'], ['Kestrel Robotics', 'kestrel-robotics'],
  ['Fernhill Veterinary', 'fernhill-vet'], ['Silverpine Architects', 'silverpine'], ['Redbrick Marketing', 'redbrick'],
  ['Evergreen Home Care', 'evergreen-care'], ['Pinnacle IT Services', 'pinnacle-it'], ['Saltmarsh Surf Co', 'saltmarsh'],
  ['Willowbank Florists', 'willowbank'], ['Ironclad Security', 'ironclad-sec'],
] as const;
const TITLES = ['Owner', 'Operations Manager', 'Founder', 'Head of Marketing', 'Office Manager', 'CEO', 'Practice Manager', 'Director of Sales', 'Finance Lead', null];
const SOURCES = ['website', 'referral', 'event', 'linkedin', 'newsletter'];
const EXTRA_TAGS = ['newsletter', 'webinar', 'partner', 'smb', 'urgent'];
// How many leads sit in each stage, by pipeline position (New … Lost): 40 in all.
const STAGE_PLAN = [10, 9, 8, 6, 4, 3];
const NOTES = [
  'Asked for **pricing for 5 seats** and a monthly option.',
  'Currently using spreadsheets; wants a shared pipeline for the team.',
  'Decision after their board meeting. Follow up with a short summary.',
  'Interested in the AI follow-ups; worried about tone. Send examples.',
  'Budget approved for Q3. Needs an invoice in EUR.',
  'Prefers calls in the morning (before 10am their time).',
];
const CALLS = [
  { body: 'Call connected (15 min)', outcome: 'connected', durationMinutes: 15 },
  { body: 'Left a voicemail', outcome: 'left_voicemail', durationMinutes: null },
  { body: 'No answer', outcome: 'no_answer', durationMinutes: null },
  { body: 'Call connected (30 min)', outcome: 'connected', durationMinutes: 30 },
];

const DAY = 86_400_000;

/** A tiny deterministic generator so every fresh demo database gets the same data (relative to now). */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

type NewActivity = typeof activities.$inferInsert;

/**
 * Adds demo leads, timelines, meetings and tasks to the demo workspace. Runs once: a workspace that has
 * any lead is left alone, so re-seeding never duplicates or overwrites what someone changed.
 */
export async function seedDemoCrm(db: Db, { orgId, ownerId, now = new Date() }: { orgId: string; ownerId: string; now?: Date }) {
  const [{ total }] = (await db.select({ total: count() }).from(leads).where(eq(leads.orgId, orgId))) as [{ total: number }];
  if (total > 0) return { created: false };
  await db.transaction((tx) => insertDemoCrm(tx, { orgId, ownerId, now }));
  return { created: true };
}

async function insertDemoCrm(tx: Tx, { orgId, ownerId, now }: { orgId: string; ownerId: string; now: Date }) {
  const rand = random(2024);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const ago = (days: number, hours = 0) => new Date(now.getTime() - days * DAY - hours * 3_600_000);
  const stages = await listStages(tx, { orgId });
  const stageOf = STAGE_PLAN.flatMap((n, position) => Array<number>(n).fill(position));

  const plans = PEOPLE.map((name, i) => {
    const position = stageOf[i] ?? 0;
    const stage = stages[Math.min(position, stages.length - 1)];
    const isOpen = !stage?.isWon && !stage?.isLost;
    // Every fourth open lead went quiet 15 to 55 days ago: the "stale" leads a demo should surface.
    const latest = isOpen && i % 4 === 1 ? 15 + Math.floor(rand() * 40) : Math.floor(rand() * 8);
    const days = Array.from({ length: 2 + Math.min(position, 3) }, (_, k) => Math.min(60, latest + k * (3 + Math.floor(rand() * 6))));
    return { name, i, position, stage, latest, days };
  });

  const inserted = await tx
    .insert(leads)
    .values(
      plans.map(({ name, i, position, stage, latest, days }) => {
        const [company, domain] = COMPANIES[Math.floor(i / 2)]!;
        const [first, last] = name.toLowerCase().normalize('NFKD').replace(/[^a-z ]/g, '').split(' ');
        return {
          orgId,
          name,
          email: `${first}.${last}@${domain}.example`,
          company,
          phone: `+1 555 01${String(i).padStart(2, '0')}`,
          title: TITLES[i % TITLES.length],
          source: SOURCES[i % SOURCES.length],
          stageId: stage?.id ?? null,
          ownerId: i % 5 === 4 ? null : ownerId,
          tags: ['demo', ...(i % 3 === 0 ? [pick(EXTRA_TAGS)] : [])],
          priority: i % 7 === 0 ? ('high' as const) : i % 7 === 3 ? ('low' as const) : ('normal' as const),
          valueCents: (5 + Math.floor(rand() * 90)) * 50_000,
          createdAt: ago(Math.max(...days) + 1),
          // Matches the stage move written to the timeline below; leads still in the first stage sat there since creation.
          stageChangedAt: position > 0 && stage ? ago(latest, 1) : ago(Math.max(...days) + 1),
        };
      }),
    )
    .returning({ id: leads.id, name: leads.name });

  const rows: NewActivity[] = [];
  for (const [index, plan] of plans.entries()) {
    const leadId = inserted[index]!.id;
    // Oldest first: the first touch, then emails, calls and notes; the stage move is the latest entry.
    const oldestFirst = [...plan.days].reverse();
    oldestFirst.forEach((daysAgo, k) => {
      const at = ago(daysAgo, 2 + (index % 6));
      const type: ActivityType = k === 0 ? (plan.i % 2 ? 'form_submitted' : 'email_sent') : (['email_opened', 'call', 'note', 'email_sent'] as const)[(k + index) % 4]!;
      const { body, ...call } = CALLS[(index + k) % CALLS.length]!;
      const system = type === 'form_submitted';
      rows.push({
        orgId, leadId, type, occurredAt: at, createdAt: at, actorType: system ? 'system' : 'user', actorUserId: system ? null : ownerId,
        body: type === 'note' ? NOTES[(index + k) % NOTES.length]! : type === 'call' ? body : null,
        data: type === 'call' ? call : {},
      });
    });
    if (plan.position > 0 && plan.stage) {
      const at = ago(plan.latest, 1);
      rows.push({
        orgId, leadId, type: 'stage_changed', actorType: 'user', actorUserId: ownerId, occurredAt: at, createdAt: at,
        body: `${stages[0]!.name} → ${plan.stage.name}`,
        data: { fromStageId: stages[0]!.id, toStageId: plan.stage.id, fromStage: stages[0]!.name, toStage: plan.stage.name },
      });
    }
  }

  // Two meetings: one held last week, one coming up. Like scheduleMeeting, the entry is dated at the start.
  const meetingPlans = [
    { lead: inserted[27]!, title: 'Discovery call', startsAt: ago(6, -3), location: 'Video call' },
    { lead: inserted[29]!, title: 'Proposal walkthrough', startsAt: new Date(now.getTime() + 2 * DAY), location: 'Their office' },
  ];
  for (const plan of meetingPlans) {
    const endsAt = new Date(plan.startsAt.getTime() + 45 * 60_000);
    const [meeting] = await tx
      .insert(meetings)
      .values({ orgId, leadId: plan.lead.id, title: plan.title, startsAt: plan.startsAt, endsAt, location: plan.location, createdById: ownerId })
      .returning({ id: meetings.id });
    rows.push({
      orgId, leadId: plan.lead.id, type: 'meeting', body: plan.title, actorType: 'user', actorUserId: ownerId, occurredAt: plan.startsAt, createdAt: plan.startsAt < now ? plan.startsAt : now,
      data: { meetingId: meeting!.id, title: plan.title, startsAt: plan.startsAt.toISOString(), endsAt: endsAt.toISOString(), location: plan.location },
    });
  }
  await tx.insert(activities).values(rows);

  for (const lead of inserted) {
    const times = rows.filter((row) => row.leadId === lead.id).map((row) => row.occurredAt!.getTime());
    await tx.update(leads).set({ lastActivityAt: new Date(Math.max(...times)) }).where(eq(leads.id, lead.id));
    await recomputeLeadScore(tx, { orgId, leadId: lead.id, now });
  }

  await tx.insert(tasks).values(demoTasks({ orgId, ownerId, now, leadIds: inserted.map((lead) => lead.id) }));
}

/** The demo owner's task list: a few overdue, a few due today, a few upcoming, one undated, one done. */
function demoTasks({ orgId, ownerId, now, leadIds }: { orgId: string; ownerId: string; now: Date; leadIds: string[] }) {
  const endOfDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 23, 59);
  // "Today" in UTC, but never in the past when the seed runs late in the evening.
  const laterToday = (hours: number) => new Date(Math.max(now.getTime() + 60_000, Math.min(now.getTime() + hours * 3_600_000, endOfDay)));
  const inDays = (days: number) => new Date(now.getTime() + days * DAY);
  const base = { orgId, assigneeId: ownerId, createdById: ownerId, source: 'user' as const };
  return [
    { ...base, title: 'Send revised quote', leadId: leadIds[20], dueAt: inDays(-1) },
    { ...base, title: 'Chase signed contract', leadId: leadIds[28], dueAt: inDays(-3) },
    { ...base, title: 'Reply about EUR invoicing', leadId: leadIds[5], dueAt: inDays(-6), status: 'in_progress' as const },
    { ...base, title: 'Call to confirm requirements', leadId: leadIds[10], dueAt: laterToday(1) },
    { ...base, title: 'Prepare demo workspace for the walkthrough', leadId: leadIds[29], dueAt: laterToday(3) },
    { ...base, title: 'Check in after the webinar', leadId: leadIds[1], dueAt: laterToday(5) },
    { ...base, title: 'Share case study', leadId: leadIds[17], dueAt: inDays(2) },
    { ...base, title: 'Quarterly review with Northwind', leadId: leadIds[0], dueAt: inDays(5) },
    { ...base, title: 'Re-engage quiet leads', dueAt: inDays(9) },
    { ...base, title: 'Tidy up the pipeline stages' },
    { ...base, title: 'Send welcome pack', leadId: leadIds[33], dueAt: inDays(-8), status: 'completed' as const, completedAt: inDays(-8) },
  ].map((task) => ({ ...task, notes: 'Demo task' }));
}
