// Radix Select items cannot have an empty value; this one stands for "no filter".
export const ANY = '__any';

/** A score box's text as a filter bound: empty is no bound, anything else is clamped to 0–100. */
export const toScore = (value: string) => (value === '' ? null : Math.min(100, Math.max(0, Number.parseInt(value, 10) || 0)));

/** Comma-separated tags as typed, without blanks. */
export const splitTags = (text: string) => text.split(',').map((tag) => tag.trim()).filter(Boolean);
