import { contentContextSchema, improveContextSchema, toProfileContext, type ContentContext } from '@/lib/ai/content/offline-context';
import { fitToPlatform, normalizeHashtags, type PostText } from '@/lib/ai/content/platform-limits';
import type { OfflineComposer, OfflineReply, OfflineRequest } from '../types';
import { applyFeedback, toRegister } from './improve-post';
import { capitalize, hashText, keywordsOf, pick, toHashtag } from './keywords';

type Parts = { subject: string; audience: string; name: string; pillar: string };

const HOOKS: ((p: Parts) => string)[] = [
  (p) => `Most ${p.audience} get ${p.subject} wrong in the same way.`,
  (p) => `Here is one thing we learned about ${p.subject} this week.`,
  (p) => `A question we hear a lot from ${p.audience}: where do you start with ${p.subject}?`,
  (p) => `${capitalize(p.subject)} does not have to be complicated.`,
  (p) => `Three small habits that make ${p.subject} easier.`,
  (p) => `What would change if you treated ${p.subject} as a weekly routine?`,
  (p) => `The myth about ${p.subject} we keep running into.`,
];

const MIDDLES: ((p: Parts) => string)[] = [
  (p) => `At ${p.name}, we see the same pattern: teams wait for the perfect plan instead of taking the first small step. Start with one measurable change, review it after a week, and keep what works.`,
  (p) => `The short version: write down what "good" looks like, pick one number to watch, and make ${p.subject} part of the week rather than a project for later. ${capitalize(p.audience)} who do this see results sooner.`,
  (p) => `Our advice: begin with the problem your customers feel most. Solve that one well, share what you learned, and let ${p.pillar.toLowerCase()} do the rest.`,
  (p) => `It comes down to three steps. 1) Find the bottleneck. 2) Fix the smallest piece of it. 3) Measure again in seven days. Repeat until ${p.subject} feels boring, which is the goal.`,
  (p) => `We used to overthink this at ${p.name}. What helped was a simple checklist, a shared calendar and an honest look at what our customers actually asked for.`,
];

type Register = 'casual' | 'formal' | 'neutral';

// The closing line follows the tone; a casual tone also gets contractions throughout (toRegister).
const CLOSERS: Record<Register, string[]> = {
  neutral: [
    'What has worked for you? Tell us in the comments.',
    'Save this for your next planning session.',
    'Follow along for more practical ideas every week.',
    'Which of these will you try first?',
    'If this helps, share it with someone who needs it.',
  ],
  casual: [
    "What's worked for you? Drop it in the comments.",
    'Bookmark this one for your next planning session.',
    "Stick around: there's a practical idea here every week.",
    'Which one are you trying first?',
    'Know someone who needs this? Send it their way.',
  ],
  formal: [
    'We would welcome your perspective in the comments.',
    'Consider keeping this for your next planning session.',
    'Follow us for practical guidance each week.',
    'Which of these would you implement first?',
    'Please share this with a colleague who may find it useful.',
  ],
};

/** The register a tone asks for: "Formal and expert" → formal, "Friendly and direct" → casual. */
function registerOf(tone: string): Register {
  if (/\b(formal|professional|serious|authoritative|expert|corporate)\b/i.test(tone) && !/\binformal\b/i.test(tone)) return 'formal';
  if (/\b(casual|informal|friendly|warm|relaxed|playful|conversational|approachable|fun|witty)\b/i.test(tone)) return 'casual';
  return 'neutral';
}

function partsOf(context: ContentContext): Parts {
  const profile = context.profile;
  const topic = context.topic.trim().replace(/[.!?]+$/, '');
  const subject = (topic || context.pillar || keywordsOf(`${profile.description} ${profile.industry}`, 1)[0] || 'growing your business').toLowerCase();
  return { subject, audience: (profile.audience || 'teams').toLowerCase(), name: profile.name || 'our team', pillar: context.pillar || 'useful content' };
}

function hashtagsFor(context: ContentContext, parts: Parts): string[] {
  const tags = normalizeHashtags([context.pillar, context.profile.industry].filter(Boolean).map(toHashtag));
  // Keywords of the subject add a tag only when no tag already contains them ("Customer" in "CustomerStories").
  for (const word of keywordsOf(parts.subject, 3).map(toHashtag)) {
    if (!tags.some((tag) => tag.toLowerCase().includes(word.toLowerCase()))) tags.push(word);
  }
  return normalizeHashtags(tags).slice(0, context.platform === 'x' ? 2 : 3);
}

/** One post of a batch: post n uses the n-th hook, middle and closer, so a week of posts differs. */
export function composePost(context: ContentContext, variant = 0): PostText {
  const parts = partsOf(context);
  const n = context.index - 1 + variant + (hashText(parts.subject) % 3);
  // The active strategy's tone, else the profile's voice.
  const register = registerOf(context.tone || context.profile.voice);
  const hook = pick(HOOKS, n)(parts);
  const closer = pick(CLOSERS[register], n + 1);
  const hashtags = hashtagsFor(context, parts);
  // X posts are a hook and a closer; LinkedIn gets the full three-part shape.
  const text = context.platform === 'x' ? `${hook} ${closer}` : `${hook}\n\n${pick(MIDDLES, n)(parts)}\n\n${closer}`;
  const body = register === 'casual' ? toRegister(text, 'casual') : text;
  return fitToPlatform({ body, hashtags }, context.platform);
}

function reply(request: OfflineRequest, post: PostText): OfflineReply {
  if (request.schema) return { kind: 'object', value: post };
  return { kind: 'text', text: JSON.stringify(post) };
}

export const composeContent: OfflineComposer = (request) => {
  const raw = contentContextSchema.parse(request.context ?? {});
  const context: ContentContext = { ...raw, profile: toProfileContext(raw.profile) };
  let post = composePost(context);
  // Regenerate asks for something other than the current body: step to the next phrasing.
  for (let variant = 1; variant < 5 && context.avoid && post.body.trim() === context.avoid.trim(); variant++) post = composePost(context, variant);
  return reply(request, post);
};

export const composeImprovedPost: OfflineComposer = (request) => {
  const context = improveContextSchema.parse(request.context ?? {});
  const improved = applyFeedback({ body: context.body, hashtags: normalizeHashtags(context.hashtags) }, context.feedback);
  return reply(request, fitToPlatform(improved, context.platform));
};
