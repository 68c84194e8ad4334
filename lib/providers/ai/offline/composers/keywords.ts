const STOPWORDS = new Set(
  (
    'a about after all also an and any are as at be because been but by can could do does for from get gets give has have help helps ' +
    'how i in into is it its just like make makes more most much my need needs new no not of on one only or our out over own people ' +
    'really so some such than that the their them then there these they this those through to too up us use very want was we were what ' +
    'when which who why will with without would you your yours post posts please make write it\'s its bit more less little'
  ).split(' '),
);

/** Words of a text worth building on: lower-case, four letters or more, not filler, most frequent first. */
export function keywordsOf(text: string, limit = 5): string[] {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []) {
    if (word.length < 4 || STOPWORDS.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  // Ties keep first-seen order (Map insertion order), so the result is deterministic.
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([word]) => word);
}

export function capitalize(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** "customer stories" → "CustomerStories": a hashtag from any phrase. */
export function toHashtag(phrase: string): string {
  return phrase
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => capitalize(word))
    .join('');
}

/** A small stable hash, to pick among phrasings without randomness. */
export function hashText(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash;
}

export function pick<T>(list: readonly T[], n: number): T {
  return list[((n % list.length) + list.length) % list.length]!;
}
