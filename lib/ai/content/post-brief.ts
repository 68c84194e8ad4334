import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db';
import { contentPosts } from '@/db/schema';
import type { ContentPlatform } from '@/db/schema/values';
import { getBusinessProfile } from '@/lib/ai/business-profile';
import { offlineOptions } from '@/lib/ai/offline-options';
import { getActiveStrategy } from '@/lib/ai/strategy/strategy-versions';
import { toProfileContext, type ContentContext, type ProfileContext } from './offline-context';
import type { PostBrief } from './post-prompt';

/** What every post of a workspace is written from: the business profile and the active strategy. */
export type WritingBackground = {
  profile: ProfileContext;
  strategy: { id: string; pillars: string[]; tone: string; voiceGuidelines: string[] } | null;
};

export async function loadWritingBackground(db: Db, orgId: string): Promise<WritingBackground> {
  const [profile, strategy] = await Promise.all([getBusinessProfile(db, orgId), getActiveStrategy(db, { orgId })]);
  return {
    profile: toProfileContext(profile),
    strategy: strategy
      ? { id: strategy.id, pillars: strategy.plan.pillars.map((p) => p.name), tone: strategy.plan.tone, voiceGuidelines: strategy.plan.voiceGuidelines }
      : null,
  };
}

const RECENT_POSTS = 5;

/** The first line (at most 120 characters) of a post, as the prompt quotes it. */
export function openingOf(body: string): string {
  return (body.trim().split('\n')[0] ?? '').slice(0, 120);
}

/**
 * What a platform already has: the openings of its latest posts, and how many were ever written there.
 * The count includes deleted drafts so the offline writer does not come back to the phrasings just deleted.
 */
export async function loadPlatformHistory(db: Db, { orgId, platform }: { orgId: string; platform: ContentPlatform }) {
  const where = and(eq(contentPosts.orgId, orgId), eq(contentPosts.platform, platform));
  const [latest, [total]] = await Promise.all([
    db
      .select({ body: contentPosts.body })
      .from(contentPosts)
      .where(and(where, isNull(contentPosts.deletedAt)))
      .orderBy(desc(contentPosts.createdAt), desc(contentPosts.id))
      .limit(RECENT_POSTS),
    db.select({ posts: count() }).from(contentPosts).where(where),
  ]);
  return { recent: latest.map((row) => openingOf(row.body)).filter(Boolean), seed: total?.posts ?? 0 };
}

/**
 * The brief for post `index` of a batch. With no pillar chosen, a batch rotates through the active
 * strategy's pillars so a week of posts covers all of them.
 */
export function briefFor(
  background: WritingBackground,
  {
    platform, pillar, topic, index, total, avoid = '', recent = [], seed = 0,
  }: { platform: ContentPlatform; pillar: string; topic: string; index: number; total: number; avoid?: string; recent?: string[]; seed?: number },
): PostBrief {
  const pillars = background.strategy?.pillars ?? [];
  const chosen = pillar.trim() || (pillars.length > 0 ? pillars[(index - 1) % pillars.length]! : '');
  return {
    platform,
    pillar: chosen,
    topic: topic.trim(),
    profile: background.profile,
    tone: background.strategy?.tone ?? '',
    voiceGuidelines: background.strategy?.voiceGuidelines ?? [],
    index,
    total,
    avoid,
    recent,
    seed,
  };
}

/** The offline writer's context for a brief (it cannot read the database itself). */
export function contentProviderOptions(brief: PostBrief) {
  const context: ContentContext = {
    platform: brief.platform,
    pillar: brief.pillar,
    topic: brief.topic,
    profile: brief.profile,
    tone: brief.tone,
    index: brief.seed + brief.index,
    avoid: brief.avoid,
  };
  return offlineOptions('content', context);
}
