import {
  createLoader,
  createParser,
  parseAsArrayOf,
  parseAsInteger,
  parseAsIsoDate,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs/server';
import type { z } from 'zod';
import { DEFAULT_LEAD_COLUMNS, LEAD_LIST_COLUMNS, type LeadListColumn } from '@/lib/leads/columns';
import { LEAD_SORTS } from '@/lib/leads/sorts';
import { listLeadsQuerySchema, type leadFilterSchema, type ListLeadsQuery } from '@/lib/leads/schemas';

// nuqs' own boolean reads anything but "true" as false; a hand-edited "?hasOpenTasks=yes" must not filter.
const parseAsStrictBoolean = createParser({
  parse: (value) => (value === 'true' ? true : value === 'false' ? false : null),
  serialize: String,
});

/**
 * The lead list's URL state, read by the page (server) and written by the toolbar (client). Keys are the
 * list schema's own names, so the URL's query is also what saved views store and what the export reads.
 */
export const leadSearchParsers = {
  q: parseAsString,
  stageId: parseAsString,
  ownerId: parseAsString,
  source: parseAsString,
  tags: parseAsArrayOf(parseAsString),
  scoreMin: parseAsInteger,
  scoreMax: parseAsInteger,
  createdFrom: parseAsIsoDate,
  createdTo: parseAsIsoDate,
  hasOpenTasks: parseAsStrictBoolean,
  sort: parseAsStringLiteral(LEAD_SORTS).withDefault('created_desc'),
  cursor: parseAsString,
  limit: parseAsInteger,
  cols: parseAsArrayOf(parseAsStringLiteral(LEAD_LIST_COLUMNS)),
};

export type LeadSearchValues = inferParserType<typeof leadSearchParsers>;
export const loadLeadSearchParams = createLoader(leadSearchParsers);

export const FILTER_KEYS = ['q', 'stageId', 'ownerId', 'source', 'tags', 'scoreMin', 'scoreMax', 'createdFrom', 'createdTo', 'hasOpenTasks'] as const;

/** Filter and sort as URL strings (no cursor, no columns): what saved views store and exports receive. */
export type LeadQueryParams = Record<string, string>;
export type LeadFilterInput = z.input<typeof leadFilterSchema>;

export type LeadListState = {
  query: ListLeadsQuery;
  params: LeadQueryParams;
  filter: LeadFilterInput;
  columns: LeadListColumn[];
  hasFilters: boolean;
  /** A cursor was given but is not even shaped like one: the page says the link is out of date. */
  isCursorMalformed: boolean;
};

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : undefined);

function asStrings(values: LeadSearchValues): Record<string, string | undefined> {
  return {
    q: values.q?.trim() || undefined,
    stageId: values.stageId ?? undefined,
    ownerId: values.ownerId ?? undefined,
    source: values.source?.trim() || undefined,
    tags: values.tags?.map((tag) => tag.trim()).filter(Boolean).join(',') || undefined,
    scoreMin: values.scoreMin?.toString(),
    scoreMax: values.scoreMax?.toString(),
    createdFrom: isoDay(values.createdFrom),
    createdTo: isoDay(values.createdTo),
    hasOpenTasks: values.hasOpenTasks === null ? undefined : String(values.hasOpenTasks),
    sort: values.sort === 'created_desc' ? undefined : values.sort,
    limit: values.limit?.toString(),
  };
}

/** The columns to show: the URL's choice in the list's order, the name always first, else the default. */
export function visibleColumns(cols: readonly string[] | null | undefined): LeadListColumn[] {
  if (!cols?.length) return DEFAULT_LEAD_COLUMNS;
  return LEAD_LIST_COLUMNS.filter((column) => column === 'name' || cols.includes(column));
}

/**
 * Checks each URL value on its own against the list schema, so one bad value (a hand-edited stage id, a
 * score of 500) is dropped and the rest of the filter still applies; a URL never turns into a 500.
 */
export function parseLeadListState(values: LeadSearchValues): LeadListState {
  const shape = listLeadsQuerySchema.shape;
  const params: LeadQueryParams = {};
  for (const [key, value] of Object.entries(asStrings(values))) {
    if (value === undefined) continue;
    if (shape[key as keyof typeof shape].safeParse(value).success) params[key] = value;
  }
  const isCursorMalformed = Boolean(values.cursor) && !shape.cursor.safeParse(values.cursor).success;
  const cursor = isCursorMalformed ? undefined : (values.cursor ?? undefined);
  const parsed = listLeadsQuerySchema.safeParse({ ...params, cursor });
  const query = parsed.success ? parsed.data : listLeadsQuerySchema.parse({});
  const { sort: _sort, limit: _limit, ...filterParams } = params;
  const hasOpenTasks = filterParams.hasOpenTasks === 'true' || filterParams.hasOpenTasks === 'false' ? filterParams.hasOpenTasks : undefined;
  return {
    query,
    params,
    filter: { ...filterParams, hasOpenTasks },
    columns: visibleColumns(values.cols),
    hasFilters: FILTER_KEYS.some((key) => key in params),
    isCursorMalformed,
  };
}

/** A link to the list with the given filter/sort, columns (when not the default) and cursor. */
export function leadListHref(path: string, params: LeadQueryParams, { columns, cursor }: { columns?: readonly string[]; cursor?: string | null } = {}) {
  const search = new URLSearchParams(params);
  const isDefault = !columns || columns.join(',') === DEFAULT_LEAD_COLUMNS.join(',');
  if (!isDefault) search.set('cols', columns.join(','));
  if (cursor) search.set('cursor', cursor);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
