'use client';

import { X } from 'lucide-react';
import { useId, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Input } from '@/components/ui/input';
import { updateLeadSchema } from '@/lib/leads/schemas';

/** The lead's tags: remove with the × on a tag, add by typing and pressing Enter (or a comma). */
export function TagsEditor({ tags, onSave }: { tags: string[]; onSave: (tags: string[]) => Promise<string | null> }) {
  const [current, setCurrent] = useState(tags);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const inputId = useId();
  const errorId = useId();

  async function commit(next: string[]) {
    const parsed = updateLeadSchema.shape.tags.safeParse(next);
    if (!parsed.success || !parsed.data) {
      setError(parsed.error?.issues[0]?.message ?? 'Enter a valid tag.');
      return false;
    }
    const previous = current;
    setCurrent(parsed.data);
    setSaving(true);
    const message = await onSave(parsed.data);
    setSaving(false);
    if (message) {
      setCurrent(previous);
      setError(message);
      return false;
    }
    setError(null);
    return true;
  }

  async function add() {
    const tag = draft.trim().replace(/,+$/, '').trim();
    if (!tag) return;
    if (current.includes(tag)) {
      setDraft('');
      return;
    }
    if (tag.length > 50) {
      setError('A tag has at most 50 characters.');
      return;
    }
    if (await commit([...current, tag])) setDraft('');
  }

  return (
    <div className="grid gap-1.5">
      <label htmlFor={inputId} className="text-xs font-medium text-muted-foreground">
        Tags
      </label>
      {current.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label="Tags">
          {current.map((tag) => (
            <li key={tag}>
              <Badge variant="secondary" className="gap-1 pr-1">
                {tag}
                <button
                  type="button"
                  disabled={saving}
                  onClick={() => void commit(current.filter((item) => item !== tag))}
                  aria-label={`Remove tag ${tag}`}
                  className="rounded-sm p-0.5 hover:bg-background/60 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring/50"
                >
                  <X aria-hidden className="size-3" />
                </button>
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
      <Input
        id={inputId}
        value={draft}
        disabled={saving}
        placeholder="Add a tag and press Enter"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="h-8"
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault();
            void add();
          } else if (event.key === 'Escape') {
            setDraft('');
            setError(null);
          }
        }}
      />
      {error ? (
        <p id={errorId} role="alert" className="text-xs text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
