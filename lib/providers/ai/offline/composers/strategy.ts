import type { StrategyPlan } from '@/db/schema/ai';
import { strategyContextSchema, toProfileContext, type ProfileContext } from '@/lib/ai/content/offline-context';
import { PLATFORM_LABELS } from '@/lib/ai/content/platform-labels';
import type { OfflineComposer } from '../types';
import { capitalize, keywordsOf } from './keywords';

const B2B = /\b(b2b|saas|software|agenc|consult|enterprise|business(es)?|professional|services?|compan|teams?|founders?|managers?|marketers?|recruit|legal|accountan|finance|hr)\b/i;
const B2C = /\b(b2c|consumers?|shop|store|retail|fashion|food|restaurant|caf[eé]|fitness|gaming|gamers?|fans?|creators?|parents?|students?|travel|beauty)\b/i;

type Platform = StrategyPlan['platforms'][number];

function choosePlatforms(profile: ProfileContext): Platform[] {
  const about = `${profile.industry} ${profile.audience} ${profile.description}`;
  const linkedin = (first: boolean): Platform => ({
    platform: 'linkedin',
    reason: first
      ? `${capitalize(profile.audience) || 'Business buyers'} research and compare suppliers on LinkedIn; longer posts there build trust before a sales conversation.`
      : 'LinkedIn reaches the decision makers and partners behind your customers, and rewards longer, useful posts.',
    postsPerWeek: first ? 3 : 2,
  });
  const x = (first: boolean): Platform => ({
    platform: 'x',
    reason: first
      ? `${capitalize(profile.audience) || 'Your audience'} follow conversations on X; short, frequent posts keep ${profile.name || 'you'} in their feed.`
      : 'X is where news and quick takes travel: short posts join the conversations your buyers already follow.',
    postsPerWeek: first ? 5 : 3,
  });
  // Business audiences (or none stated) start on LinkedIn; consumer audiences on X.
  if (B2C.test(about) && !B2B.test(about)) return [x(true), linkedin(false)];
  return [linkedin(true), x(false)];
}

const GOAL_PILLARS: { match: RegExp; name: string; description: string }[] = [
  { match: /\b(leads?|pipeline|sales|demos?|customers?|revenue|sign-?ups?)\b/i, name: 'Customer results', description: 'Stories and numbers from customers: the problem, what changed, the result.' },
  { match: /\b(brand|awareness|visibility|known|reputation|authority)\b/i, name: 'Thought leadership', description: 'A clear point of view on where the industry is going and why.' },
  { match: /\b(hire|hiring|recruit|talent|team|culture)\b/i, name: 'Team and culture', description: 'The people behind the work and how you work together.' },
  { match: /\b(product|features?|launch|release|roadmap)\b/i, name: 'Product in practice', description: 'What the product does for real users, one feature or use case at a time.' },
  { match: /\b(community|engage|engagement|events?|conversation)\b/i, name: 'Community conversations', description: 'Questions, polls and replies that get your audience talking.' },
  { match: /\b(educat|teach|learn|guides?|how-?to|tips?)\w*/i, name: 'How-to guides', description: 'Practical, step-by-step advice a reader can use today.' },
];

const DEFAULT_PILLARS = [
  { name: 'Industry insights', description: 'Trends, data and lessons from your market, explained for your audience.' },
  { name: 'Practical tips', description: 'Short, useful advice that solves one small problem per post.' },
  { name: 'Customer stories', description: 'Before-and-after stories that show the value of working with you.' },
  { name: 'Behind the scenes', description: 'How you work, what you are building and what you learned.' },
];

function choosePillars(profile: ProfileContext): StrategyPlan['pillars'] {
  const text = `${profile.goals} ${profile.description}`;
  const pillars: StrategyPlan['pillars'] = [];
  const add = (pillar: { name: string; description: string }) => {
    if (pillars.length < 5 && !pillars.some((p) => p.name === pillar.name)) pillars.push({ name: pillar.name, description: pillar.description });
  };
  const [topic] = keywordsOf(`${profile.description} ${profile.industry}`, 1);
  if (topic) add({ name: `${capitalize(topic)} explained`, description: `What ${profile.audience || 'your audience'} should know about ${topic}, without the jargon.` });
  for (const pillar of GOAL_PILLARS) if (pillar.match.test(text)) add(pillar);
  for (const pillar of DEFAULT_PILLARS) if (pillars.length < 3) add(pillar);
  return pillars;
}

const VOICE_RULES: { match: RegExp; guideline: string }[] = [
  { match: /friendly|casual|warm|approachable|relaxed/i, guideline: 'Write like you talk: short sentences, contractions welcome, no corporate filler.' },
  { match: /formal|professional|expert|authoritative|serious/i, guideline: 'Back every claim with evidence: a number, an example or a source.' },
  { match: /bold|confident|direct|opinionated/i, guideline: 'Take a clear position in the first line and defend it.' },
  { match: /playful|witty|fun|humou?r/i, guideline: 'A light touch of humour is welcome, never at the reader’s expense.' },
];

function chooseVoice(profile: ProfileContext): { tone: string; voiceGuidelines: string[] } {
  const tone = profile.voice.trim() ? capitalize(profile.voice.trim().replace(/\.$/, '')) : 'Clear, helpful and confident';
  const guidelines = VOICE_RULES.filter((rule) => rule.match.test(profile.voice)).map((rule) => rule.guideline);
  guidelines.push(
    `Open with ${profile.audience ? `the problem ${profile.audience} face` : 'the reader’s problem'}, not with news about us.`,
    'One idea per post; cut anything that does not serve it.',
    'End with a question or one clear next step.',
    'Explain any jargon in plain words.',
  );
  return { tone, voiceGuidelines: guidelines.slice(0, 6) };
}

function chooseKpis(profile: ProfileContext, platforms: Platform[]): StrategyPlan['kpis'] {
  const perWeek = platforms.reduce((sum, p) => sum + p.postsPerWeek, 0);
  const kpis: StrategyPlan['kpis'] = [{ name: 'Posts published', target: `${perWeek} per week` }];
  if (/\b(leads?|pipeline|sales|demos?|sign-?ups?|customers?)\b/i.test(profile.goals)) kpis.push({ name: 'Leads from social', target: '10 per month' });
  if (/\b(brand|awareness|visibility|followers?|audience)\b/i.test(profile.goals)) kpis.push({ name: 'Follower growth', target: '+10% per month' });
  kpis.push({ name: 'Engagement rate', target: '3% or more per post' }, { name: 'Link clicks to the website', target: '+20% in 90 days' });
  return kpis.slice(0, 5);
}

/** A strategy from the business profile alone: same profile, same plan. */
export function composeStrategyPlan(profile: ProfileContext): StrategyPlan {
  const platforms = choosePlatforms(profile);
  const pillars = choosePillars(profile);
  const { tone, voiceGuidelines } = chooseVoice(profile);
  const who = profile.name || 'The business';
  const audience = profile.audience || 'its audience';
  const goal = profile.goals.trim().replace(/\.$/, '') || 'more awareness and more leads';
  const summary =
    `${who} will reach ${audience} on ${platforms.map((p) => PLATFORM_LABELS[p.platform]).join(' and ')}. Goal: ${goal}. ` +
    `Posts rotate through ${pillars.length} pillars (${pillars.map((p) => p.name.toLowerCase()).join(', ')}), in a voice that is ${tone.toLowerCase()}.`;
  return { summary, platforms, pillars, tone, voiceGuidelines, kpis: chooseKpis(profile, platforms) };
}

export const composeStrategy: OfflineComposer = (request) => {
  const parsed = strategyContextSchema.safeParse(request.context);
  const plan = composeStrategyPlan(toProfileContext(parsed.success ? parsed.data.profile : {}));
  if (request.schema) return { kind: 'object', value: plan };
  return { kind: 'text', text: JSON.stringify(plan, null, 2) };
};
