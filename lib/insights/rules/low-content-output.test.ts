import { describe, expect, it } from 'vitest';
import { evaluateLowContentOutput } from './low-content-output';

const now = new Date('2026-03-10T12:00:00Z');

describe('evaluateLowContentOutput', () => {
  it('stays quiet for a workspace that never made a post', () => {
    expect(evaluateLowContentOutput({ hasAnyPost: false, postsLast7Days: 0 }, { threshold: 3, now })).toBeNull();
  });

  it('fires below the weekly target and not at it', () => {
    expect(evaluateLowContentOutput({ hasAnyPost: true, postsLast7Days: 3 }, { threshold: 3, now })).toBeNull();
    const finding = evaluateLowContentOutput({ hasAnyPost: true, postsLast7Days: 2 }, { threshold: 3, now });
    expect(finding).toMatchObject({ type: 'low_content_output', confidence: 0.8, summary: 'Only 2 posts were created in the last 7 days, below the target of 3 a week.' });
    expect(finding!.evidence).toEqual({ items: [], numbers: { postsLast7Days: 2, threshold: 3 } });
  });

  it('words none and one', () => {
    expect(evaluateLowContentOutput({ hasAnyPost: true, postsLast7Days: 0 }, { threshold: 3, now })!.summary).toBe('No posts were created in the last 7 days, below the target of 3 a week.');
    expect(evaluateLowContentOutput({ hasAnyPost: true, postsLast7Days: 1 }, { threshold: 2, now })!.summary).toBe('Only 1 post was created in the last 7 days, below the target of 2 a week.');
  });
});
