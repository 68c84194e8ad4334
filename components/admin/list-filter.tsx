import Form from 'next/form';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

type ListFilterProps = {
  /** The page the filter reloads (the filter travels as a search param; the cursor is dropped). */
  path: string;
  name: string;
  label: string;
  value?: string;
  placeholder?: string;
  suggestions?: string[];
};

/** A GET form: filtering is a plain URL change, so results are linkable and work without JavaScript. */
export function ListFilter({ path, name, label, value, placeholder, suggestions }: ListFilterProps) {
  const inputId = `filter-${name}`;
  const listId = suggestions?.length ? `${inputId}-suggestions` : undefined;
  return (
    <Form action={path} className="mb-4 flex max-w-xl flex-wrap items-end gap-2" role="search">
      <div className="grid min-w-56 flex-1 gap-1.5">
        <Label htmlFor={inputId}>{label}</Label>
        <Input id={inputId} name={name} type="search" defaultValue={value} placeholder={placeholder} list={listId} autoComplete="off" />
        {listId ? (
          <datalist id={listId}>
            {suggestions!.map((option) => (
              <option key={option} value={option} />
            ))}
          </datalist>
        ) : null}
      </div>
      <Button type="submit" variant="secondary">
        Filter
      </Button>
      {value ? (
        <Button asChild variant="ghost">
          <Link href={path}>Clear</Link>
        </Button>
      ) : null}
    </Form>
  );
}
