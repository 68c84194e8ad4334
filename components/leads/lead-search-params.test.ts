import { describe, expect, it } from 'vitest';
import { DEFAULT_LEAD_COLUMNS } from '@/lib/leads/columns';
import { leadListHref, loadLeadSearchParams, parseLeadListState } from './lead-search-params';

const STAGE = '0b7f0c5e-3a47-4c1e-9c3e-2f1d3c4b5a69';
const state = (search: string) => parseLeadListState(loadLeadSearchParams(search));

describe('parseLeadListState', () => {
  it('reads a full, valid URL into the list query, its URL strings and the bulk filter', () => {
    const result = state(
      `?q=acme&stageId=${STAGE}&source=website&tags=vip,eu&scoreMin=10&scoreMax=90&createdFrom=2024-01-01&createdTo=2024-02-01&hasOpenTasks=true&sort=score_desc&cols=score,name,email`,
    );
    expect(result.query).toMatchObject({
      q: 'acme',
      stageId: STAGE,
      source: 'website',
      tags: ['vip', 'eu'],
      scoreMin: 10,
      scoreMax: 90,
      createdFrom: new Date('2024-01-01T00:00:00Z'),
      createdTo: new Date('2024-02-01T00:00:00Z'),
      hasOpenTasks: true,
      sort: 'score_desc',
      limit: 50,
    });
    expect(result.params).toEqual({
      q: 'acme', stageId: STAGE, source: 'website', tags: 'vip,eu', scoreMin: '10', scoreMax: '90', createdFrom: '2024-01-01', createdTo: '2024-02-01', hasOpenTasks: 'true', sort: 'score_desc',
    });
    expect(result.filter).not.toHaveProperty('sort');
    expect(result.filter.hasOpenTasks).toBe('true');
    expect(result.columns).toEqual(['name', 'email', 'score']);
    expect(result.hasFilters).toBe(true);
  });

  it('drops each invalid value on its own and keeps the rest', () => {
    const result = state('?q=acme&stageId=not-a-uuid&scoreMin=500&scoreMax=abc&createdFrom=yesterday&hasOpenTasks=maybe&sort=random&limit=9999&cols=bogus');
    expect(result.params).toEqual({ q: 'acme' });
    expect(result.query).toMatchObject({ q: 'acme', sort: 'created_desc', limit: 50 });
    expect(result.query.stageId).toBeUndefined();
    expect(result.query.scoreMin).toBeUndefined();
    expect(result.columns).toEqual(DEFAULT_LEAD_COLUMNS);
  });

  it('keeps a cursor for the domain to judge, and has no filters on a bare URL', () => {
    const result = state('?cursor=abc');
    expect(result.query.cursor).toBe('abc');
    expect(result.params).toEqual({});
    expect(result.hasFilters).toBe(false);
    expect(result.isCursorMalformed).toBe(false);
    const tooLong = state(`?cursor=${'x'.repeat(2001)}`);
    expect(tooLong.query.cursor).toBeUndefined();
    expect(tooLong.isCursorMalformed).toBe(true);
  });
});

describe('leadListHref', () => {
  it('adds columns only when they differ from the default, and the cursor when given', () => {
    expect(leadListHref('/app/a/leads', {})).toBe('/app/a/leads');
    expect(leadListHref('/app/a/leads', { q: 'x y' }, { columns: DEFAULT_LEAD_COLUMNS })).toBe('/app/a/leads?q=x+y');
    expect(leadListHref('/app/a/leads', { sort: 'name_asc' }, { columns: ['name', 'score'], cursor: 'c1' })).toBe('/app/a/leads?sort=name_asc&cols=name%2Cscore&cursor=c1');
  });
});
