/** Helpers for short plain text that people read: names, quotes, posts. Safe to import from client components. */

const ELLIPSIS = '…';
// Punctuation left dangling before an ellipsis ("books, …") reads badly.
const TRAILING = /[\s,;:.!?-]+$/u;

/** Collapses runs of whitespace (newlines included) to one space and trims the ends. */
export function squash(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** Characters as people count them: code points, so an emoji counts once (String#length would count two). */
export function codePointLength(text: string): number {
  return [...text].length;
}

/** The first word of a person's name ('' when there is none). */
export function firstNameOf(name: string | null | undefined): string {
  return squash(name).split(' ')[0] ?? '';
}

/**
 * Cuts text to at most `max` (as `measure` counts it, code points by default) at the last word boundary,
 * ending with an ellipsis when it cut. The ellipsis is measured with the text, so the result always fits,
 * whatever weight a platform gives it.
 */
export function clipAtWord(text: string, max: number, measure: (text: string) => number = codePointLength): string {
  const whole = text.trim();
  if (measure(whole) <= max) return whole;
  const chars = [...whole];
  const fits = (n: number) => measure(`${chars.slice(0, n).join('')}${ELLIPSIS}`) <= max;
  // The longest prefix that fits. A weighted measure only roughly grows with the prefix (a link counts the
  // same whatever its length), so the loop below settles any overshoot.
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  const prefix = chars.slice(0, low).join('');
  const boundary = prefix.search(/\s\S*$/u);
  let cut = (boundary > prefix.length / 2 ? prefix.slice(0, boundary) : prefix).replace(TRAILING, '');
  while (cut && measure(`${cut}${ELLIPSIS}`) > max) cut = [...cut].slice(0, -1).join('').replace(TRAILING, '');
  return cut ? `${cut}${ELLIPSIS}` : '';
}
