import type { PostText } from '@/lib/ai/content/platform-limits';
import { capitalize, keywordsOf } from './keywords';

// Pairs of [formal, casual] phrasings; "more casual" swaps left → right, "more formal" right → left.
const REGISTER: [string, string][] = [
  ['We are', "We're"], ['we are', "we're"], ['It is', "It's"], ['it is', "it's"], ['do not', "don't"], ['does not', "doesn't"],
  ['cannot', "can't"], ['will not', "won't"], ['You are', "You're"], ['you are', "you're"], ['Therefore,', 'So'], ['However,', 'But'],
  ['assist', 'help'], ['utilise', 'use'], ['utilize', 'use'], ['purchase', 'buy'], ['require', 'need'], ['Hello', 'Hey'],
];

const CALL_TO_ACTION = 'Want to see how this works for you? Send us a message and we will show you.';
const QUESTION = 'What would you add?';

/** Rewrites the text in a casual register (contractions, plain words) or a formal one (the reverse). */
export function toRegister(body: string, register: 'casual' | 'formal'): string {
  const from = register === 'casual' ? 0 : 1;
  const to = from === 0 ? 1 : 0;
  return REGISTER.reduce((text, pair) => text.replace(new RegExp(`\\b${pair[from].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w'])`, 'g'), pair[to]), body);
}

function sentencesOf(body: string): string[] {
  return body.match(/[^.!?\n]+[.!?]*\s*/g)?.map((s) => s.trim()).filter(Boolean) ?? [body];
}

/** Keeps about 60% of the post: whole sentences from the start, at least the first one. */
function shorten(body: string): string {
  const sentences = sentencesOf(body);
  const target = Math.floor([...body].length * 0.6);
  const kept: string[] = [];
  for (const sentence of sentences) {
    if (kept.length > 0 && [...kept.join(' ')].length + sentence.length > target) break;
    kept.push(sentence);
  }
  const result = kept.join(' ');
  if (result.length < body.length) return result;
  // A single long sentence: cut it at a word instead.
  const words = body.split(/\s+/);
  return `${words.slice(0, Math.max(3, Math.ceil(words.length * 0.6))).join(' ').replace(/[,;:]$/, '')}…`;
}

function rewriteOpening(body: string, feedback: string): string {
  const words = keywordsOf(feedback, 3);
  const opening = words.length > 0 ? `${capitalize(words.join(', '))}: that is what this is about.` : 'Let us put it differently.';
  const [, ...rest] = sentencesOf(body);
  return [opening, ...rest].join(' ');
}

/**
 * The offline writer's "improve with feedback": recognised requests (shorter, more casual or formal, add a
 * question or a call to action) are applied in turn; anything else rewrites the opening around the
 * feedback's key words. Always changes the body.
 */
export function applyFeedback(post: PostText, feedback: string): PostText {
  const wish = feedback.toLowerCase();
  let body = post.body.trim();
  let matched = false;
  if (/\b(shorter|shorten|concise|brief|too long|trim|cut)\b/.test(wish)) {
    body = shorten(body);
    matched = true;
  }
  if (/\b(casual|informal|friendl|relaxed|conversational)/.test(wish)) {
    body = toRegister(body, 'casual');
    matched = true;
  } else if (/\b(formal|professional|serious)/.test(wish)) {
    body = toRegister(body, 'formal');
    matched = true;
  }
  if (/\bquestion\b/.test(wish)) {
    body = `${body}\n\n${QUESTION}`;
    matched = true;
  }
  if (/\b(call to action|call-to-action|cta)\b/.test(wish)) {
    body = `${body}\n\n${CALL_TO_ACTION}`;
    matched = true;
  }
  if (!matched || body === post.body.trim()) body = rewriteOpening(body, feedback);
  return { body, hashtags: post.hashtags };
}
