import { describe, expect, it } from 'vitest';
import { scoreLead, type ScoreInput } from './score';

const NOW = new Date('2026-11-23T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const points = (result: ReturnType<typeof scoreLead>, factor: string) => result.reasons.find((r) => r.factor === factor)?.points;

describe('scoreLead', () => {
  it('scores an empty lead 0 with no reasons', () => {
    expect(scoreLead({ lead: {}, activities: [] }, NOW)).toEqual({ score: 0, reasons: [] });
  });

  it('keeps the original heuristic: priority +20, company +10, activities +15, known source +5', () => {
    const input: ScoreInput = { lead: { priority: 'high', company: 'Acme', source: 'referral', email: 'a@gmail.com' }, activities: [{ type: 'task_created', occurredAt: NOW }] };
    const result = scoreLead(input, NOW);
    expect(points(result, 'priority')).toBe(20);
    expect(points(result, 'company')).toBe(10);
    expect(points(result, 'source')).toBe(5);
    expect(points(result, 'activity')).toBe(15);
    expect(result.score).toBe(50);
  });

  it('rewards fit: decision-maker titles, business email domains and company size', () => {
    const result = scoreLead({ lead: { title: 'Head of Growth', email: 'sam@northwind.example', companySize: 40 }, activities: [] }, NOW);
    expect(points(result, 'title')).toBe(10);
    expect(points(result, 'email_domain')).toBe(10);
    expect(points(result, 'company_size')).toBe(10);
    expect(scoreLead({ lead: { title: 'Intern' }, activities: [] }, NOW).reasons[0]?.points).toBe(3);
    expect(points(scoreLead({ lead: { email: 'sam@GMAIL.com' }, activities: [] }, NOW), 'email_domain')).toBeUndefined();
  });

  it('halves engagement every half-life', () => {
    const fresh = scoreLead({ lead: {}, activities: [{ type: 'meeting', occurredAt: NOW }] }, NOW);
    const older = scoreLead({ lead: {}, activities: [{ type: 'meeting', occurredAt: daysAgo(14) }] }, NOW);
    const oldest = scoreLead({ lead: {}, activities: [{ type: 'meeting', occurredAt: daysAgo(28) }] }, NOW);
    expect(points(fresh, 'engagement.meeting')).toBe(12);
    expect(points(older, 'engagement.meeting')).toBe(6);
    expect(points(oldest, 'engagement.meeting')).toBe(3);
    expect(scoreLead({ lead: {}, activities: [{ type: 'meeting', occurredAt: daysAgo(14) }] }, NOW, { halfLifeDays: 7, engagementCap: 45 }).reasons.at(-1)?.points).toBe(3);
  });

  it('caps engagement and the total, and every point has a reason', () => {
    const activities = Array.from({ length: 40 }, () => ({ type: 'form_submitted' as const, occurredAt: NOW }));
    const lead: ScoreInput['lead'] = { priority: 'high', company: 'Acme', source: 'web', title: 'CEO', email: 'ceo@acme.example', companySize: 50 };
    const result = scoreLead({ lead, activities }, NOW);
    const engagement = result.reasons.filter((r) => r.factor === 'activity' || r.factor.startsWith('engagement.'));
    expect(engagement.reduce((sum, r) => sum + r.points, 0)).toBe(45);
    expect(result.score).toBe(100);
    expect(result.reasons.every((r) => r.label.length > 0 && r.points > 0)).toBe(true);
  });
});
