import type { ContentPlatform } from '@/db/schema/values';

/** Each network's name as the UI and the prompts write it. No dependencies: safe for client components. */
export const PLATFORM_LABELS: Record<ContentPlatform, string> = { linkedin: 'LinkedIn', x: 'X' };

/** The label of a platform value read from untyped data (a tool call's input), undefined when it is none. */
export function platformLabelOf(value: string | null | undefined): string | undefined {
  return value && Object.hasOwn(PLATFORM_LABELS, value) ? PLATFORM_LABELS[value as ContentPlatform] : undefined;
}
