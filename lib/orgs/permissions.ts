import type { OrgRole } from '@/db/schema';

export const ROLE_RANK: Record<OrgRole, number> = { member: 1, admin: 2, owner: 3 };

/**
 * Every permission and the least role that holds it. The one table of who may do what: action clients,
 * route handlers and API key scopes all check against it.
 */
export const PERMISSIONS = {
  'org.read': 'member',
  'leads.read': 'member',
  'leads.write': 'member',
  'tasks.read': 'member',
  'tasks.write': 'member',
  'forms.read': 'member',
  'forms.write': 'admin',
  'insights.read': 'member',
  'insights.act': 'member',
  'insights.manage': 'admin',
  'notifications.read': 'member',
  'assistant.use': 'member',
  'marketing.read': 'member',
  'marketing.write': 'member',
  'business_profile.manage': 'admin',
  'members.read': 'member',
  'members.manage': 'admin',
  'settings.manage': 'admin',
  'api_keys.manage': 'admin',
  'audit.read': 'admin',
  'billing.manage': 'owner',
  'org.delete': 'owner',
} as const satisfies Record<string, OrgRole>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** Permissions an API key may be given: everything but managing people, keys, billing or the workspace itself. */
export const API_KEY_SCOPES = ['org.read', 'leads.read', 'leads.write', 'tasks.read', 'tasks.write'] as const satisfies Permission[];

export function hasRoleAtLeast(role: OrgRole, minimum: OrgRole): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[minimum];
}

export function roleCan(role: OrgRole, permission: Permission): boolean {
  return hasRoleAtLeast(role, PERMISSIONS[permission]);
}

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}
