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
import type { OrgRole } from '@/db/schema';
import type { TwoWorkspaces } from './fixtures';

type AnyAction = (input: never) => Promise<{ serverError?: string; validationErrors?: unknown; data?: unknown }>;

/**
 * Every org-scoped server action, with: the least role that may run it, a valid input that points at
 * workspace A's objects, and an invalid one. Later features add their actions here.
 */
export type OrgActionCase = {
  name: string;
  action: AnyAction;
  minimumRole: OrgRole;
  input: (w: TwoWorkspaces) => Record<string, unknown>;
  badInput?: Record<string, unknown>;
};

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
];
