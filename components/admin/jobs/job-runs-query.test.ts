import { describe, expect, it, vi } from 'vitest';
import { loadAgain } from './job-runs-query';

function failedQuery(isFetchNextPageError: boolean) {
  return { isFetchNextPageError, fetchNextPage: vi.fn(async () => null), refetch: vi.fn(async () => null) };
}

describe('loadAgain', () => {
  it('fetches the next page again only when "Load more" is what failed', async () => {
    const query = failedQuery(true);
    await loadAgain(query);
    expect(query.fetchNextPage).toHaveBeenCalledOnce();
    expect(query.refetch).not.toHaveBeenCalled();
  });

  it('reloads the list when the refetch of the loaded pages failed', async () => {
    const query = failedQuery(false);
    await loadAgain(query);
    expect(query.refetch).toHaveBeenCalledOnce();
    expect(query.fetchNextPage).not.toHaveBeenCalled();
  });
});
