import { describe, expect, it } from 'vitest';
import { readIntent } from './chat-intent';

describe('readIntent', () => {
  it.each([
    ['Which leads are going stale?', { kind: 'stale-leads' }],
    ['Who has gone quiet lately', { kind: 'stale-leads' }],
    ['How does the pipeline look?', { kind: 'pipeline' }],
    ["What's overdue on my plate?", { kind: 'tasks', scope: 'mine', overdueOnly: true }],
    ['Show the team tasks', { kind: 'tasks', scope: 'all', overdueOnly: false }],
    ['Which of my tasks are late?', { kind: 'tasks', scope: 'mine', overdueOnly: true }],
    ['What tasks are on my plate?', { kind: 'tasks', scope: 'mine', overdueOnly: false }],
    ['Show my tasks to translate the template', { kind: 'tasks', scope: 'mine', overdueOnly: false }],
    ['Any tasks running LATE?', { kind: 'tasks', scope: 'mine', overdueOnly: true }],
    ['Find Maya', { kind: 'search', query: 'Maya' }],
    ['who is Jonas Okafor?', { kind: 'search', query: 'Jonas Okafor' }],
    ['Create a follow-up task for Maya Lindqvist', { kind: 'create-task', name: 'Maya Lindqvist', purpose: null }],
    ['Add a task for Priya Raman to send the proposal', { kind: 'create-task', name: 'Priya Raman', purpose: 'send the proposal' }],
    ['create a follow-up task', { kind: 'create-task', name: null, purpose: null }],
    ['Add a note on Jonas Okafor: asked for pricing for 5 seats', { kind: 'add-note', name: 'Jonas Okafor', body: 'asked for pricing for 5 seats' }],
    ['add note "prefers calls before 10am" to Aiko Tanaka', { kind: 'add-note', name: 'Aiko Tanaka', body: 'prefers calls before 10am' }],
    ['I want to draft an email to Tomás Castell about the proposal', { kind: 'draft-email', name: 'Tomás Castell', about: 'the proposal' }],
    ['Draft a LinkedIn post about client onboarding', { kind: 'draft-post', platform: 'linkedin', topic: 'client onboarding' }],
    ['write a tweet on pricing pages', { kind: 'draft-post', platform: 'x', topic: 'pricing pages' }],
    ['hello there', { kind: 'overview' }],
  ])('%s', (text, intent) => {
    expect(readIntent(text)).toEqual(intent);
  });
});
