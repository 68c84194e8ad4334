import type { JSONSchema7 } from '@ai-sdk/provider';
import { splitSentences, stableHash, truncateText } from './prompt-text';

/** Where in the object a value goes and what text it may quote from. */
export type SchemaHint = { text: string; path: string[] };

const SHORT_KEYS = /(^|_)(title|name|label|subject|headline|heading|tag|hashtag|platform|category|kind|type|tone|pillar|target)s?$/i;

function lastKey(path: string[]): string {
  for (let index = path.length - 1; index >= 0; index -= 1) if (!/^\d+$/.test(path[index]!)) return path[index]!;
  return '';
}

/** The position of the innermost array item the value sits in (0 outside arrays). */
function itemIndex(path: string[]): number {
  for (let index = path.length - 1; index >= 0; index -= 1) if (/^\d+$/.test(path[index]!)) return Number(path[index]);
  return 0;
}

/** The path without array positions: every item of an array shares it, so items differ only by position. */
function fieldPath(path: string[]): string {
  return path.filter((segment) => !/^\d+$/.test(segment)).join('.');
}

/** `postsPerWeek` → "Posts per week". */
export function humanizeKey(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : '';
}

function firstMatch(text: string, pattern: RegExp): string | undefined {
  return text.match(pattern)?.[0];
}

/** A value for a string `format`, taken from the prompt when it has one, else a neutral valid value. */
function formattedString(format: string, text: string): string | undefined {
  switch (format) {
    case 'email':
      return firstMatch(text, /[\w.+-]+@[\w-]+(\.[\w-]+)+/) ?? 'hello@example.com';
    case 'uri':
    case 'url':
      return firstMatch(text, /https?:\/\/[^\s"'<>)]+/) ?? 'https://example.com';
    case 'date-time': {
      const date = firstMatch(text, /\d{4}-\d{2}-\d{2}/);
      return firstMatch(text, /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/) ?? `${date ?? '2000-01-01'}T09:00:00.000Z`;
    }
    case 'date':
      return firstMatch(text, /\d{4}-\d{2}-\d{2}/) ?? '2000-01-01';
    case 'time':
      return '09:00:00';
    case 'uuid':
      return firstMatch(text, /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i) ?? '00000000-0000-4000-8000-000000000000';
    default:
      return undefined;
  }
}

/** A sentence of the prompt for this field: one naming the field if any, else a stable pick by position. */
function proseFor(hint: SchemaHint, description: string | undefined): string {
  const key = lastKey(hint.path);
  const sentences = splitSentences(hint.text);
  const label = humanizeKey(key);
  if (sentences.length === 0) return label || description || 'Written by the offline writer';
  const needle = label.toLowerCase();
  const named = needle.length > 2 ? sentences.filter((sentence) => sentence.toLowerCase().includes(needle)) : [];
  const pool = named.length > 0 ? named : sentences;
  const sentence = pool[(stableHash(fieldPath(hint.path)) + itemIndex(hint.path)) % pool.length]!;
  return SHORT_KEYS.test(key) ? sentence.split(' ').slice(0, 6).join(' ').replace(/[.,;:!?]+$/, '') : sentence;
}

function fitLength(text: string, schema: JSONSchema7, hint: SchemaHint): string {
  let result = typeof schema.maxLength === 'number' ? truncateText(text, schema.maxLength) : text;
  const min = schema.minLength ?? 0;
  if (result.length < min) {
    const filler = proseFor({ ...hint, path: [...hint.path, 'more'] }, schema.description) || 'Offline writer';
    while (result.length < min) result = `${result}${result ? ' ' : ''}${filler}`;
    if (typeof schema.maxLength === 'number') result = result.slice(0, Math.max(min, schema.maxLength));
  }
  return result;
}

function matchesPattern(text: string, pattern: string | undefined): boolean {
  if (!pattern) return true;
  try {
    return new RegExp(pattern, 'u').test(text);
  } catch {
    return true;
  }
}

/** A string that satisfies the schema's format, length and (when it can) pattern; keeps a valid given one. */
export function stringFor(schema: JSONSchema7, value: unknown, hint: SchemaHint): string {
  if (typeof value === 'string') {
    const fitted = schema.format ? value : fitLength(value, schema, hint);
    if (matchesPattern(fitted, schema.pattern)) return fitted;
  }
  const formatted = schema.format ? formattedString(schema.format, hint.text) : undefined;
  if (formatted !== undefined) return formatted;
  const candidate = fitLength(proseFor(hint, schema.description), schema, hint);
  if (matchesPattern(candidate, schema.pattern)) return candidate;
  // A pattern the prose does not fit: try variants of it and a few plain shapes before giving up on it.
  const slug = candidate.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const shapes = [slug, candidate.toUpperCase(), candidate.toLowerCase(), slug.split('-')[0] ?? '', 'a', 'A', '0', 'aaa', 'AAA', '000', 'a-1', 'A1'];
  const fallback = shapes.find((shape) => matchesPattern(shape, schema.pattern) && shape.length >= (schema.minLength ?? 0) && shape.length <= (schema.maxLength ?? Infinity));
  return fallback ?? candidate;
}

/** A number inside the schema's bounds (the middle of a closed range), rounded for integers and multiples. */
export function numberFor(schema: JSONSchema7, value: unknown, integer: boolean): number {
  const step = integer ? 1 : 0.01;
  let lo = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
  let hi = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
  if (typeof schema.exclusiveMinimum === 'number') lo = Math.max(lo, schema.exclusiveMinimum + step);
  if (typeof schema.exclusiveMaximum === 'number') hi = Math.min(hi, schema.exclusiveMaximum - step);
  if (integer) {
    lo = Math.ceil(lo);
    hi = Math.floor(hi);
  }
  let result: number;
  if (typeof value === 'number' && Number.isFinite(value)) result = value;
  else if (Number.isFinite(lo) && Number.isFinite(hi)) result = (lo + hi) / 2;
  else if (Number.isFinite(lo)) result = lo;
  else if (Number.isFinite(hi)) result = Math.min(hi, 1);
  else result = 1;
  result = Math.min(hi, Math.max(lo, result));
  if (integer) result = Math.floor(result);
  const multiple = schema.multipleOf;
  if (typeof multiple === 'number' && multiple > 0) {
    result = Math.round(result / multiple) * multiple;
    if (result < lo) result += multiple;
    if (result > hi) result -= multiple;
  }
  return result;
}

/** An enum value: one the prompt names as a word if any, else the first; array items take distinct ones. */
export function enumFor(options: readonly unknown[], value: unknown, hint: SchemaHint): unknown {
  if (options.some((option) => JSON.stringify(option) === JSON.stringify(value))) return value;
  const lower = hint.text.toLowerCase();
  const index = itemIndex(hint.path);
  const named = options.filter((option) => {
    if (typeof option !== 'string' || option.length === 0) return false;
    const escaped = option.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(lower);
  });
  // Named values first, then the rest: item N of an array gets a different value than item N-1.
  const ordered = [...named, ...options.filter((option) => !named.includes(option))];
  return ordered[index % ordered.length];
}
