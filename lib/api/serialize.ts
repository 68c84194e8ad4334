import type { Activity, Lead, Task } from '@/db/schema';
import type { ApiActivity, ApiLead, ApiLeadDetail, ApiTask } from './schemas';

// Rows → the documented JSON shapes: internal columns (org_id) stay out, dates become ISO 8601 strings.
const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

export function toApiLead(lead: Lead): ApiLead {
  return {
    id: lead.id,
    name: lead.name,
    email: lead.email,
    company: lead.company,
    phone: lead.phone,
    title: lead.title,
    source: lead.source,
    stageId: lead.stageId,
    ownerId: lead.ownerId,
    tags: lead.tags,
    priority: lead.priority,
    valueCents: lead.valueCents,
    currency: lead.currency,
    customFields: lead.customFields,
    score: lead.score,
    scoreReasons: lead.scoreReasons,
    lastActivityAt: isoOrNull(lead.lastActivityAt),
    createdAt: iso(lead.createdAt),
    updatedAt: iso(lead.updatedAt),
  };
}

export function toApiLeadDetail(lead: Lead & { stageName: string | null; ownerName: string | null; ownerEmail: string | null }): ApiLeadDetail {
  return { ...toApiLead(lead), stageName: lead.stageName, ownerName: lead.ownerName, ownerEmail: lead.ownerEmail };
}

export function toApiActivity(activity: Activity & { actorName?: string | null }): ApiActivity {
  return {
    id: activity.id,
    leadId: activity.leadId,
    type: activity.type,
    actorType: activity.actorType,
    actorUserId: activity.actorUserId,
    actorName: activity.actorName ?? null,
    body: activity.body,
    data: activity.data,
    occurredAt: iso(activity.occurredAt),
    createdAt: iso(activity.createdAt),
  };
}

export function toApiTask(task: Task): ApiTask {
  return {
    id: task.id,
    title: task.title,
    notes: task.notes,
    dueAt: isoOrNull(task.dueAt),
    assigneeId: task.assigneeId,
    leadId: task.leadId,
    status: task.status,
    source: task.source,
    createdById: task.createdById,
    completedAt: isoOrNull(task.completedAt),
    createdAt: iso(task.createdAt),
    updatedAt: iso(task.updatedAt),
  };
}
