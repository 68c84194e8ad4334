import { Badge } from '@/components/ui/badge';
import type { BlogPostStatus } from '@/db/schema/values';

const VARIANT = { draft: 'secondary', scheduled: 'outline', published: 'default' } as const;
const LABEL = { draft: 'Draft', scheduled: 'Scheduled', published: 'Published' } as const;

export function PostStatusBadge({ status }: { status: BlogPostStatus }) {
  return <Badge variant={VARIANT[status]}>{LABEL[status]}</Badge>;
}
