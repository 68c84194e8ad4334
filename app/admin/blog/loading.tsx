import { TableSkeleton } from '@/components/admin/table-skeleton';

export default function AdminBlogLoading() {
  return <TableSkeleton columns={5} />;
}
