import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { businessProfiles } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { getBusinessProfile } from '@/lib/ai/business-profile';
import { setupTestDatabase } from '@/tests/db';
import { buildSystemPrompt } from './system-prompt';
import { getWorkspaceSummary } from './workspace-summary';

const testDb = setupTestDatabase();
// A fixed clock: the seed dates its demo data relative to "now", so the prompt is the same on every run.
const NOW = new Date('2026-03-11T10:30:00Z');
let seeded: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  try {
    seeded = await seedDemo(testDb.db);
  } finally {
    vi.useRealTimers();
  }
});
afterEach(() => vi.useRealTimers());

describe('the assistant system prompt', () => {
  it('for the demo workspace: profile, live numbers and rules', async () => {
    await testDb.db.insert(businessProfiles).values({
      orgId: seeded.org.id,
      description: 'We help small service businesses win and keep clients.',
      industry: 'Business consulting',
      audience: 'Owners of 5–50 person service firms',
      goals: 'Book 15 discovery calls a month',
      voice: 'Friendly, direct, no jargon',
    });
    const [profile, summary] = await Promise.all([
      getBusinessProfile(testDb.db, seeded.org.id),
      getWorkspaceSummary(testDb.db, { orgId: seeded.org.id, userId: seeded.owner.id, now: NOW }),
    ]);
    expect(buildSystemPrompt({ profile, summary, userName: 'Ada Owner (demo)', canWrite: true })).toMatchInlineSnapshot(`
      "You are Beacon's growth assistant for Acme Consulting (demo), talking with Ada Owner (demo). You help them work their leads, pipeline, tasks and marketing.
      Use the tools to look things up before answering questions about specific leads, tasks or stages. Never invent leads, people, numbers or dates: quote the figures below or tool results, and say so when you do not know.
      To change anything (create a task, add a note, draft an email or a social post) call the matching tool: the user approves or declines each call before it runs. When a call is declined, do not retry it; ask what they would like instead.
      Link each lead you mention to the \`url\` a tool returned for it, as a markdown link on its name.
      Answer in concise markdown: short paragraphs or bullet lists, most important first, and end with a concrete next step when it helps.
      Write emails and posts in the business's voice: Friendly, direct, no jargon

      ## The business: Acme Consulting (demo)
      - What the business does: We help small service businesses win and keep clients.
      - Industry: Business consulting
      - Audience: Owners of 5–50 person service firms
      - Goals: Book 15 discovery calls a month
      - Voice: Friendly, direct, no jargon

      ## The workspace today (Wednesday 2026-03-11, UTC)
      - Leads: 40 in all, 33 open.
      - Pipeline: New 10, Contacted 9, Qualified 8, Proposal 6, Won 4 (won), Lost 3 (lost).
      - Stale leads (open, no activity for 7+ days): 9.
      - Open tasks: 10 (3 overdue). Assigned to the user: 10 (3 overdue)."
    `);
  });

  it('says so when there is no profile and the user cannot change anything', async () => {
    const summary = await getWorkspaceSummary(testDb.db, { orgId: seeded.org.id, userId: null, now: NOW });
    const prompt = buildSystemPrompt({ profile: { name: 'Empty Co', description: '', industry: '', audience: '', goals: '', voice: '' }, summary, userName: 'Sam', canWrite: false });
    expect(prompt).toContain('- No business profile yet. An admin can add one under Settings → Business profile.');
    expect(prompt).toContain('you can look things up and advise, but not create tasks, notes or drafts');
    expect(prompt).toContain('Assigned to the user: 0 (0 overdue).');
  });
});
