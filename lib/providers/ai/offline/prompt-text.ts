import type { LanguageModelV4Prompt } from '@ai-sdk/provider';

type Role = LanguageModelV4Prompt[number]['role'];

/** The plain text of one role's messages (system, user, or the assistant's own earlier text), in order. */
export function textOfRole(prompt: LanguageModelV4Prompt, role: Role): string[] {
  const texts: string[] = [];
  for (const message of prompt) {
    if (message.role !== role) continue;
    if (typeof message.content === 'string') {
      texts.push(message.content);
      continue;
    }
    for (const part of message.content) if (part.type === 'text') texts.push(part.text);
  }
  return texts;
}

/** What the person asked last: the text of the last user message ('' when there is none). */
export function lastUserText(prompt: LanguageModelV4Prompt): string {
  for (let index = prompt.length - 1; index >= 0; index -= 1) {
    const message = prompt[index]!;
    if (message.role !== 'user') continue;
    return message.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n').trim();
  }
  return '';
}

/** What the person wrote (the user messages), or the instructions when there is none: what the generic writer quotes. */
export function promptSourceText(prompt: LanguageModelV4Prompt): string {
  const user = textOfRole(prompt, 'user').join('\n').trim();
  return user || textOfRole(prompt, 'system').join('\n').trim();
}

/** Sentences of a text, whitespace collapsed; bullets and line breaks end a sentence too. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.replace(/^[\s*•\-–#>]+/, '').replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length > 0);
}

/** A small, stable hash (FNV-1a, 32 bit) for deterministic choices: same text, same number. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Tokens estimated from characters (≈ 4 per token in English): the offline writer has no tokenizer. */
export function estimateTokens(textOrChars: string | number): number {
  return Math.ceil((typeof textOrChars === 'number' ? textOrChars : textOrChars.length) / 4);
}

/** Cuts a text to at most `max` characters, at a word boundary when one is near. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space >= max * 0.6 ? cut.slice(0, space) : cut).trimEnd();
}
