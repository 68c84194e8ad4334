export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of a search param, trimmed; empty values count as absent. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  const first = (Array.isArray(value) ? value[0] : value)?.trim();
  return first ? first : undefined;
}
