'use client';

import { Button } from '@/components/ui/button';

type LoadMoreFooterProps = {
  error: Error | null;
  onRetry: () => void;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  loadMoreLabel?: string;
};

/** The end of a paged list: the last page's error with "Try again", and the "Load more" button. */
export function LoadMoreFooter({ error, onRetry, hasNextPage, isFetchingNextPage, onLoadMore, loadMoreLabel = 'Load more' }: LoadMoreFooterProps) {
  return (
    <>
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error.message}{' '}
          <button type="button" className="underline underline-offset-4" onClick={onRetry}>
            Try again
          </button>
        </p>
      ) : null}
      {hasNextPage ? (
        <Button variant="outline" className="w-fit" disabled={isFetchingNextPage} onClick={onLoadMore}>
          {isFetchingNextPage ? 'Loading…' : loadMoreLabel}
        </Button>
      ) : null}
    </>
  );
}
