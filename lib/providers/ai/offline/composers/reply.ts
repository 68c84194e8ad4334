import { replyOfflineContextSchema, type ReplyOfflineContext } from '@/lib/ai/replies/offline-reply-context';
import { clipAtWord, firstNameOf, squash } from '@/lib/text/plain-text';
import type { OfflineComposer } from '../types';

const QUOTE_MAX = 140;
const ABOUT_MAX = 600;
const NAME_MAX = 100;

/** The first sentence of what they wrote, short enough to quote back ('' when they wrote nothing). */
export function quoteOf(message: string) {
  const flat = squash(message).replace(/"/g, "'");
  const sentence = /^(.+?[.!?])(\s|$)/.exec(flat)?.[1] ?? flat;
  return clipAtWord(sentence.replace(/[.!?]+$/, ''), QUOTE_MAX);
}

const isFormal = (voice: string) => /\bformal\b/i.test(voice) && !/\binformal\b/i.test(voice);
const sentence = (value: string) => (/[.!?…]$/.test(value) ? value : `${value}.`);

function aboutUs({ profile }: ReplyOfflineContext, business: string) {
  const description = squash(profile.description);
  if (description) return `A quick word about us: ${sentence(clipAtWord(description, ABOUT_MAX))}`;
  const industry = squash(profile.industry);
  const audience = squash(profile.audience);
  if (industry && audience) return `At ${business} we work in ${clipAtWord(industry, NAME_MAX)}, with ${sentence(clipAtWord(audience, NAME_MAX))}`;
  if (audience) return `At ${business} we work with ${sentence(clipAtWord(audience, NAME_MAX))}`;
  if (industry) return `At ${business} we work in ${sentence(clipAtWord(industry, NAME_MAX))}`;
  return `At ${business} we would love to understand what you are working on and how we can help.`;
}

type Wording = { business: string; first: string; thanks: string; quote: string };

// Three wordings of the same reply: a regeneration moves to the next one, so "Regenerate" visibly changes the text.
const WORDINGS: { subject: (w: Wording) => string; heard: (w: Wording) => string; nextStep: string }[] = [
  {
    subject: (w) => (w.first ? `Thanks for getting in touch, ${w.first}` : `Thanks for getting in touch with ${w.business}`),
    heard: (w) => (w.quote ? `${w.thanks} You wrote: "${w.quote}", and we would be glad to help with that.` : `${w.thanks} It is good to hear from you.`),
    nextStep:
      'Would a 20-minute call this week suit you? Reply with two or three times that work for you and I will send an invitation. ' +
      'If email is easier, just reply with a little more about what you need.',
  },
  {
    subject: (w) => (w.first ? `${w.first}, a quick reply from ${w.business}` : `A quick reply from ${w.business}`),
    heard: (w) => (w.quote ? `${w.thanks} You mentioned: "${w.quote}". That is exactly the kind of thing we help with.` : `${w.thanks} We are glad you found us.`),
    nextStep:
      'Could we find 20 minutes for a call this week? Let me know which day and time suit you best and I will send an invitation. ' +
      'If you prefer, reply by email with a few more details.',
  },
  {
    subject: (w) => (w.first ? `${w.first}, next steps with ${w.business}` : `Next steps with ${w.business}`),
    heard: (w) => (w.quote ? `${w.thanks} I read your note ("${w.quote}") and would love to hear more.` : `${w.thanks} I would love to hear more about what you have in mind.`),
    nextStep:
      'The quickest next step is a 20-minute call this week. Reply with a couple of times that work for you and I will confirm one. ' +
      'Happy to continue by email if that suits you better.',
  },
];

/** The wording after the one the previous draft used (the first wording for a first draft). */
function wordingIndex(previous: ReplyOfflineContext['previous']) {
  if (!previous) return 0;
  const used = WORDINGS.findIndex((wording) => previous.body.includes(wording.nextStep));
  return (Math.max(used, 0) + 1) % WORDINGS.length;
}

/** A warm, specific first reply from the template, always the same for the same lead, workspace and previous draft. */
export function writeFirstResponse(context: ReplyOfflineContext) {
  const name = clipAtWord(squash(context.profile.name), NAME_MAX);
  const business = name || 'our team';
  const first = clipAtWord(firstNameOf(context.lead.name), NAME_MAX);
  const company = clipAtWord(squash(context.lead.company ?? ''), NAME_MAX);
  const formal = isFormal(context.profile.voice);
  const team = name ? `The ${name} team` : 'The team';
  const signer = clipAtWord(squash(context.ownerName), NAME_MAX) || team;
  const wording = WORDINGS[wordingIndex(context.previous)]!;
  const parts: Wording = {
    business,
    first,
    quote: quoteOf(context.message),
    thanks: `Thank you for getting in touch with ${business}${company ? ` on behalf of ${company}` : ''}.`,
  };

  const greeting = `${formal ? 'Dear' : 'Hi'} ${first || 'there'},`;
  const signature = [formal ? 'Kind regards,' : 'Best regards,', signer, ...(signer === team || !name ? [] : [name])].join('\n');
  return {
    subject: clipAtWord(wording.subject(parts), 150),
    body: [greeting, wording.heard(parts), aboutUs(context, business), wording.nextStep, signature].join('\n\n'),
  };
}

/** The offline writer's first response to a new lead: an object when the caller asked for one, else the text. */
export const composeReply: OfflineComposer = (request) => {
  const reply = writeFirstResponse(replyOfflineContextSchema.parse(request.context));
  if (request.schema) return { kind: 'object', value: reply };
  return { kind: 'text', text: `${reply.subject}\n\n${reply.body}` };
};
