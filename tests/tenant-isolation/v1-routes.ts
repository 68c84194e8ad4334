import { POST as postFormSubmission } from '@/app/api/v1/forms/[formId]/submissions/route';
import { GET as getActivities, POST as postActivity } from '@/app/api/v1/leads/[leadId]/activities/route';
import { DELETE as deleteLead, GET as getLead, PATCH as patchLead } from '@/app/api/v1/leads/[leadId]/route';
import { GET as listLeads, POST as postLead } from '@/app/api/v1/leads/route';
import { GET as getOrg } from '@/app/api/v1/org/route';
import { GET as getTask, PATCH as patchTask } from '@/app/api/v1/tasks/[taskId]/route';
import { GET as listTasks, POST as postTask } from '@/app/api/v1/tasks/route';
import type { RouteHandler } from '@/tests/helpers/api-v1';
import type { TwoWorkspaces } from './fixtures';

/**
 * Every /api/v1 route, called with workspace B's API key while pointing at workspace A's objects.
 * `expectStatus` is what B must get: 404 for A's ids (never 403: existence is not revealed); for lists and
 * creates, an answer about B alone. Later features add their v1 routes here (a test checks none is missing).
 */
export type V1RouteCase = {
  /** "METHOD /path" as in the route files, e.g. "GET /leads/{leadId}". */
  route: string;
  handler: RouteHandler;
  path: (w: TwoWorkspaces) => string;
  params?: (w: TwoWorkspaces) => Record<string, string>;
  body?: (w: TwoWorkspaces) => unknown;
  expectStatus: number;
};

const lead = (w: TwoWorkspaces) => ({ leadId: w.a.lead.id });
const task = (w: TwoWorkspaces) => ({ taskId: w.a.task.id });

export const V1_ROUTES: V1RouteCase[] = [
  { route: 'GET /org', handler: getOrg, path: () => '/api/v1/org', expectStatus: 200 },
  { route: 'GET /leads', handler: listLeads, path: (w) => `/api/v1/leads?stageId=${w.a.stage.id}&q=Lead`, expectStatus: 200 },
  // A's lead's email in B is a new lead of B, never a dedupe onto A's row; A's stage is not B's.
  { route: 'POST /leads', handler: postLead, path: () => '/api/v1/leads', body: (w) => ({ name: 'Same email', email: w.a.lead.email }), expectStatus: 201 },
  { route: 'POST /leads', handler: postLead, path: () => '/api/v1/leads', body: (w) => ({ name: 'In A stage', stageId: w.a.stage.id }), expectStatus: 400 },
  { route: 'GET /leads/{leadId}', handler: getLead, path: (w) => `/api/v1/leads/${w.a.lead.id}`, params: lead, expectStatus: 404 },
  { route: 'PATCH /leads/{leadId}', handler: patchLead, path: (w) => `/api/v1/leads/${w.a.lead.id}`, params: lead, body: () => ({ name: 'Hijacked' }), expectStatus: 404 },
  { route: 'DELETE /leads/{leadId}', handler: deleteLead, path: (w) => `/api/v1/leads/${w.a.lead.id}`, params: lead, expectStatus: 404 },
  { route: 'GET /leads/{leadId}/activities', handler: getActivities, path: (w) => `/api/v1/leads/${w.a.lead.id}/activities`, params: lead, expectStatus: 404 },
  { route: 'POST /leads/{leadId}/activities', handler: postActivity, path: (w) => `/api/v1/leads/${w.a.lead.id}/activities`, params: lead, body: () => ({ type: 'note', body: 'Hijacked' }), expectStatus: 404 },
  { route: 'GET /tasks', handler: listTasks, path: (w) => `/api/v1/tasks?leadId=${w.a.lead.id}`, expectStatus: 200 },
  { route: 'POST /tasks', handler: postTask, path: () => '/api/v1/tasks', body: (w) => ({ title: 'Hijacked', leadId: w.a.lead.id }), expectStatus: 400 },
  { route: 'GET /tasks/{taskId}', handler: getTask, path: (w) => `/api/v1/tasks/${w.a.task.id}`, params: task, expectStatus: 404 },
  { route: 'PATCH /tasks/{taskId}', handler: patchTask, path: (w) => `/api/v1/tasks/${w.a.task.id}`, params: task, body: () => ({ status: 'cancelled' }), expectStatus: 404 },
  // Public: forms are addressed by id alone and a key changes nothing. Another kind of A's id is no form,
  // and a post to A's form files a new lead in A without touching or revealing A's other records.
  { route: 'POST /forms/{formId}/submissions', handler: postFormSubmission, path: (w) => `/api/v1/forms/${w.a.stage.id}/submissions`, params: (w) => ({ formId: w.a.stage.id }), body: (w) => ({ email: w.a.lead.email, name: 'Hijacked' }), expectStatus: 404 },
  { route: 'POST /forms/{formId}/submissions', handler: postFormSubmission, path: (w) => `/api/v1/forms/${w.a.form.id}/submissions`, params: (w) => ({ formId: w.a.form.id }), body: () => ({ email: 'visitor@example.test', name: 'Visitor' }), expectStatus: 200 },
];
