import { describe, expect, it } from 'vitest';
import { API_KEY_SCOPES, hasRoleAtLeast, isPermission, PERMISSIONS, roleCan } from './permissions';

describe('permissions', () => {
  it('orders roles owner > admin > member', () => {
    expect(hasRoleAtLeast('owner', 'admin')).toBe(true);
    expect(hasRoleAtLeast('admin', 'owner')).toBe(false);
    expect(hasRoleAtLeast('member', 'member')).toBe(true);
  });

  it('lets members work with leads but not manage people, settings or keys', () => {
    expect(roleCan('member', 'leads.write')).toBe(true);
    expect(roleCan('member', 'members.manage')).toBe(false);
    expect(roleCan('member', 'settings.manage')).toBe(false);
    expect(roleCan('member', 'api_keys.manage')).toBe(false);
  });

  it('keeps billing and deletion with owners', () => {
    expect(roleCan('admin', 'members.manage')).toBe(true);
    expect(roleCan('admin', 'billing.manage')).toBe(false);
    expect(roleCan('admin', 'org.delete')).toBe(false);
    expect(roleCan('owner', 'org.delete')).toBe(true);
  });

  it('never offers API keys a scope that manages people, keys or billing', () => {
    for (const scope of API_KEY_SCOPES) expect(PERMISSIONS[scope]).toBe('member');
    expect(API_KEY_SCOPES).not.toContain('api_keys.manage');
  });

  it('recognises only listed permission names', () => {
    expect(isPermission('leads.read')).toBe(true);
    expect(isPermission('toString')).toBe(false);
    expect(isPermission('leads.delete_everything')).toBe(false);
  });
});
