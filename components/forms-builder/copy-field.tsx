'use client';

import { Check, Copy } from 'lucide-react';
import { useId, useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';

type Props = { label: string; value: string; multiline?: boolean; description?: string };

/** Read-only text with a copy button: select-all on focus, and a fallback message when copying fails. */
export function CopyField({ label, value, multiline, description }: Props) {
  const id = useId();
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success(`${label} copied.`);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      toast.error('Could not copy. Select the text and copy it by hand.');
    }
  }

  const common = {
    id,
    readOnly: true,
    value,
    className: 'font-mono text-xs',
    'aria-describedby': description ? `${id}-description` : undefined,
    onFocus: (event: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => event.currentTarget.select(),
  };
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      {description ? (
        <p id={`${id}-description`} className="text-sm text-muted-foreground">
          {description}
        </p>
      ) : null}
      <div className={multiline ? 'grid gap-2' : 'flex gap-2'}>
        {multiline ? <Textarea {...common} rows={4} spellCheck={false} /> : <Input {...common} />}
        <Button type="button" variant="outline" className="w-fit" onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
    </div>
  );
}
