import { describe, expect, it } from 'vitest';
import { isInAppHref, resultLink } from './tool-links';

describe('isInAppHref', () => {
  it('accepts app paths only', () => {
    expect(isInAppHref('/app/acme/leads/1')).toBe(true);
    expect(isInAppHref('//evil.example/x')).toBe(false);
    expect(isInAppHref('/\\evil.example')).toBe(false);
    expect(isInAppHref('https://example.com')).toBe(false);
    expect(isInAppHref('javascript:alert(1)')).toBe(false);
  });
});

describe('resultLink', () => {
  it('uses the in-app link the result carries, named after where it leads', () => {
    expect(resultLink('acme', 'createTask', { title: 'x', leadId: 'l1' }, { taskId: 't', url: '/app/acme/leads/l1' })).toEqual({ href: '/app/acme/leads/l1', label: 'Open lead' });
    expect(resultLink('acme', 'createTask', { title: 'x' }, { taskId: 't', url: '/app/acme/tasks' })).toEqual({ href: '/app/acme/tasks', label: 'View tasks' });
    expect(resultLink('acme', 'draftSocialPost', {}, { postId: 'p', url: '/app/acme/marketing' })).toEqual({ href: '/app/acme/marketing', label: 'Open Marketing' });
  });

  it('falls back to the page that lists the thing, and ignores links leaving the app', () => {
    expect(resultLink('acme', 'addNote', { leadId: 'l1' }, { url: 'https://evil.example' })).toEqual({ href: '/app/acme/leads/l1', label: 'Open lead' });
    expect(resultLink('acme', 'createTask', {}, null)).toEqual({ href: '/app/acme/tasks', label: 'View tasks' });
    expect(resultLink('acme', 'draftEmail', {}, {})).toBeNull();
    expect(resultLink('acme', 'searchLeads', {}, {})).toBeNull();
  });
});
