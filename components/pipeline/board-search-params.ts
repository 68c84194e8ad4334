import { createLoader, createParser, parseAsArrayOf, parseAsInteger, parseAsString, type inferParserType } from 'nuqs/server';
import { leadFilterSchema, type LeadFilter } from '@/lib/leads/schemas';

// Same as the lead list: only "true" and "false" mean something, anything else is no filter.
const parseAsStrictBoolean = createParser({
  parse: (value) => (value === 'true' ? true : value === 'false' ? false : null),
  serialize: String,
});

/**
 * The board's filters. The names and encodings are the lead list's own (components/leads), so a link from
 * the list to the board, or back, keeps the filter. The list's other keys (stageId, sort, cols) are left in
 * the URL untouched: the board ignores them, the list gets them back.
 */
export const boardSearchParsers = {
  q: parseAsString,
  ownerId: parseAsString,
  source: parseAsString,
  tags: parseAsArrayOf(parseAsString),
  scoreMin: parseAsInteger,
  scoreMax: parseAsInteger,
  hasOpenTasks: parseAsStrictBoolean,
};

export type BoardSearchValues = inferParserType<typeof boardSearchParsers>;
export const loadBoardSearchParams = createLoader(boardSearchParsers);

export const BOARD_FILTER_KEYS = Object.keys(boardSearchParsers) as (keyof typeof boardSearchParsers)[];

/**
 * Checks each value on its own against the list's filter schema: a hand-edited bad value (an owner id that
 * is not a uuid, a score of 500) is dropped and the rest of the filter still applies.
 */
export function parseBoardFilter(values: BoardSearchValues): { filter: Partial<LeadFilter>; params: Record<string, string> } {
  const strings: Record<string, string | undefined> = {
    q: values.q?.trim() || undefined,
    ownerId: values.ownerId ?? undefined,
    source: values.source?.trim() || undefined,
    tags: values.tags?.map((tag) => tag.trim()).filter(Boolean).join(',') || undefined,
    scoreMin: values.scoreMin?.toString(),
    scoreMax: values.scoreMax?.toString(),
    hasOpenTasks: values.hasOpenTasks === null ? undefined : String(values.hasOpenTasks),
  };
  const shape = leadFilterSchema.shape;
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(strings)) {
    if (value !== undefined && shape[key as keyof typeof shape].safeParse(value).success) params[key] = value;
  }
  return { filter: leadFilterSchema.parse(params), params };
}
