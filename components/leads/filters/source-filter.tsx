'use client';

import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

export function SourceFilter({ id, value, onChange }: { id: string; value: string | null; onChange: (source: string | null) => void }) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>Source</Label>
      <Input id={id} placeholder="e.g. website" maxLength={100} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)} />
    </div>
  );
}
