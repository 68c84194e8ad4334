import { Badge } from '@/components/ui/badge';
import type { EmailMessage } from '@/db/schema';

const VARIANT = { stored: 'secondary', sent: 'default', failed: 'destructive' } as const;

export function EmailStatusBadge({ status }: { status: EmailMessage['status'] }) {
  return <Badge variant={VARIANT[status]}>{status}</Badge>;
}
