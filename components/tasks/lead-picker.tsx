'use client';

import { useQuery } from '@tanstack/react-query';
import { Search, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

export type PickedLead = { id: string; name: string; email: string | null; company: string | null };

async function searchLeads(orgSlug: string, q: string): Promise<PickedLead[]> {
  const response = await fetch(`/api/orgs/${orgSlug}/leads/search?q=${encodeURIComponent(q)}`, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
    throw new Error(problem?.detail ?? 'The search failed.');
  }
  return ((await response.json()) as { items: PickedLead[] }).items;
}

const describe = (lead: PickedLead) => [lead.email, lead.company].filter(Boolean).join(' · ');

/** Links a task to a lead found by a fragment of its name, email, company or phone (the leads search route). */
export function LeadPicker({ orgSlug, orgId, value, onChange }: { orgSlug: string; orgId: string; value: PickedLead | null; onChange: (lead: PickedLead | null) => void }) {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    // Search once typing pauses, not on every keystroke.
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const results = useQuery({
    queryKey: ['org', orgId, 'leads', 'search', q],
    queryFn: () => searchLeads(orgSlug, q),
    enabled: q.length > 0 && value === null,
    staleTime: 10_000,
  });

  if (value) {
    return (
      <div className="flex items-center justify-between gap-2 rounded-md border px-3 py-2 text-sm">
        <span className="grid min-w-0">
          <span className="truncate font-medium">{value.name}</span>
          {describe(value) ? <span className="truncate text-xs text-muted-foreground">{describe(value)}</span> : null}
        </span>
        <Button type="button" variant="ghost" size="icon" className="size-7" aria-label={`Unlink ${value.name}`} onClick={() => onChange(null)}>
          <X aria-hidden />
        </Button>
      </div>
    );
  }

  return (
    <div className="grid gap-2">
      <div className="relative">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input aria-label="Search leads to link" value={text} onChange={(event) => setText(event.target.value)} placeholder="Search name, email, company" className="pl-8" autoComplete="off" />
      </div>
      <div aria-live="polite">
        {q.length === 0 ? null : results.isPending ? (
          <p className="text-xs text-muted-foreground">Searching…</p>
        ) : results.isError ? (
          <p role="alert" className="text-xs text-destructive">
            {results.error.message}
          </p>
        ) : results.data.length === 0 ? (
          <p className="text-xs text-muted-foreground">No lead matches “{q}”.</p>
        ) : (
          <ul className="grid max-h-40 gap-1 overflow-y-auto" aria-label="Matching leads">
            {results.data.map((lead) => (
              <li key={lead.id}>
                <button
                  type="button"
                  onClick={() => {
                    onChange(lead);
                    setText('');
                  }}
                  className="grid w-full gap-0.5 rounded-md border px-3 py-1.5 text-left text-sm hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
                >
                  <span className="font-medium">{lead.name}</span>
                  {describe(lead) ? <span className="text-xs text-muted-foreground">{describe(lead)}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
