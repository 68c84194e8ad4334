import { describe, expect, it } from 'vitest';
import type { PipelineStagesSnapshot } from '../snapshot/types';
import { evaluatePipelineStuck } from './pipeline-stuck';

const now = new Date('2026-03-10T12:00:00Z');
const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000);
const stage = (id: string, overrides: Partial<PipelineStagesSnapshot['stages'][number]> = {}) => ({
  id, name: `Stage ${id}`, isWon: false, isLost: false, leadCount: 4, lastMovedAt: daysBefore(20), ...overrides,
});

describe('evaluatePipelineStuck', () => {
  it('reports open stages whose newest arrival is at least the threshold old', () => {
    const finding = evaluatePipelineStuck({ stages: [stage('a'), stage('b', { lastMovedAt: daysBefore(14), leadCount: 1 }), stage('c', { lastMovedAt: daysBefore(13) })] }, { threshold: 14, now });
    expect(finding).toMatchObject({ type: 'pipeline_stuck', confidence: 0.7, summary: '2 pipeline stages with 5 leads have had no lead move for 14+ days.' });
    expect(finding!.evidence.items).toEqual([
      { kind: 'stage', id: 'a', label: 'Stage a', detail: '4 leads, none moved for 20 days' },
      { kind: 'stage', id: 'b', label: 'Stage b', detail: '1 lead, none moved for 14 days' },
    ]);
    expect(finding!.evidence.numbers).toEqual({ stuckStages: 2, leadsInStuckStages: 5, thresholdDays: 14 });
  });

  it('ignores won and lost stages and empty ones', () => {
    const stages = [stage('won', { isWon: true }), stage('lost', { isLost: true }), stage('empty', { leadCount: 0, lastMovedAt: null })];
    expect(evaluatePipelineStuck({ stages }, { threshold: 14, now })).toBeNull();
  });

  it('words a single stuck stage', () => {
    expect(evaluatePipelineStuck({ stages: [stage('a', { leadCount: 1 })] }, { threshold: 7, now })!.summary).toBe('1 pipeline stage with 1 lead has had no lead move for 7+ days.');
  });
});
