import { describe, expect, it } from 'vitest';
import { parseJobRunsSearchParams } from './job-runs-search-params';

describe('parseJobRunsSearchParams', () => {
  it('reads the filters, first value of repeats, trimmed', () => {
    expect(parseJobRunsSearchParams({ job: [' lead-pipeline ', 'x'], status: 'failed', trigger: 'retry', org: 'acme' })).toEqual({
      jobId: 'lead-pipeline', status: 'failed', trigger: 'retry', org: 'acme',
    });
  });

  it('drops empty and invalid values instead of failing', () => {
    expect(parseJobRunsSearchParams({ job: '', status: 'done', trigger: ['nope'], org: 'x'.repeat(101) })).toEqual({
      jobId: undefined, status: undefined, trigger: undefined, org: undefined,
    });
    expect(parseJobRunsSearchParams({})).toEqual({ jobId: undefined, status: undefined, trigger: undefined, org: undefined });
  });

});
