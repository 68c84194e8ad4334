import type { StrategyPlan } from '@/db/schema/ai';
import type { ProfileContext } from '@/lib/ai/content/offline-context';

export const STRATEGY_SYSTEM_PROMPT = [
  'You are a senior B2B marketing strategist who plans organic social media for small companies.',
  'Write a practical social media strategy for LinkedIn and/or X based only on the business profile you are given.',
  'Rules:',
  '- Choose one or two platforms (linkedin, x) with a one-sentence reason each and a realistic posts-per-week number (1 to 14).',
  '- Define 3 to 5 content pillars, each with a short name and a one-sentence description.',
  '- Describe the tone in a few words and give 3 to 6 concrete voice guidelines.',
  '- Give 3 to 5 KPIs, each with a measurable target.',
  '- Keep the summary to two or three sentences. Do not invent facts about the business.',
].join('\n');

function line(label: string, value: string): string {
  return `${label}: ${value.trim() || '(not given)'}`;
}

/**
 * The user prompt: the business profile, one field a line, and the strategy in use when there is one
 * (regenerating then asks for a fresh take rather than the same answer again).
 */
export function buildStrategyPrompt(profile: ProfileContext, current?: { version: number; plan: StrategyPlan } | null): string {
  const currentLines = current
    ? [
        '',
        `Current strategy (version ${current.version}), to rethink rather than repeat:`,
        current.plan.summary,
        `Pillars: ${current.plan.pillars.map((pillar) => pillar.name).join(', ')}`,
      ]
    : [];
  return [
    'Business profile',
    line('Company', profile.name),
    line('What we do', profile.description),
    line('Industry', profile.industry),
    line('Audience', profile.audience),
    line('Goals', profile.goals),
    line('Brand voice', profile.voice),
    ...currentLines,
    '',
    'Write the strategy.',
  ].join('\n');
}

/** A profile with nothing to build on: no description, industry or audience. */
export function isProfileEmpty(profile: ProfileContext): boolean {
  return !profile.description.trim() && !profile.industry.trim() && !profile.audience.trim();
}
