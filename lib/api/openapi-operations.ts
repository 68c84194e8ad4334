import type { z } from 'zod';
import { listActivitiesQuerySchema } from '@/lib/leads/activity-schemas';
import { listLeadsQuerySchema } from '@/lib/leads/schemas';
import type { Permission } from '@/lib/orgs/permissions';
import { listTasksQuerySchema } from '@/lib/tasks/schemas';

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';

/** One documented endpoint; openapi.ts turns it into an Operation Object with the shared error responses. */
export type OperationSpec = {
  method: HttpMethod;
  /** Relative to the server URL (/api/v1), with {param} path templates. */
  path: string;
  operationId: string;
  tag: 'Organization' | 'Leads' | 'Activities' | 'Tasks' | 'Forms';
  summary: string;
  description?: string;
  /** The API key scope it needs; 'public' for endpoints that take no key (form submissions). */
  scope: Permission | 'public';
  query?: z.ZodType;
  /** A components.schemas name of the JSON request body. */
  body?: string;
  /** Media types the body may use besides JSON (plain HTML form posts). */
  formBodies?: boolean;
  /** Status → [description, components.schemas name or null for no body]. */
  responses: Record<number, [string, string | null]>;
};

const idempotentNote = 'Send an `Idempotency-Key` header to make a retry safe: the same key and body replay the first answer.';

export const OPERATIONS: OperationSpec[] = [
  {
    method: 'get', path: '/org', operationId: 'getOrganization', tag: 'Organization', scope: 'org.read',
    summary: 'Get the workspace of the API key',
    description: 'A cheap way to check a key works: the workspace it belongs to and the key’s scopes.',
    responses: { 200: ['The workspace.', 'Organization'] },
  },
  {
    method: 'get', path: '/leads', operationId: 'listLeads', tag: 'Leads', scope: 'leads.read',
    summary: 'List leads',
    description: 'Leads matching every filter given, in the chosen sort. Pass `nextCursor` back as `cursor` for the next page (keep the same sort).',
    query: listLeadsQuerySchema,
    responses: { 200: ['A page of leads.', 'LeadPage'] },
  },
  {
    method: 'post', path: '/leads', operationId: 'createLead', tag: 'Leads', scope: 'leads.write',
    summary: 'Create a lead',
    description: `Leads are unique by email within a workspace: when the email already exists, that lead is updated instead (fields sent win, tags are merged) and the answer is 200 with \`created: false\`. ${idempotentNote}`,
    body: 'CreateLeadInput',
    responses: { 201: ['The lead was created.', 'CreateLeadResult'], 200: ['A lead with this email existed and was updated.', 'CreateLeadResult'] },
  },
  {
    method: 'get', path: '/leads/{leadId}', operationId: 'getLead', tag: 'Leads', scope: 'leads.read',
    summary: 'Get a lead',
    responses: { 200: ['The lead, with its stage and owner names.', 'LeadDetail'] },
  },
  {
    method: 'patch', path: '/leads/{leadId}', operationId: 'updateLead', tag: 'Leads', scope: 'leads.write',
    summary: 'Update a lead',
    description: 'Only the fields sent change. `null` (or an empty string) clears a field; a custom field set to `null` is removed. A stage change is recorded on the lead’s timeline.',
    body: 'UpdateLeadInput',
    responses: { 200: ['The updated lead.', 'Lead'] },
  },
  {
    method: 'delete', path: '/leads/{leadId}', operationId: 'deleteLead', tag: 'Leads', scope: 'leads.write',
    summary: 'Delete a lead',
    description: 'Deletes the lead and its timeline. Tasks linked to it are kept and unlinked.',
    responses: { 204: ['The lead was deleted.', null] },
  },
  {
    method: 'get', path: '/leads/{leadId}/activities', operationId: 'listActivities', tag: 'Activities', scope: 'leads.read',
    summary: 'List a lead’s activities',
    description: 'The lead’s timeline, newest first. Pass `nextCursor` back as `cursor` for the next page.',
    query: listActivitiesQuerySchema,
    responses: { 200: ['A page of activities.', 'ActivityPage'] },
  },
  {
    method: 'post', path: '/leads/{leadId}/activities', operationId: 'createActivity', tag: 'Activities', scope: 'leads.write',
    summary: 'Record an activity',
    description: `Adds a note, call, email, form submission or meeting to the lead’s timeline and rescores the lead. ${idempotentNote}`,
    body: 'CreateActivityInput',
    responses: { 201: ['The recorded activity.', 'Activity'] },
  },
  {
    method: 'get', path: '/tasks', operationId: 'listTasks', tag: 'Tasks', scope: 'tasks.read',
    summary: 'List tasks',
    description: 'Tasks newest first. Pass `nextCursor` back as `cursor` for the next page.',
    query: listTasksQuerySchema,
    responses: { 200: ['A page of tasks.', 'TaskPage'] },
  },
  {
    method: 'post', path: '/tasks', operationId: 'createTask', tag: 'Tasks', scope: 'tasks.write',
    summary: 'Create a task',
    description: `A task linked to a lead also lands on the lead’s timeline. ${idempotentNote}`,
    body: 'CreateTaskInput',
    responses: { 201: ['The created task.', 'Task'] },
  },
  {
    method: 'get', path: '/tasks/{taskId}', operationId: 'getTask', tag: 'Tasks', scope: 'tasks.read',
    summary: 'Get a task',
    responses: { 200: ['The task.', 'Task'] },
  },
  {
    method: 'patch', path: '/tasks/{taskId}', operationId: 'updateTask', tag: 'Tasks', scope: 'tasks.write',
    summary: 'Update a task',
    description: 'Only the fields sent change; `null` clears a field. Setting `status` to `completed` stamps `completedAt` (and records it on the linked lead’s timeline); any other status clears it.',
    body: 'UpdateTaskInput',
    responses: { 200: ['The updated task.', 'Task'] },
  },
  {
    method: 'post', path: '/forms/{formId}/submissions', operationId: 'submitForm', tag: 'Forms', scope: 'public',
    summary: 'Submit a lead form',
    description: [
      'Public: no API key. Any site may post here (CORS allows every origin, never credentials); the hosted form page, embeds and plain HTML `<form>`s use it.',
      'The body holds the form’s fields by key (`email` always; `name`, `company`, `phone`, `message`, `custom:<key>` as the form asks) as JSON, URL-encoded or multipart form data, up to 32 KB. The email is the lead’s key: a known email updates that lead.',
      'Every accepted submission answers **200** with the same body, whether it created a lead, updated one or was dropped as spam (a filled `website` honeypot, or `_started` under 2.5 s ago), so the answer gives nothing away. A URL-encoded or multipart post that accepts `text/html` is answered with a **303** to the form’s redirect URL or its thank-you page instead.',
      'Limits: 10 submissions a minute per visitor address and form, 300 a minute per form.',
    ].join('\n\n'),
    body: 'FormSubmissionInput',
    formBodies: true,
    responses: { 200: ['Accepted (a new lead, an updated lead or silently dropped spam).', 'FormSubmissionResult'], 303: ['Accepted; a plain HTML form post is sent on to the next page.', null] },
  },
];

/** Descriptions of query parameters the schemas cannot say themselves. */
export const QUERY_PARAM_DESCRIPTIONS: Record<string, string> = {
  q: 'Text search over name, email, company and phone (fragments match).',
  tags: 'Comma-separated tags; a lead must have all of them.',
  scoreMin: 'Lowest score, 0–100.',
  scoreMax: 'Highest score, 0–100.',
  createdFrom: 'Created at or after this time (ISO 8601).',
  createdTo: 'Created before this time (ISO 8601).',
  hasOpenTasks: '`true`: only leads with a pending or in-progress task; `false`: only leads without one.',
  status: 'Comma-separated statuses, e.g. `pending,in_progress`.',
  cursor: 'The `nextCursor` of the previous page.',
  limit: 'Page size.',
};
