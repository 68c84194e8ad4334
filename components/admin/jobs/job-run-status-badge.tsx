import { Badge } from '@/components/ui/badge';
import type { JobRunStatus } from '@/db/schema/values';

const VARIANT = { queued: 'outline', running: 'secondary', succeeded: 'default', failed: 'destructive' } as const;

export function JobRunStatusBadge({ status }: { status: JobRunStatus }) {
  return <Badge variant={VARIANT[status]}>{status}</Badge>;
}
