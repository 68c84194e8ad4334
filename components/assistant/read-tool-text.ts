import { asRecord, isInAppHref, ownHref, readString } from './tool-links';

type Phase = 'running' | 'done' | 'failed';

const PHRASES: Record<string, { object: string; running: string; done: string }> = {
  searchLeads: { object: 'leads', running: 'Searching', done: 'Searched' },
  getLead: { object: 'a lead', running: 'Looking up', done: 'Looked up' },
  pipelineSummary: { object: 'the pipeline', running: 'Looking up', done: 'Looked up' },
  listStaleLeads: { object: 'stale leads', running: 'Looking up', done: 'Looked up' },
  listTasks: { object: 'tasks', running: 'Looking up', done: 'Looked up' },
};

/**
 * The one-line label of a read tool call: "Looking up stale leads…", "Looked up stale leads",
 * "Searched leads for “Quinn”", "Couldn't look up the pipeline". `fallbackLabel` names unknown tools.
 */
export function readToolLabel(toolName: string, input: unknown, phase: Phase, fallbackLabel?: string): string {
  const phrase = PHRASES[toolName];
  if (!phrase) {
    const name = fallbackLabel ?? toolName;
    return phase === 'running' ? `Using ${name}…` : phase === 'done' ? `Used ${name}` : `Couldn’t use ${name}`;
  }
  const query = toolName === 'searchLeads' ? readString(input, 'query') : undefined;
  const object = `${phrase.object}${query ? ` for “${query}”` : ''}`;
  if (phase === 'running') return `${phrase.running} ${object}…`;
  if (phase === 'done') return `${phrase.done} ${object}`;
  return `Couldn’t ${phrase.running === 'Searching' ? 'search' : 'look up'} ${object}`;
}

export type ResultItem = { label: string; href?: string; detail?: string };

const LABEL_KEYS = ['name', 'title', 'label', 'stage'];

function itemDetail(record: Record<string, unknown>, labelKey: string): string | undefined {
  const quiet = record.daysQuiet ?? record.daysSinceActivity;
  if (typeof quiet === 'number') return quiet === 1 ? '1 day quiet' : `${quiet} days quiet`;
  if (typeof record.leads === 'number') return record.leads === 1 ? '1 lead' : `${record.leads} leads`;
  if (record.overdue === true) return 'Overdue';
  if (labelKey !== 'stage' && readString(record, 'stage')) return readString(record, 'stage');
  if (typeof record.count === 'number') return String(record.count);
  return undefined;
}

function toItem(value: unknown): ResultItem | null {
  const record = asRecord(value);
  const labelKey = record ? LABEL_KEYS.find((key) => readString(record, key)) : undefined;
  if (!record || !labelKey) return null;
  return { label: readString(record, labelKey) as string, href: ownHref(record), detail: itemDetail(record, labelKey) };
}

/**
 * The rows a read tool's result lists (leads, tasks, stages), or the one record it returns (a lead): taken
 * from the result's fields. Null when nothing in it reads as a list (then the raw result is shown instead).
 */
export function resultItems(output: unknown): ResultItem[] | null {
  if (Array.isArray(output)) return itemsOf(output);
  const record = asRecord(output);
  if (!record) return null;
  for (const value of Object.values(record)) {
    const single = Array.isArray(value) ? null : toItem(value);
    if (single) return [single];
  }
  const list = Object.values(record).find(Array.isArray);
  return list ? itemsOf(list) : null;
}

function itemsOf(list: unknown[]): ResultItem[] | null {
  const items = list.map(toItem).filter((item): item is ResultItem => item !== null);
  return items.length > 0 || list.length === 0 ? items : null;
}

/**
 * Lead names by id, from every tool result in the conversation (search results, stale leads, a lead):
 * write tools carry only a leadId, and the confirmation card should still say whose lead it is.
 */
export function collectLeadNames(messages: readonly { parts: readonly unknown[] }[]): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (value: unknown, depth: number) => {
    if (depth > 5 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const id = readString(value, 'id');
    const name = readString(value, 'name');
    const href = ownHref(value) ?? readString(value, 'href') ?? readString(value, 'link') ?? readString(value, 'url');
    // A lead row: an id and a name, and when it carries a link, a link to a lead page.
    if (id && name && (!href || (isInAppHref(href) && href.includes('/leads/')))) names.set(id, name);
    const leadId = readString(value, 'leadId');
    const leadName = readString(value, 'leadName');
    if (leadId && leadName) names.set(leadId, leadName);
    for (const child of Object.values(value)) visit(child, depth + 1);
  };
  for (const message of messages) {
    for (const part of message.parts) {
      const record = asRecord(part);
      if (record && typeof record.type === 'string' && (record.type.startsWith('tool-') || record.type === 'dynamic-tool')) visit(record.output, 0);
    }
  }
  return names;
}
