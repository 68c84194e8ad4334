import { Button } from '@/components/ui/button';
import { countLabel, pluralLeads } from './lead-format';

type SelectAllBannerProps = {
  pageCount: number;
  total: number;
  capped: boolean;
  allMatching: boolean;
  onSelectAll: () => void;
  onClear: () => void;
};

/** Offered once the whole page is ticked and more leads match than the page shows (Gmail's pattern). */
export function SelectAllBanner({ pageCount, total, capped, allMatching, onSelectAll, onClear }: SelectAllBannerProps) {
  return (
    <div role="status" className="flex flex-wrap items-center justify-center gap-x-2 rounded-md bg-muted px-3 py-2 text-sm">
      {allMatching ? (
        <>
          <span>All {pluralLeads(total, capped)} matching this view are selected.</span>
          <Button variant="link" size="sm" className="h-auto p-0" onClick={onClear}>
            Clear selection
          </Button>
        </>
      ) : (
        <>
          <span>All {pluralLeads(pageCount)} on this page are selected.</span>
          <Button variant="link" size="sm" className="h-auto p-0" onClick={onSelectAll}>
            Select all {countLabel(total, capped)} matching
          </Button>
        </>
      )}
    </div>
  );
}
