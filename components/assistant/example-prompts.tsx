'use client';

import { Loader2 } from 'lucide-react';
import { Button } from '@/components/ui/button';

export const EXAMPLE_PROMPTS = [
  'Which leads are going stale?',
  'Summarise my pipeline',
  'What are my overdue tasks?',
  'Draft a LinkedIn post about our services',
] as const;

type ExamplePromptsProps = { disabled: boolean; pendingPrompt?: string; onPick: (prompt: string) => void };

/** Questions that start a chat with one click. */
export function ExamplePrompts({ disabled, pendingPrompt, onPick }: ExamplePromptsProps) {
  return (
    <ul className="mx-auto grid w-full max-w-lg gap-2 sm:grid-cols-2" aria-label="Example questions">
      {EXAMPLE_PROMPTS.map((prompt) => (
        <li key={prompt}>
          <Button variant="outline" className="h-auto w-full justify-start py-2.5 text-left whitespace-normal" disabled={disabled} onClick={() => onPick(prompt)}>
            {pendingPrompt === prompt ? <Loader2 className="animate-spin motion-reduce:animate-none" aria-hidden /> : null}
            {prompt}
          </Button>
        </li>
      ))}
    </ul>
  );
}
