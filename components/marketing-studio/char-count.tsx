import type { ContentPlatform } from '@/db/schema/values';
import { PLATFORM_LIMITS, postLength, type PostText } from '@/lib/ai/content/platform-limits';
import { cn } from '@/lib/utils';

/** "212 / 280": the post's length with hashtags (as its platform counts it) against the limit, red when over. */
export function CharCount({ post, platform, id }: { post: PostText; platform: ContentPlatform; id?: string }) {
  const length = postLength(post, platform);
  const limit = PLATFORM_LIMITS[platform];
  return (
    <span id={id} className={cn('text-xs tabular-nums text-muted-foreground', length > limit && 'font-medium text-destructive')}>
      {length.toLocaleString('en-US')} / {limit.toLocaleString('en-US')} characters
    </span>
  );
}
