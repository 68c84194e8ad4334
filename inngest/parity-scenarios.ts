import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { leads, orgMembers, tasks } from '@/db/schema';
import { FIRST_RESPONSE_DRAFT_PARITY_SCENARIO } from './parity-first-response';
import { INSIGHTS_FAN_OUT_JOB, INSIGHTS_ORG_SCAN_JOB } from '@/lib/insights/jobs';
import type { JobDefinition } from '@/lib/jobs/types';
import { LEADS_NIGHTLY_RESCORE_JOB } from '@/lib/jobs/maintenance-jobs';
import { listStages, createDefaultStages } from '@/lib/leads/stages';
import { LEAD_PIPELINE_JOB } from '@/lib/leads/pipeline/lead-pipeline-job';
import { createNotification } from '@/lib/notifications/create-notification';
import { NOTIFICATIONS_DIGEST_JOB, NOTIFICATIONS_DIGEST_SEND_JOB, TASK_ASSIGNED_NOTIFY_JOB } from '@/lib/notifications/jobs';
import { addMember, createTestOrg, createTestUser } from '@/tests/helpers/factories';
import type { Labels, ParityTrigger } from './test-parity';

/**
 * The same data for both drivers' databases: fixed names, emails and slugs, so only row ids differ, and those
 * are labelled. Each scenario is one run of one registry job with work to do.
 */
export type ParityScenario = {
  job: JobDefinition;
  title: string;
  build: (db: Db) => Promise<{ labels: Labels; trigger: ParityTrigger }>;
};

const DAY_MS = 86_400_000;

async function workspace(db: Db, slug: string, plan: 'free' | 'pro' = 'free') {
  const owner = await createTestUser(db, { name: `${slug} owner`, email: `owner@${slug}.test` });
  const member = await createTestUser(db, { name: `${slug} rep`, email: `rep@${slug}.test` });
  const org = await createTestOrg(db, owner, { name: `Parity ${slug}`, slug, plan });
  await addMember(db, org, member, 'member');
  // Round robin starts with the longest-standing member: make that the owner in both databases.
  await db.update(orgMembers).set({ createdAt: new Date('2020-01-01T00:00:00Z') }).where(eqOwner(org.id, owner.id));
  await createDefaultStages(db, org.id);
  const stages = await listStages(db, { orgId: org.id });
  const labels: Labels = { [org.id]: `org:${slug}`, [owner.id]: `owner:${slug}`, [member.id]: `rep:${slug}` };
  for (const stage of stages) labels[stage.id] = `stage:${slug}:${stage.name}`;
  const stage = (name: string) => stages.find((candidate) => candidate.name === name)!;
  return { org, owner, member, stage, labels };
}

function eqOwner(orgId: string, userId: string) {
  return and(eq(orgMembers.orgId, orgId), eq(orgMembers.userId, userId));
}

async function insertLead(db: Db, values: typeof leads.$inferInsert) {
  const [lead] = await db.insert(leads).values(values).returning();
  return lead!;
}

export const PARITY_SCENARIOS: ParityScenario[] = [
  {
    job: LEAD_PIPELINE_JOB,
    title: 'a new lead is scored, assigned, announced and given a first-response task',
    build: async (db) => {
      const ws = await workspace(db, 'pipeline');
      const lead = await insertLead(db, { orgId: ws.org.id, name: 'Jane Doe', email: 'jane@acme.test', company: 'Acme', source: 'Website form', createdAt: new Date('2024-06-14T16:30:00Z') });
      const event = { name: 'lead/created' as const, data: { orgId: ws.org.id, leadId: lead.id, source: 'Website form' }, id: 'parity-lead-created' };
      return { labels: { ...ws.labels, [lead.id]: 'lead:jane' }, trigger: { event } };
    },
  },
  {
    job: TASK_ASSIGNED_NOTIFY_JOB,
    title: "a task created for someone else notifies its assignee",
    build: async (db) => {
      const ws = await workspace(db, 'tasks');
      const [task] = await db.insert(tasks).values({ orgId: ws.org.id, title: 'Call Lena', assigneeId: ws.member.id, createdById: ws.owner.id }).returning();
      const data = { orgId: ws.org.id, taskId: task!.id, assigneeId: ws.member.id, createdById: ws.owner.id };
      return { labels: { ...ws.labels, [task!.id]: 'task:call-lena' }, trigger: { event: { name: 'task/created', data, id: 'parity-task-created' } } };
    },
  },
  {
    job: NOTIFICATIONS_DIGEST_JOB,
    title: 'the morning tick starts one digest per user with unread news',
    build: async (db) => {
      const ws = await workspace(db, 'digest');
      await createNotification(db, { orgId: ws.org.id, userId: ws.member.id, type: 'task_assigned', title: 'Task one', body: 'About one', href: '/app/digest/tasks', dedupeKey: 'one' });
      return { labels: ws.labels, trigger: { tick: new Date('2030-03-04T08:00:00Z') } };
    },
  },
  {
    job: NOTIFICATIONS_DIGEST_SEND_JOB,
    title: "one user's digest is emailed through the outbox",
    build: async (db) => {
      const ws = await workspace(db, 'digest-send');
      for (const key of ['one', 'two']) {
        await createNotification(db, { orgId: ws.org.id, userId: ws.member.id, type: 'task_assigned', title: `Task ${key}`, body: `About ${key}`, href: '/app/digest-send/tasks', dedupeKey: key });
      }
      return { labels: ws.labels, trigger: { event: { name: 'notifications/digest.send', data: { userId: ws.member.id, day: '2030-03-04' }, id: 'parity-digest' } } };
    },
  },
  {
    job: INSIGHTS_FAN_OUT_JOB,
    title: 'the hourly tick schedules workspaces and starts a scan for each due one',
    build: async (db) => {
      const free = await workspace(db, 'fan-free');
      const pro = await workspace(db, 'fan-pro', 'pro');
      return { labels: { ...free.labels, ...pro.labels }, trigger: { tick: new Date('2026-03-10T08:05:00Z') } };
    },
  },
  {
    job: INSIGHTS_ORG_SCAN_JOB,
    title: "a workspace's scan stores its findings and acts on the confident ones",
    build: async (db) => {
      const ws = await workspace(db, 'scan');
      const labels = { ...ws.labels };
      const ago = (days: number) => new Date(Date.now() - days * DAY_MS);
      for (const [i, days] of [10, 12, 20, 1].entries()) {
        const lead = await insertLead(db, { orgId: ws.org.id, name: `Lead ${i}`, ownerId: ws.member.id, stageId: ws.stage('New').id, lastActivityAt: ago(days), createdAt: ago(40) });
        labels[lead.id] = `lead:${i}`;
      }
      const data = { orgId: ws.org.id, scheduledFor: '2026-03-10T08:05:00.000Z' };
      return { labels, trigger: { event: { name: 'insights/org.scan', data, id: 'parity-scan' } } };
    },
  },
  {
    job: LEADS_NIGHTLY_RESCORE_JOB,
    title: 'the nightly tick rescores every workspace as of the tick',
    build: async (db) => {
      const ws = await workspace(db, 'rescore');
      const lead = await insertLead(db, { orgId: ws.org.id, name: 'Old Lead', email: 'old@acme.test', company: 'Acme', title: 'CTO', score: 99, createdAt: new Date('2030-01-01T00:00:00Z') });
      return { labels: { ...ws.labels, [lead.id]: 'lead:old' }, trigger: { tick: new Date('2030-03-04T03:15:00Z') } };
    },
  },
  FIRST_RESPONSE_DRAFT_PARITY_SCENARIO,
];
