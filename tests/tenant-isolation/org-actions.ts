import { randomUUID } from 'node:crypto';
import { createApiKeyAction } from '@/lib/actions/api-keys/create-api-key';
import { revokeApiKeyAction } from '@/lib/actions/api-keys/revoke-api-key';
import { changeMemberRoleAction } from '@/lib/actions/orgs/change-member-role';
import { createInviteAction } from '@/lib/actions/orgs/create-invite';
import { deleteOrgAction } from '@/lib/actions/orgs/delete-org';
import { leaveOrgAction } from '@/lib/actions/orgs/leave-org';
import { removeMemberAction } from '@/lib/actions/orgs/remove-member';
import { renameOrgAction } from '@/lib/actions/orgs/rename-org';
import { resendInviteAction } from '@/lib/actions/orgs/resend-invite';
import { revokeInviteAction } from '@/lib/actions/orgs/revoke-invite';
import { transferOwnershipAction } from '@/lib/actions/orgs/transfer-ownership';
import { bulkUpdateLeadsAction } from '@/lib/actions/leads/bulk-update-leads';
import { createLeadAction } from '@/lib/actions/leads/create-lead';
import { deleteSavedViewAction } from '@/lib/actions/leads/delete-saved-view';
import { saveViewAction } from '@/lib/actions/leads/save-view';
import { changeLeadStageAction } from '@/lib/actions/leads/change-lead-stage';
import { createStageAction } from '@/lib/actions/leads/create-stage';
import { deleteStageAction } from '@/lib/actions/leads/delete-stage';
import { reorderStagesAction } from '@/lib/actions/leads/reorder-stages';
import { updateStageAction } from '@/lib/actions/leads/update-stage';
import { deleteTaskAction } from '@/lib/actions/tasks/delete-task';
import { addNoteAction } from '@/lib/actions/leads/add-note';
import { createCustomFieldAction } from '@/lib/actions/leads/create-custom-field';
import { deleteCustomFieldAction } from '@/lib/actions/leads/delete-custom-field';
import { deleteLeadAction } from '@/lib/actions/leads/delete-lead';
import { logCallAction } from '@/lib/actions/leads/log-call';
import { mergeLeadsAction } from '@/lib/actions/leads/merge-leads';
import { scheduleMeetingAction } from '@/lib/actions/leads/schedule-meeting';
import { updateCustomFieldAction } from '@/lib/actions/leads/update-custom-field';
import { updateLeadAction } from '@/lib/actions/leads/update-lead';
import { updateScoreSettingsAction } from '@/lib/actions/leads/update-score-settings';
import { createTaskAction } from '@/lib/actions/tasks/create-task';
import { updateTaskAction } from '@/lib/actions/tasks/update-task';
import { createFormAction } from '@/lib/actions/forms/create-form';
import { deleteFormAction } from '@/lib/actions/forms/delete-form';
import { listFormSubmissionsAction } from '@/lib/actions/forms/list-form-submissions';
import { updateFormAction } from '@/lib/actions/forms/update-form';
import { markNotificationsReadAction } from '@/lib/actions/notifications/mark-notifications-read';
import { updateLeadRoutingAction } from '@/lib/actions/leads/update-lead-routing';
import { acceptInsightAction } from '@/lib/actions/insights/accept-insight';
import { dismissInsightAction } from '@/lib/actions/insights/dismiss-insight';
import { getInsightScanStatusAction } from '@/lib/actions/insights/get-insight-scan-status';
import { listInsightsAction } from '@/lib/actions/insights/list-insights';
import { reopenInsightAction } from '@/lib/actions/insights/reopen-insight';
import { requestInsightScanAction } from '@/lib/actions/insights/request-insight-scan';
import { updateInsightRuleSettingAction } from '@/lib/actions/insights/update-insight-rule-setting';
import { generateStrategyAction } from '@/lib/actions/marketing/strategy/generate-strategy';
import { saveStrategyAction } from '@/lib/actions/marketing/strategy/save-strategy';
import { activateStrategyAction } from '@/lib/actions/marketing/strategy/activate-strategy';
import { listPostsAction } from '@/lib/actions/marketing/content/list-posts';
import { updatePostAction } from '@/lib/actions/marketing/content/update-post';
import { deletePostAction } from '@/lib/actions/marketing/content/delete-post';
import { regeneratePostAction } from '@/lib/actions/marketing/content/regenerate-post';
import { improvePostAction } from '@/lib/actions/marketing/content/improve-post';
import { approveReplyDraftAction } from '@/lib/actions/leads/reply-drafts/approve-reply-draft';
import { discardReplyDraftAction } from '@/lib/actions/leads/reply-drafts/discard-reply-draft';
import { regenerateReplyDraftAction } from '@/lib/actions/leads/reply-drafts/regenerate-reply-draft';
import { resolveReplyDraftAction } from '@/lib/actions/leads/reply-drafts/resolve-reply-draft';
import { saveReplyDraftAction } from '@/lib/actions/leads/reply-drafts/save-reply-draft';
import { createThreadAction } from '@/lib/actions/assistant/create-thread';
import { deleteThreadAction } from '@/lib/actions/assistant/delete-thread';
import { renameThreadAction } from '@/lib/actions/assistant/rename-thread';
import { listThreadsAction } from '@/lib/actions/assistant/list-threads';
import { updateBusinessProfileAction } from '@/lib/actions/settings/update-business-profile';
import { describeLeadsAction } from '@/lib/actions/assistant/describe-leads';
import type { OrgRole } from '@/db/schema';
import type { IsolationWorkspaces } from './fixtures';

type AnyAction = (input: never) => Promise<{ serverError?: string; validationErrors?: unknown; data?: unknown }>;

/**
 * Every org-scoped server action, with: the least role that may run it, a valid input that points at
 * workspace A's objects, and an invalid one. Later features add their actions here.
 */
export type OrgActionCase = {
  name: string;
  action: AnyAction;
  minimumRole: OrgRole;
  input: (w: IsolationWorkspaces) => Record<string, unknown>;
  badInput?: Record<string, unknown>;
};

// A complete lead form as the editor sends it; `fields` may name workspace A's custom field.
const formInput = (w: IsolationWorkspaces) => ({
  name: 'Demo request', title: 'Book a demo', description: '', submitLabel: 'Book', successMessage: 'Thanks!', redirectUrl: 'https://example.test/thanks',
  notifyEmails: ['sales@example.test'], tags: ['demo'], isActive: true,
  fields: [{ key: 'email', label: 'Email', required: true }, { key: `custom:${w.a.field.key}`, label: 'Budget', required: false }],
});
const badFormInput = { name: '', title: 'T', description: '', submitLabel: 'Send', successMessage: 'x', redirectUrl: 'javascript:alert(1)', notifyEmails: ['nope'], tags: [], isActive: true, fields: [{ key: 'name', label: 'Name', required: true }] };

export const ORG_ACTIONS: OrgActionCase[] = [
  { name: 'rename-org', action: renameOrgAction as AnyAction, minimumRole: 'admin', input: () => ({ name: 'Renamed' }), badInput: { name: '' } },
  { name: 'delete-org', action: deleteOrgAction as AnyAction, minimumRole: 'owner', input: (w) => ({ confirmSlug: w.a.org.slug }), badInput: { confirmSlug: 42 } },
  { name: 'create-invite', action: createInviteAction as AnyAction, minimumRole: 'admin', input: () => ({ email: 'new@example.test', role: 'member' }), badInput: { email: 'not-an-email', role: 'member' } },
  { name: 'resend-invite', action: resendInviteAction as AnyAction, minimumRole: 'admin', input: (w) => ({ inviteId: w.a.invite.id }), badInput: { inviteId: 'nope' } },
  { name: 'revoke-invite', action: revokeInviteAction as AnyAction, minimumRole: 'admin', input: (w) => ({ inviteId: w.a.invite.id }), badInput: { inviteId: 'nope' } },
  { name: 'change-member-role', action: changeMemberRoleAction as AnyAction, minimumRole: 'admin', input: (w) => ({ memberId: w.a.memberMembership.id, role: 'admin' }), badInput: { memberId: randomUUID(), role: 'emperor' } },
  { name: 'remove-member', action: removeMemberAction as AnyAction, minimumRole: 'admin', input: (w) => ({ memberId: w.a.memberMembership.id }), badInput: { memberId: 'nope' } },
  { name: 'transfer-ownership', action: transferOwnershipAction as AnyAction, minimumRole: 'owner', input: (w) => ({ memberId: w.a.adminMembership.id }), badInput: { memberId: 'nope' } },
  { name: 'leave-org', action: leaveOrgAction as AnyAction, minimumRole: 'member', input: () => ({}) },
  { name: 'create-api-key', action: createApiKeyAction as AnyAction, minimumRole: 'admin', input: () => ({ name: 'k', scopes: ['org.read'] }), badInput: { name: '', scopes: [] } },
  { name: 'revoke-api-key', action: revokeApiKeyAction as AnyAction, minimumRole: 'admin', input: (w) => ({ keyId: w.a.apiKey.id }), badInput: { keyId: 'nope' } },
  { name: 'create-lead', action: createLeadAction as AnyAction, minimumRole: 'member', input: (w) => ({ name: 'New lead', stageId: w.a.stage.id, ownerId: w.a.member.id }), badInput: { name: '' } },
  { name: 'bulk-update-leads', action: bulkUpdateLeadsAction as AnyAction, minimumRole: 'member', input: (w) => ({ selection: { ids: [w.a.lead.id, w.a.secondLead.id] }, operation: { type: 'delete' } }), badInput: { selection: { ids: [] }, operation: { type: 'delete' } } },
  { name: 'save-view', action: saveViewAction as AnyAction, minimumRole: 'member', input: (w) => ({ name: 'Mine', query: { stageId: w.a.stage.id } }), badInput: { name: '', query: { scoreMin: '500' } } },
  { name: 'delete-saved-view', action: deleteSavedViewAction as AnyAction, minimumRole: 'member', input: (w) => ({ viewId: w.a.view.id }), badInput: { viewId: 'nope' } },
  { name: 'change-lead-stage', action: changeLeadStageAction as AnyAction, minimumRole: 'member', input: (w) => ({ leadId: w.a.lead.id, stageId: w.a.otherStage.id }), badInput: { leadId: 'nope', stageId: null } },
  { name: 'create-stage', action: createStageAction as AnyAction, minimumRole: 'admin', input: () => ({ name: 'Negotiation' }), badInput: { name: '' } },
  { name: 'update-stage', action: updateStageAction as AnyAction, minimumRole: 'admin', input: (w) => ({ stageId: w.a.stage.id, name: 'Renamed' }), badInput: { stageId: 'nope', name: '' } },
  { name: 'reorder-stages', action: reorderStagesAction as AnyAction, minimumRole: 'admin', input: (w) => ({ stageIds: [w.a.otherStage.id, w.a.stage.id] }), badInput: { stageIds: [] } },
  { name: 'delete-stage', action: deleteStageAction as AnyAction, minimumRole: 'admin', input: (w) => ({ stageId: w.a.stage.id, moveToStageId: w.a.otherStage.id }), badInput: { stageId: 'nope' } },
  { name: 'delete-task', action: deleteTaskAction as AnyAction, minimumRole: 'member', input: (w) => ({ taskId: w.a.task.id }), badInput: { taskId: 'nope' } },
  { name: 'update-lead', action: updateLeadAction as AnyAction, minimumRole: 'member', input: (w) => ({ leadId: w.a.lead.id, patch: { name: 'Renamed lead', stageId: w.a.otherStage.id } }), badInput: { leadId: 'nope', patch: { email: 'not-an-email' } } },
  { name: 'delete-lead', action: deleteLeadAction as AnyAction, minimumRole: 'member', input: (w) => ({ leadId: w.a.lead.id }), badInput: { leadId: 'nope' } },
  { name: 'add-note', action: addNoteAction as AnyAction, minimumRole: 'member', input: (w) => ({ leadId: w.a.lead.id, body: 'A note' }), badInput: { leadId: 'nope', body: '' } },
  { name: 'log-call', action: logCallAction as AnyAction, minimumRole: 'member', input: (w) => ({ leadId: w.a.lead.id, outcome: 'connected', durationMinutes: 5 }), badInput: { leadId: 'nope', outcome: 'shouted' } },
  { name: 'schedule-meeting', action: scheduleMeetingAction as AnyAction, minimumRole: 'member', input: (w) => ({ leadId: w.a.lead.id, title: 'Demo', startsAt: new Date('2030-01-01T10:00:00Z'), endsAt: new Date('2030-01-01T10:30:00Z') }), badInput: { leadId: 'nope', title: '', startsAt: 'x', endsAt: 'y' } },
  { name: 'merge-leads', action: mergeLeadsAction as AnyAction, minimumRole: 'member', input: (w) => ({ primaryId: w.a.lead.id, secondaryId: w.a.secondLead.id, pick: { name: 'secondary' } }), badInput: { primaryId: 'nope', secondaryId: 'nope' } },
  { name: 'create-task', action: createTaskAction as AnyAction, minimumRole: 'member', input: (w) => ({ title: 'Follow up', leadId: w.a.lead.id, assigneeId: w.a.member.id }), badInput: { title: '' } },
  { name: 'update-task', action: updateTaskAction as AnyAction, minimumRole: 'member', input: (w) => ({ taskId: w.a.task.id, patch: { status: 'completed' } }), badInput: { taskId: 'nope', patch: { status: 'done' } } },
  { name: 'create-custom-field', action: createCustomFieldAction as AnyAction, minimumRole: 'admin', input: () => ({ label: 'Industry', type: 'select', options: ['SaaS'] }), badInput: { label: '', type: 'colour' } },
  { name: 'update-custom-field', action: updateCustomFieldAction as AnyAction, minimumRole: 'admin', input: (w) => ({ fieldId: w.a.field.id, label: 'Annual budget' }), badInput: { fieldId: 'nope', label: '' } },
  { name: 'delete-custom-field', action: deleteCustomFieldAction as AnyAction, minimumRole: 'admin', input: (w) => ({ fieldId: w.a.field.id }), badInput: { fieldId: 'nope' } },
  { name: 'update-score-settings', action: updateScoreSettingsAction as AnyAction, minimumRole: 'admin', input: () => ({ halfLifeDays: 30 }), badInput: { halfLifeDays: 0 } },
  { name: 'create-form', action: createFormAction as AnyAction, minimumRole: 'admin', input: formInput, badInput: badFormInput },
  { name: 'update-form', action: updateFormAction as AnyAction, minimumRole: 'admin', input: (w) => ({ formId: w.a.form.id, ...formInput(w) }), badInput: { formId: 'nope', ...badFormInput } },
  { name: 'delete-form', action: deleteFormAction as AnyAction, minimumRole: 'admin', input: (w) => ({ formId: w.a.form.id }), badInput: { formId: 'nope' } },
  { name: 'list-form-submissions', action: listFormSubmissionsAction as AnyAction, minimumRole: 'member', input: (w) => ({ formId: w.a.form.id }), badInput: { formId: 'nope', limit: 5000 } },
  { name: 'mark-notifications-read', action: markNotificationsReadAction as AnyAction, minimumRole: 'member', input: () => ({ all: true }), badInput: { ids: ['nope'] } },
  { name: 'update-lead-routing', action: updateLeadRoutingAction as AnyAction, minimumRole: 'admin', input: (w) => ({ mode: 'fixed', fixedOwnerId: w.a.member.id, timeZone: 'Europe/Berlin', startHour: 8, endHour: 16, workDays: [1, 2, 3] }), badInput: { mode: 'fixed', timeZone: 'Mars/Base', startHour: 17, endHour: 9, workDays: [] } },
  { name: 'list-insights', action: listInsightsAction as AnyAction, minimumRole: 'member', input: () => ({ status: 'open' }), badInput: { status: 'closed', limit: 5000 } },
  { name: 'accept-insight', action: acceptInsightAction as AnyAction, minimumRole: 'member', input: (w) => ({ insightId: w.a.insight.id }), badInput: { insightId: 'nope' } },
  { name: 'dismiss-insight', action: dismissInsightAction as AnyAction, minimumRole: 'member', input: (w) => ({ insightId: w.a.insight.id }), badInput: { insightId: 'nope' } },
  { name: 'reopen-insight', action: reopenInsightAction as AnyAction, minimumRole: 'member', input: (w) => ({ insightId: w.a.insight.id }), badInput: { insightId: 'nope' } },
  { name: 'update-insight-rule-setting', action: updateInsightRuleSettingAction as AnyAction, minimumRole: 'admin', input: (w) => ({ rule: w.a.ruleSetting.rule, enabled: false, threshold: 30 }), badInput: { rule: 'stale_leads', enabled: true, threshold: 0 } },
  { name: 'request-insight-scan', action: requestInsightScanAction as AnyAction, minimumRole: 'member', input: () => ({}) },
  { name: 'get-insight-scan-status', action: getInsightScanStatusAction as AnyAction, minimumRole: 'member', input: () => ({}) },
  // AI objects: every id below is one of workspace A's real rows (createIsolationWorkspaces).
  { name: 'generate-strategy', action: generateStrategyAction as AnyAction, minimumRole: 'member', input: () => ({}) },
  { name: 'save-strategy', action: saveStrategyAction as AnyAction, minimumRole: 'member', input: (w) => ({ plan: w.a.strategy.plan }), badInput: { plan: { summary: '' } } },
  { name: 'activate-strategy', action: activateStrategyAction as AnyAction, minimumRole: 'member', input: (w) => ({ strategyId: w.a.olderStrategy.id }), badInput: { strategyId: 'nope' } },
  { name: 'list-posts', action: listPostsAction as AnyAction, minimumRole: 'member', input: () => ({ platform: 'linkedin' }), badInput: { platform: 'myspace', limit: 5000 } },
  { name: 'update-post', action: updatePostAction as AnyAction, minimumRole: 'member', input: (w) => ({ postId: w.a.post.id, body: 'Edited', hashtags: [] }), badInput: { postId: 'nope', body: '' } },
  { name: 'delete-post', action: deletePostAction as AnyAction, minimumRole: 'member', input: (w) => ({ postId: w.a.post.id }), badInput: { postId: 'nope' } },
  { name: 'regenerate-post', action: regeneratePostAction as AnyAction, minimumRole: 'member', input: (w) => ({ postId: w.a.post.id }), badInput: { postId: 'nope' } },
  { name: 'improve-post', action: improvePostAction as AnyAction, minimumRole: 'member', input: (w) => ({ postId: w.a.post.id, feedback: 'Shorter' }), badInput: { postId: 'nope', feedback: '' } },
  { name: 'approve-reply-draft', action: approveReplyDraftAction as AnyAction, minimumRole: 'member', input: (w) => ({ draftId: w.a.replyDraft.id, subject: 'Hello', body: 'Hi there' }), badInput: { draftId: 'nope', subject: '', body: '' } },
  { name: 'save-reply-draft', action: saveReplyDraftAction as AnyAction, minimumRole: 'member', input: (w) => ({ draftId: w.a.replyDraft.id, subject: 'Hello', body: 'Hi there' }), badInput: { draftId: 'nope', subject: '', body: '' } },
  { name: 'discard-reply-draft', action: discardReplyDraftAction as AnyAction, minimumRole: 'member', input: (w) => ({ draftId: w.a.replyDraft.id }), badInput: { draftId: 'nope' } },
  { name: 'resolve-reply-draft', action: resolveReplyDraftAction as AnyAction, minimumRole: 'member', input: (w) => ({ draftId: w.a.replyDraft.id, outcome: 'not_sent' }), badInput: { draftId: 'nope', outcome: 'maybe' } },
  { name: 'regenerate-reply-draft', action: regenerateReplyDraftAction as AnyAction, minimumRole: 'member', input: (w) => ({ leadId: w.a.lead.id }), badInput: { leadId: 'nope' } },
  { name: 'create-assistant-thread', action: createThreadAction as AnyAction, minimumRole: 'member', input: () => ({}) },
  { name: 'rename-assistant-thread', action: renameThreadAction as AnyAction, minimumRole: 'member', input: (w) => ({ threadId: w.a.thread.id, title: 'Renamed' }), badInput: { threadId: 'nope', title: '' } },
  { name: 'delete-assistant-thread', action: deleteThreadAction as AnyAction, minimumRole: 'member', input: (w) => ({ threadId: w.a.thread.id }), badInput: { threadId: 'nope' } },
  { name: 'update-business-profile', action: updateBusinessProfileAction as AnyAction, minimumRole: 'admin', input: () => ({ description: 'Dental websites', industry: '', audience: '', goals: '', voice: '' }), badInput: { description: 'x'.repeat(5000), industry: '', audience: '', goals: '', voice: '' } },
  { name: 'describe-leads', action: describeLeadsAction as AnyAction, minimumRole: 'member', input: (w) => ({ leadIds: [w.a.lead.id] }), badInput: { leadIds: ['nope'] } },
  { name: 'list-assistant-threads', action: listThreadsAction as AnyAction, minimumRole: 'member', input: () => ({}), badInput: { cursor: 'x'.repeat(500) } },
];
