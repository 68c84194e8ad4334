// What the person asked the assistant, read with fixed rules (the offline writer has no language model).

export type ChatIntent =
  | { kind: 'create-task'; name: string | null; purpose: string | null }
  | { kind: 'add-note'; name: string | null; body: string | null }
  | { kind: 'draft-email'; name: string | null; about: string | null }
  | { kind: 'draft-post'; platform: 'linkedin' | 'x'; topic: string | null }
  | { kind: 'stale-leads' }
  | { kind: 'pipeline' }
  | { kind: 'tasks'; scope: 'mine' | 'all'; overdueOnly: boolean }
  | { kind: 'search'; query: string }
  | { kind: 'overview' };

// Words that end a name: "task for Maya Lindqvist tomorrow", "email to Jonas about pricing".
const NAME_END = /\s+(?:to|about|regarding|re|that|saying|tomorrow|today|next|this|please|asap|by|on|at|in)\b|[,.;:!?]/i;

/** The name after a preposition: "for Maya Lindqvist to send…" → "Maya Lindqvist". */
function nameAfter(text: string, prepositions: string): string | null {
  const match = new RegExp(`\\b(?:${prepositions})\\s+(.+)$`, 'i').exec(text);
  if (!match) return null;
  const name = match[1]!.split(NAME_END)[0]!.replace(/^(?:the\s+lead\s+|lead\s+|my\s+)/i, '').trim();
  if (!name || /^(?:me|them|him|her|it|this|that|the|a|an|someone|everyone|all)$/i.test(name)) return null;
  return name.slice(0, 100);
}

function restAfter(text: string, marker: RegExp): string | null {
  const match = marker.exec(text);
  const rest = match ? text.slice(match.index + match[0].length).replace(/^[\s:,-]+/, '').replace(/[.!?]+$/, '').trim() : '';
  return rest ? rest.slice(0, 500) : null;
}

const TASK = /\b(?:create|add|make|set\s+up|schedule|open)\b.*\b(?:task|reminder|to-?do)\b|\bremind\s+me\s+to\b/i;
const NOTE = /\b(?:add|write|put|leave|log|make|save)\b.*\bnote\b|^note\b/i;
const EMAIL = /\b(?:draft|write|compose|prepare|send)\b.*\b(?:e-?mail|message|reply|follow-?up\s+email)\b/i;
const POST = /\b(?:draft|write|create|compose|prepare)\b.*\b(?:post|tweet)\b/i;
const STALE = /\b(?:stale|quiet|go(?:ing|ne)\s+cold|cold|neglected|forgotten|inactive|no\s+activity|not\s+heard|haven'?t\s+heard|slipping|dormant|untouched)\b/i;
const PIPELINE = /\b(?:pipeline|deals?|stages?|funnel|forecast|won|lost)\b/i;
const TASKS = /\b(?:tasks?|overdue|to-?dos?|due\s+today|what'?s\s+due|on\s+my\s+plate)\b/i;
const SEARCH = /\b(?:find|search(?:\s+for)?|look\s+up|lookup|who\s+is|who'?s|show\s+me|tell\s+me\s+about|details\s+(?:on|for|about))\s+(.+)$/i;

/** The intent of one user message; the order settles overlaps ("create a task for my stale leads" is a task). */
export function readIntent(raw: string): ChatIntent {
  const text = raw.replace(/\s+/g, ' ').trim();

  if (TASK.test(text)) {
    const name = nameAfter(after(text, /\b(?:task|reminder|to-?do)\b/i), 'for|with');
    const purpose = name ? restAfter(text, new RegExp(`${escape(name)}\\s+to\\b`, 'i')) : restAfter(text, /\bremind\s+me\s+to\b/i);
    return { kind: 'create-task', name, purpose };
  }
  if (NOTE.test(text)) {
    const labelled = /\bnote\s+(?:on|to|for|about)\s+([^:,—-]+?)\s*(?::|,|—|-|\bsaying\b|\bthat\b)\s*(.+)$/i.exec(text);
    if (labelled) return { kind: 'add-note', name: labelled[1]!.trim(), body: labelled[2]!.trim() };
    const trailing = /\bnote\s*(?::|saying|that)?\s*(.+?)\s+(?:on|to|for)\s+([\p{L}][\p{L} .'-]*?)(?:'s\s+(?:lead|timeline|record))?[.!]?$/iu.exec(text);
    if (trailing) return { kind: 'add-note', name: trailing[2]!.trim(), body: trailing[1]!.replace(/^["“]|["”]$/g, '').trim() };
    return { kind: 'add-note', name: nameAfter(text, 'on|to|for'), body: null };
  }
  if (POST.test(text) && /\b(?:linkedin|x|twitter|tweet|social)\b/i.test(text)) {
    const platform = /\b(?:x|twitter|tweet)\b/i.test(text) && !/\blinkedin\b/i.test(text) ? 'x' : 'linkedin';
    return { kind: 'draft-post', platform, topic: restAfter(text, /\b(?:about|on)\b/i) };
  }
  if (EMAIL.test(text)) {
    const afterKeyword = after(text, /\b(?:e-?mail|message|reply)\b/i);
    return { kind: 'draft-email', name: nameAfter(afterKeyword, 'to|for'), about: restAfter(afterKeyword, /\b(?:about|regarding)\b/i) };
  }
  if (STALE.test(text)) return { kind: 'stale-leads' };
  if (TASKS.test(text)) {
    const scope = /\b(?:team|everyone|everybody|all\s+tasks|whole\s+workspace|workspace)\b/i.test(text) ? 'all' : 'mine';
    return { kind: 'tasks', scope, overdueOnly: /\b(?:overdue|late)\b/i.test(text) };
  }
  if (PIPELINE.test(text)) return { kind: 'pipeline' };
  const search = SEARCH.exec(text);
  if (search) {
    const query = search[1]!.replace(/^(?:the\s+)?(?:lead|leads|contact)\s+(?:named\s+|called\s+)?/i, '').replace(/[?.!]+$/, '').trim();
    if (query) return { kind: 'search', query: query.slice(0, 200) };
  }
  return { kind: 'overview' };
}

/** The text after the first match of `marker` (all of it when there is none). */
function after(text: string, marker: RegExp): string {
  const match = marker.exec(text);
  return match ? text.slice(match.index + match[0].length) : text;
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
