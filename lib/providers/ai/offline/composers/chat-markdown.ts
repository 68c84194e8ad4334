// The offline chat writer's answers are markdown built from workspace data, and much of that data comes from
// outside (lead names and companies from public forms, task titles, notes). Every value goes in through
// `escapeMarkdown`, so it is shown as the text it is and cannot become a link, an image or formatting.

const MARKDOWN_SPECIALS = /[\\[\]()!*_`#<>|~]/g;

/**
 * A value as literal inline markdown text: markdown's special characters are backslash-escaped and line
 * breaks become spaces (so a value cannot start a heading, a list or a table row of its own).
 */
export function escapeMarkdown(value: string | null | undefined): string {
  if (!value) return '';
  return value.replace(/\s*[\r\n]+\s*/g, ' ').replace(MARKDOWN_SPECIALS, '\\$&');
}

/** An in-app path such as "/app/acme/leads/1" (not "//host", not an absolute URL). */
function isInAppPath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');
}

/**
 * A link to a page of this app with an escaped label; anything else (no URL, another site) is the label
 * alone. Characters that would end the link target early are percent-encoded.
 */
export function markdownLink(label: string, url: string | null | undefined): string {
  const text = escapeMarkdown(label);
  if (!url || !isInAppPath(url)) return text;
  const target = url.replace(/[\s()<>\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${text}](${target})`;
}
