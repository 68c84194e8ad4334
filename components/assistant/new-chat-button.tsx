'use client';

import { Loader2, Plus } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useStartChat } from './use-start-chat';

export function NewChatButton({ orgSlug, className }: { orgSlug: string; className?: string }) {
  const { start, isPending } = useStartChat(orgSlug);
  return (
    <Button className={className} onClick={() => start()} disabled={isPending}>
      {isPending ? <Loader2 className="animate-spin motion-reduce:animate-none" aria-hidden /> : <Plus aria-hidden />}
      {isPending ? 'Starting…' : 'New chat'}
    </Button>
  );
}
