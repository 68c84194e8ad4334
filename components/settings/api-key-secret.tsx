'use client';

import { Check, Copy, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

/** The one time a key's secret is visible: read-only, selectable, with a copy button. */
export function ApiKeySecret({ name, secret }: { name: string; secret: string }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
      toast.success('API key copied.');
    } catch {
      toast.error('Could not copy. Select the key and copy it by hand.');
    }
  }

  return (
    <div className="grid gap-3">
      <div className="flex items-start gap-2 rounded-md border border-amber-500/30 bg-amber-500/10 px-3 py-2 text-sm text-amber-900 dark:text-amber-200" role="alert">
        <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        <p>Copy the key for “{name}” now. It is shown only once: Beacon stores just a hash and cannot show it again.</p>
      </div>
      <Label htmlFor="api-key-secret">Your new API key</Label>
      <div className="flex gap-2">
        <Input id="api-key-secret" readOnly value={secret} className="font-mono text-xs" onFocus={(event) => event.currentTarget.select()} autoFocus />
        <Button type="button" variant="outline" onClick={copy} aria-label="Copy API key">
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
    </div>
  );
}
