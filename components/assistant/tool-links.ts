/** A path inside this app ("/app/acme/leads/1"), not a protocol-relative "//host" or an absolute URL. */
export function isInAppHref(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/\\');
}

export function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export function readString(value: unknown, key: string): string | undefined {
  const field = asRecord(value)?.[key];
  return typeof field === 'string' && field.trim() !== '' ? field : undefined;
}

/** The in-app link a tool result names itself (`href`, `link` or `url`), if any. */
export function ownHref(output: unknown): string | undefined {
  for (const key of ['href', 'link', 'url']) {
    const value = readString(output, key);
    if (value && isInAppHref(value)) return value;
  }
  return undefined;
}

/** What a link to one of the app's pages is called on a result line. */
function linkLabel(href: string): string {
  if (/\/leads\/[^/]+$/.test(href)) return 'Open lead';
  if (href.includes('/tasks')) return 'View tasks';
  if (href.includes('/marketing')) return 'Open Marketing';
  return 'Open';
}

/**
 * Where to see what an executed write tool did: the link its result carries, otherwise the page that
 * lists such things (tasks, the lead's page for notes and email drafts, Marketing for posts).
 */
export function resultLink(orgSlug: string, toolName: string, input: unknown, output: unknown): { href: string; label: string } | null {
  const base = `/app/${orgSlug}`;
  const leadId = readString(input, 'leadId') ?? readString(output, 'leadId');
  const fallback: Record<string, string | undefined> = {
    createTask: `${base}/tasks`,
    addNote: leadId && `${base}/leads/${encodeURIComponent(leadId)}`,
    draftEmail: leadId && `${base}/leads/${encodeURIComponent(leadId)}`,
    draftSocialPost: `${base}/marketing`,
  };
  const href = ownHref(output) ?? fallback[toolName];
  return href ? { href, label: linkLabel(href) } : null;
}
