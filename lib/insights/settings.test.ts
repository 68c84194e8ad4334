import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { auditLogs, insightRuleSettings } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { createCrmWorkspace } from '@/tests/helpers/crm-workspace';
import { RULES } from './rule-catalog';
import { listInsightRuleSettings, updateInsightRuleSetting } from './settings';
import { updateInsightRuleSettingSchema } from './settings-schemas';

const testDb = setupTestDatabase();

describe('insight rule settings', () => {
  it('lists every rule on its defaults, then the saved choice after an audited upsert', async () => {
    const ws = await createCrmWorkspace(testDb.db, 'A');
    const before = await listInsightRuleSettings(ws.ctx);
    expect(before.map((s) => s.rule)).toEqual(['stale_leads', 'task_backlog', 'low_content_output', 'hot_lead_unattended', 'pipeline_stuck']);
    expect(before.find((s) => s.rule === 'stale_leads')).toMatchObject({ enabled: true, threshold: RULES.stale_leads.defaultThreshold, label: 'Stale leads' });

    expect(await updateInsightRuleSetting(ws.ctx, { rule: 'stale_leads', enabled: false, threshold: 14 })).toEqual({ rule: 'stale_leads', enabled: false, threshold: 14 });
    await updateInsightRuleSetting(ws.ctx, { rule: 'stale_leads', enabled: true, threshold: 21 });

    const rows = await testDb.db.select().from(insightRuleSettings).where(eq(insightRuleSettings.orgId, ws.org.id));
    expect(rows).toMatchObject([{ rule: 'stale_leads', enabled: true, threshold: 21 }]);
    expect((await listInsightRuleSettings(ws.ctx)).find((s) => s.rule === 'stale_leads')).toMatchObject({ enabled: true, threshold: 21 });

    const audits = await testDb.db
      .select({ metadata: auditLogs.metadata })
      .from(auditLogs)
      .where(and(eq(auditLogs.orgId, ws.org.id), eq(auditLogs.action, 'insight.rule_setting_updated')))
      .orderBy(auditLogs.createdAt);
    expect(audits.map((a) => a.metadata)).toEqual([
      { from: { enabled: true, threshold: null }, to: { enabled: false, threshold: 14 } },
      { from: { enabled: false, threshold: 14 }, to: { enabled: true, threshold: 21 } },
    ]);
  });

  it("rejects a threshold outside the rule's own range on the threshold field, storing nothing", async () => {
    const ws = await createCrmWorkspace(testDb.db, 'A');
    const error = await updateInsightRuleSetting(ws.ctx, { rule: 'hot_lead_unattended', enabled: true, threshold: 101 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues).toMatchObject([{ path: ['threshold'], message: 'Enter a number between 1 and 100.' }]);
    expect(await testDb.db.select().from(insightRuleSettings).where(eq(insightRuleSettings.orgId, ws.org.id))).toEqual([]);
  });

  it('accepts the bounds and refuses fractions and words', () => {
    const parse = (threshold: unknown) => updateInsightRuleSettingSchema.safeParse({ rule: 'stale_leads', enabled: true, threshold });
    expect(parse(1).success && parse(90).success && parse('30').success).toBe(true);
    expect(parse(0).error?.issues[0]?.message).toBe('Enter a number between 1 and 90.');
    expect(parse(2.5).error?.issues[0]?.message).toBe('Enter a whole number.');
    expect(parse('ten').error?.issues[0]?.message).toBe('Enter a number.');
  });
});
