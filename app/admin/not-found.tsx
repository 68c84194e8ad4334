import Link from 'next/link';
import { Button } from '@/components/ui/button';

// Inside the staff portal's shell (whose theme provider carries the request's CSP nonce).
export default function AdminNotFound() {
  return (
    <div className="flex flex-col items-center gap-4 py-24 text-center">
      <p className="text-sm font-medium text-primary">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">Not found</h1>
      <p className="max-w-md text-muted-foreground">There is nothing at this address in the staff portal.</p>
      <Button asChild>
        <Link href="/admin">Back to the overview</Link>
      </Button>
    </div>
  );
}
