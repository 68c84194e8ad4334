import Form from 'next/form';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { JOB_RUN_STATUSES, JOB_RUN_TRIGGERS } from '@/db/schema/values';
import type { JobRunsFilters } from '@/lib/jobs/job-runs-search-params';

const SELECT_CLASS =
  'h-9 w-full rounded-md border border-input bg-transparent px-3 text-base shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 md:text-sm';

type Props = { path: string; jobIds: readonly string[]; filters: JobRunsFilters };

function FilterSelect({ name, label, value, options, allLabel }: { name: string; label: string; value?: string; options: readonly string[]; allLabel: string }) {
  const id = `filter-${name}`;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <select id={id} name={name} defaultValue={value ?? ''} className={SELECT_CLASS}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A GET form: the filters live in the URL, so a filtered list is linkable and works without JavaScript. */
export function JobRunsFilter({ path, jobIds, filters }: Props) {
  const isFiltered = Object.values(filters).some(Boolean);
  return (
    <Form action={path} role="search" aria-label="Filter job runs" className="mb-4 grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]">
      <FilterSelect name="job" label="Job" value={filters.jobId} options={jobIds} allLabel="All jobs" />
      <FilterSelect name="status" label="Status" value={filters.status} options={JOB_RUN_STATUSES} allLabel="Any status" />
      <FilterSelect name="trigger" label="Trigger" value={filters.trigger} options={JOB_RUN_TRIGGERS} allLabel="Any trigger" />
      <div className="grid gap-1.5">
        <Label htmlFor="filter-org">Workspace</Label>
        <Input id="filter-org" name="org" type="search" defaultValue={filters.org} placeholder="Slug or id" autoComplete="off" maxLength={100} />
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        {isFiltered ? (
          <Button asChild variant="ghost">
            <Link href={path}>Clear</Link>
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
