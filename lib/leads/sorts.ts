/** The lead list's sorts (no Drizzle import: client components share this through the zod schemas). */
export const LEAD_SORTS = ['created_desc', 'created_asc', 'score_desc', 'score_asc', 'name_asc', 'name_desc'] as const;
export type LeadSort = (typeof LEAD_SORTS)[number];
