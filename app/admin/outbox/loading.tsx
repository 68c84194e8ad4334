import { TableSkeleton } from '@/components/admin/table-skeleton';

export default function AdminOutboxLoading() {
  return <TableSkeleton columns={5} />;
}
