import Link from 'next/link';
import { Button } from '@/components/ui/button';

// Rendered with a real 403 status whenever a page calls forbidden() (a member opening admin settings).
export default function Forbidden() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-sm font-medium text-primary">403</p>
      <h1 className="text-3xl font-bold tracking-tight">You don&apos;t have access to this page</h1>
      <p className="max-w-md text-muted-foreground">
        Your role in this workspace does not include it. Ask an owner or admin if you need access.
      </p>
      <Button asChild>
        <Link href="/app">Back to your workspace</Link>
      </Button>
    </main>
  );
}
