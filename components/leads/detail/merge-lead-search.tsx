'use client';

import { useQuery } from '@tanstack/react-query';
import { Search } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { Input } from '@/components/ui/input';
import { useLeadPage } from './lead-page-context';
import type { MergeLead } from './merge-fields-table';

async function searchLeads(orgSlug: string, q: string): Promise<MergeLead[]> {
  const response = await fetch(`/api/orgs/${orgSlug}/leads/search?q=${encodeURIComponent(q)}`, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
    throw new Error(problem?.detail ?? 'The search failed.');
  }
  return ((await response.json()) as { items: MergeLead[] }).items;
}

/** Step one of a merge: find the other lead by a fragment of its name, email, company or phone. */
export function MergeLeadSearch({ onPick }: { onPick: (lead: MergeLead) => void }) {
  const { orgSlug, orgId, leadId } = useLeadPage();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const inputId = useId();
  useEffect(() => {
    // Search once typing pauses, not on every keystroke.
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const results = useQuery({
    queryKey: ['org', orgId, 'leads', 'search', q],
    queryFn: () => searchLeads(orgSlug, q),
    enabled: q.length > 0,
    staleTime: 10_000,
  });
  const others = (results.data ?? []).filter((lead) => lead.id !== leadId);

  return (
    <div className="grid gap-3">
      <label htmlFor={inputId} className="text-sm font-medium">
        Find the other lead
      </label>
      <div className="relative">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input id={inputId} value={text} onChange={(event) => setText(event.target.value)} placeholder="Name, email, company or phone" className="pl-8" autoFocus autoComplete="off" />
      </div>
      <div aria-live="polite" className="min-h-24">
        {q.length === 0 ? (
          <p className="text-sm text-muted-foreground">Type to search this workspace’s leads.</p>
        ) : results.isPending ? (
          <p className="text-sm text-muted-foreground">Searching…</p>
        ) : results.isError ? (
          <p role="alert" className="text-sm text-destructive">
            {results.error.message}
          </p>
        ) : others.length === 0 ? (
          <p className="text-sm text-muted-foreground">No other lead matches “{q}”.</p>
        ) : (
          <ul className="grid max-h-64 gap-1 overflow-y-auto" aria-label="Matching leads">
            {others.map((lead) => (
              <li key={lead.id}>
                <button
                  type="button"
                  onClick={() => onPick(lead)}
                  className="grid w-full gap-0.5 rounded-md border px-3 py-2 text-left text-sm hover:bg-accent focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
                >
                  <span className="font-medium">{lead.name}</span>
                  <span className="text-xs text-muted-foreground">{[lead.email, lead.company].filter(Boolean).join(' · ') || 'No email or company'}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
