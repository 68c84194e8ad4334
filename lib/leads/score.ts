/**
 * The explainable lead score: a pure function of a lead and its activities that returns a 0–100 score
 * and every factor that produced it. Fit factors describe who the lead is; engagement factors describe
 * what they did, and lose half their weight every `halfLifeDays` so a lead that went quiet cools down.
 */

export type ScoreActivityType =
  | 'note' | 'call' | 'email_sent' | 'email_opened' | 'form_submitted' | 'meeting' | 'stage_changed' | 'task_created' | 'task_completed';

export type ScoreInput = {
  lead: {
    email?: string | null;
    company?: string | null;
    title?: string | null;
    source?: string | null;
    priority?: 'low' | 'normal' | 'high' | null;
    companySize?: number | null;
  };
  activities: { type: ScoreActivityType; occurredAt: Date }[];
};

export type ScoreConfig = { halfLifeDays: number; engagementCap: number };
export const DEFAULT_SCORE_CONFIG: ScoreConfig = { halfLifeDays: 14, engagementCap: 45 };

export type ScoreReason = { factor: string; label: string; points: number };
export type LeadScore = { score: number; reasons: ScoreReason[] };

const FREE_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'live.com', 'msn.com', 'icloud.com',
  'me.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.net', 'mail.com', 'yandex.com', 'zoho.com',
]);
const SENIOR_TITLE = /\b(founder|co-founder|owner|ceo|cto|coo|cfo|cmo|chief|president|partner|vp|vice president|head|director)\b/i;

// What one activity is worth on the day it happens, before decay. Things a lead does outweigh things done to them.
const ACTIVITY_POINTS: Record<ScoreActivityType, number> = {
  form_submitted: 12, meeting: 12, call: 6, email_opened: 3, email_sent: 1, note: 1, stage_changed: 2, task_created: 0, task_completed: 1,
};

function fitReasons(lead: ScoreInput['lead']): ScoreReason[] {
  const reasons: ScoreReason[] = [];
  if (lead.priority === 'high') reasons.push({ factor: 'priority', label: 'Marked high priority', points: 20 });
  if (lead.company?.trim()) reasons.push({ factor: 'company', label: 'Has a company', points: 10 });
  if (lead.source?.trim() && lead.source !== 'unknown') reasons.push({ factor: 'source', label: `Known source (${lead.source})`, points: 5 });
  if (lead.title?.trim()) {
    const senior = SENIOR_TITLE.test(lead.title);
    reasons.push({ factor: 'title', label: senior ? `Decision-maker title (${lead.title})` : `Has a job title (${lead.title})`, points: senior ? 10 : 3 });
  }
  const domain = lead.email?.split('@')[1]?.toLowerCase();
  if (domain && !FREE_MAIL_DOMAINS.has(domain)) reasons.push({ factor: 'email_domain', label: `Business email (${domain})`, points: 10 });
  if (lead.companySize != null && lead.companySize > 0) {
    const points = lead.companySize <= 10 ? 3 : lead.companySize <= 200 ? 10 : 6;
    reasons.push({ factor: 'company_size', label: `Company of ${lead.companySize} people`, points });
  }
  return reasons;
}

function engagementReasons(activities: ScoreInput['activities'], now: Date, config: ScoreConfig): ScoreReason[] {
  if (activities.length === 0) return [];
  const reasons: ScoreReason[] = [{ factor: 'activity', label: 'Has activity on record', points: 15 }];
  const byType = new Map<ScoreActivityType, { count: number; points: number }>();
  for (const activity of activities) {
    const ageDays = Math.max(0, (now.getTime() - activity.occurredAt.getTime()) / 86_400_000);
    const decayed = ACTIVITY_POINTS[activity.type] * 0.5 ** (ageDays / config.halfLifeDays);
    const entry = byType.get(activity.type) ?? { count: 0, points: 0 };
    byType.set(activity.type, { count: entry.count + 1, points: entry.points + decayed });
  }
  let remaining = config.engagementCap - 15;
  for (const [type, { count, points }] of [...byType].sort((a, b) => b[1].points - a[1].points)) {
    const rounded = Math.min(remaining, Math.round(points));
    if (rounded <= 0) continue;
    remaining -= rounded;
    reasons.push({ factor: `engagement.${type}`, label: `${count} × ${type.replace('_', ' ')} (recent ones count most)`, points: rounded });
  }
  return reasons;
}

export function scoreLead(input: ScoreInput, now = new Date(), config: ScoreConfig = DEFAULT_SCORE_CONFIG): LeadScore {
  const reasons = [...fitReasons(input.lead), ...engagementReasons(input.activities, now, config)];
  const total = reasons.reduce((sum, reason) => sum + reason.points, 0);
  return { score: Math.max(0, Math.min(100, total)), reasons };
}
