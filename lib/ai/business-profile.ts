import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { businessProfiles, orgs } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { updateBusinessProfileSchema, type UpdateBusinessProfileInput } from './business-profile-schemas';

/** What the AI knows about a business; `name` is the workspace's name. */
export type WorkspaceBusinessProfile = { name: string } & UpdateBusinessProfileInput;

const FIELDS = ['description', 'industry', 'audience', 'goals', 'voice'] as const;

/** The workspace's business profile; every field is '' until an admin fills it in. */
export async function getBusinessProfile(db: Executor, orgId: string): Promise<WorkspaceBusinessProfile> {
  const [row] = await db
    .select({
      name: orgs.name,
      description: businessProfiles.description,
      industry: businessProfiles.industry,
      audience: businessProfiles.audience,
      goals: businessProfiles.goals,
      voice: businessProfiles.voice,
    })
    .from(orgs)
    .leftJoin(businessProfiles, eq(businessProfiles.orgId, orgs.id))
    .where(eq(orgs.id, orgId));
  if (!row) throw new AppError('not_found', 'Workspace not found.');
  return {
    name: row.name,
    description: row.description ?? '',
    industry: row.industry ?? '',
    audience: row.audience ?? '',
    goals: row.goals ?? '',
    voice: row.voice ?? '',
  };
}

/** Saves the business profile (upsert), audited with the names of the fields that changed. */
export async function updateBusinessProfile(ctx: Ctx, rawInput: UpdateBusinessProfileInput) {
  const input = updateBusinessProfileSchema.parse(rawInput);
  return ctx.db.transaction(async (tx) => {
    const before = await getBusinessProfile(tx, ctx.org.id);
    await tx
      .insert(businessProfiles)
      .values({ orgId: ctx.org.id, ...input, updatedById: ctx.user?.id ?? null })
      .onConflictDoUpdate({ target: businessProfiles.orgId, set: { ...input, updatedById: ctx.user?.id ?? null, updatedAt: sql`now()` } });
    // Field names only: the texts can be long and are visible on the page itself.
    const changed = FIELDS.filter((field) => before[field] !== input[field]);
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actorType: ctx.actor,
      actorUserId: ctx.user?.id ?? null,
      actorApiKeyId: ctx.apiKey?.id ?? null,
      action: 'org.business_profile_updated',
      targetType: 'org',
      targetId: ctx.org.id,
      metadata: { changed },
      requestId: ctx.requestId ?? null,
    });
    return { ...before, ...input };
  });
}

/** True when an admin has written anything about the business yet. */
export function hasBusinessProfile(profile: WorkspaceBusinessProfile) {
  return FIELDS.some((field) => profile[field] !== '');
}
