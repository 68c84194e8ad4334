import { TableSkeleton } from '@/components/admin/table-skeleton';

export default function AdminAuditLoading() {
  return <TableSkeleton columns={6} />;
}
