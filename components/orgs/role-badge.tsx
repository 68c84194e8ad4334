import { Badge } from '@/components/ui/badge';
import type { OrgRole } from '@/db/schema';

export const ROLE_LABELS: Record<OrgRole, string> = { owner: 'Owner', admin: 'Admin', member: 'Member' };

export function RoleBadge({ role, className }: { role: OrgRole; className?: string }) {
  return (
    <Badge variant={role === 'owner' ? 'default' : role === 'admin' ? 'secondary' : 'outline'} className={className}>
      {ROLE_LABELS[role]}
    </Badge>
  );
}
