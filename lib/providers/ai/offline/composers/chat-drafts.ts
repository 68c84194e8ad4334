import { fitToPlatform, normalizeHashtags } from '@/lib/ai/content/platform-limits';
import type { ChatContext } from './chat-conversation';
import { capitalize, keywordsOf, toHashtag } from './keywords';

// The offline writer's drafts for the assistant's write tools: templates filled from the business profile.

const squash = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const firstSentence = (value: string) => (/^(.+?[.!?])(\s|$)/.exec(value)?.[1] ?? value).replace(/[.!?]+$/, '');

export function firstNameOf(name: string) {
  return squash(name).split(' ')[0] || 'there';
}

/** A short follow-up email to a lead, in the business's words where the profile has them. */
export function composeFollowUpEmail(context: ChatContext, lead: { name: string; company?: string | null }, about: string | null) {
  const business = squash(context.profile.name) || 'our team';
  const description = squash(context.profile.description);
  const formal = /\bformal\b/i.test(context.profile.voice ?? '') && !/\binformal\b/i.test(context.profile.voice ?? '');
  const topic = about ? squash(about).replace(/[.!?]+$/, '') : null;
  const opener = topic
    ? `I wanted to follow up about ${topic}.`
    : `I wanted to follow up on our conversation${lead.company ? ` about ${squash(lead.company)}` : ''} and see where things stand.`;
  const why = description ? `As a reminder, ${business}: ${firstSentence(description)}.` : `At ${business}, we would be glad to help with what you are working on.`;
  const signer = squash(context.userName) || `The ${business} team`;
  return {
    subject: topic ? `Following up: ${capitalize(topic)}`.slice(0, 150) : `Following up from ${business}`.slice(0, 150),
    body: [
      `${formal ? 'Dear' : 'Hi'} ${firstNameOf(lead.name)},`,
      opener,
      why,
      'Would a short call this week work for you? Reply with a time that suits you and I will send an invitation.',
      [formal ? 'Kind regards,' : 'Best regards,', signer, ...(signer.includes(business) ? [] : [business])].join('\n'),
    ].join('\n\n'),
  };
}

/** A social post on a topic (or the business's own subject), fitted to the platform's limit. */
export function composeSocialPost(context: ChatContext, platform: 'linkedin' | 'x', topic: string | null) {
  const business = squash(context.profile.name) || 'our team';
  const subject = squash(topic ?? '') || keywordsOf(`${context.profile.description ?? ''} ${context.profile.industry ?? ''}`, 2).join(' and ') || 'what we have learned this month';
  const audience = squash(context.profile.audience);
  const description = squash(context.profile.description);
  const body =
    platform === 'x'
      ? `${capitalize(subject)}: the teams that get it right keep it simple and consistent. What is your take?`
      : [
          `${capitalize(subject)}: a few lessons from ${business}.`,
          description ? `${firstSentence(description)}.` : '',
          audience ? `Working with ${audience}, we keep seeing the same thing: small, consistent steps beat big one-off pushes.` : 'Small, consistent steps beat big one-off pushes.',
          `How do you approach ${subject}? Share what has worked for you.`,
        ]
          .filter(Boolean)
          .join('\n\n');
  const hashtags = normalizeHashtags([toHashtag(subject), toHashtag(squash(context.profile.industry))].filter(Boolean));
  return { platform, ...fitToPlatform({ body, hashtags }, platform) };
}

/** Tomorrow at 09:00 UTC, from the request's clock (the context's `now`, else today's date). */
export function tomorrowMorning(context: ChatContext): string | undefined {
  const base = context.now ? new Date(context.now) : context.summary.today ? new Date(`${context.summary.today}T00:00:00Z`) : null;
  if (!base || Number.isNaN(base.getTime())) return undefined;
  return new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate() + 1, 9)).toISOString();
}
