import { RadioTower } from 'lucide-react';
import Link from 'next/link';
import { cn } from '@/lib/utils';

export function BeaconLogo({ href = '/', className }: { href?: string; className?: string }) {
  return (
    <Link href={href} className={cn('flex items-center gap-2 font-semibold tracking-tight', className)}>
      <span className="flex size-7 items-center justify-center rounded-md bg-primary text-primary-foreground">
        <RadioTower className="size-4" aria-hidden />
      </span>
      Beacon
    </Link>
  );
}
