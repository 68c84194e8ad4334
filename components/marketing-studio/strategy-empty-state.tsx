import { Compass } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';

type Props = {
  hasProfile: boolean;
  profileHref: string;
  /** Admins edit the business profile; members are told to ask one. */
  canEditProfile: boolean;
  canWrite: boolean;
  isGenerating: boolean;
  onGenerate: () => void;
  onWriteByHand: () => void;
};

/** No strategy yet: the way there is the business profile, then one click. */
export function StrategyEmptyState({ hasProfile, profileHref, canEditProfile, canWrite, isGenerating, onGenerate, onWriteByHand }: Props) {
  return (
    <div className="grid justify-items-center gap-3 rounded-lg border border-dashed p-8 text-center">
      <Compass className="size-8 text-muted-foreground" aria-hidden />
      <h2 className="font-medium">No marketing strategy yet</h2>
      <p className="max-w-prose text-sm text-muted-foreground">
        Fill in your business profile, then generate: the strategy picks your platforms, content pillars, tone and the numbers to watch. You can edit every part of it afterwards.
      </p>
      <div className="flex flex-wrap justify-center gap-2">
        {canEditProfile ? (
          <Button asChild variant={hasProfile ? 'outline' : 'default'}>
            <Link href={profileHref}>{hasProfile ? 'Review business profile' : 'Fill in business profile'}</Link>
          </Button>
        ) : !hasProfile ? (
          <p className="text-sm text-muted-foreground">Ask a workspace admin to fill in the business profile.</p>
        ) : null}
        {canWrite ? (
          <>
            <Button onClick={onGenerate} disabled={!hasProfile || isGenerating}>
              {isGenerating ? 'Generating…' : 'Generate strategy'}
            </Button>
            <Button variant="ghost" onClick={onWriteByHand} disabled={isGenerating}>
              Write one by hand
            </Button>
          </>
        ) : null}
      </div>
    </div>
  );
}
