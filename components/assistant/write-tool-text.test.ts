import { describe, expect, it } from 'vitest';
import { describeWriteTool, writeToolDoneText } from './write-tool-text';

const QUINN = '7d1f0b4e-1c7a-4a57-9d0a-2f4f7d9b1a11';
const leadNames = new Map([[QUINN, 'Quinn Quiet']]);
const now = new Date('2026-03-10T15:00:00Z'); // a Tuesday
const options = { leadNames, now, timeZone: 'UTC' };

describe('describeWriteTool', () => {
  it('says which task is created, for whom and when it is due', () => {
    const text = describeWriteTool('createTask', { title: 'Follow up with Quinn Quiet', leadId: QUINN, dueAt: '2026-03-11T09:00:00.000Z' }, options);
    expect(text.summary).toBe('Create task “Follow up with Quinn Quiet” for Quinn Quiet, due tomorrow');
    expect(text.note).toBe('The task is assigned to you.');
    expect(text.detail).toBeUndefined();
  });

  it('handles a task without a lead or due date, and one due later, and shows its notes', () => {
    expect(describeWriteTool('createTask', { title: 'Plan Q2' }, options).summary).toBe('Create task “Plan Q2”, with no due date');
    const later = describeWriteTool('createTask', { title: 'Call', dueAt: '2026-03-13T09:00:00Z', notes: 'Ask about budget' }, options);
    expect(later.summary).toBe('Create task “Call”, due on Friday');
    expect(later.detail).toBe('Ask about budget');
    // A lead the conversation never named is still described, without inventing a name.
    expect(describeWriteTool('createTask', { title: 'Call', leadId: 'unknown-id' }, options).summary).toBe('Create task “Call”, with no due date');
  });

  it('counts days in the given time zone', () => {
    // 23:30 in Los Angeles on the 10th is already the 11th in UTC.
    const evening = { leadNames, now: new Date('2026-03-11T06:30:00Z'), timeZone: 'America/Los_Angeles' };
    expect(describeWriteTool('createTask', { title: 'Call', dueAt: '2026-03-11T16:00:00Z' }, evening).summary).toBe('Create task “Call”, due tomorrow');
  });

  it('shows a note, an email draft and a post with their text and what does not happen', () => {
    const note = describeWriteTool('addNote', { leadId: QUINN, body: 'Prefers calls on Fridays.' }, options);
    expect(note).toEqual({ summary: 'Add a note to Quinn Quiet’s timeline', detail: 'Prefers calls on Fridays.' });

    const email = describeWriteTool('draftEmail', { leadId: QUINN, subject: 'Checking in', body: 'Hi Quinn,' }, options);
    expect(email.summary).toBe('Save an email draft to Quinn Quiet: “Checking in”');
    expect(email.detail).toBe('Hi Quinn,');
    expect(email.note).toMatch(/Nothing is sent/);

    const post = describeWriteTool('draftSocialPost', { platform: 'linkedin', body: 'We help small teams grow.', hashtags: ['growth', '#crm'] }, options);
    expect(post.summary).toBe('Save a LinkedIn post draft (39 characters)');
    expect(post.detail).toBe('We help small teams grow.\n\n#growth #crm');
    expect(post.note).toMatch(/Nothing is published/);
    expect(describeWriteTool('draftSocialPost', { platform: 'x', body: 'Short.' }, options).summary).toBe('Save an X post draft (6 characters)');
  });

  it('names a lead only from the known names, never from a name the tool input claims, else says "the lead"', () => {
    expect(describeWriteTool('addNote', { leadId: 'other', leadName: 'Ada', body: 'x' }, options).summary).toBe('Add a note to the lead’s timeline');
    expect(writeToolDoneText('addNote', { leadId: 'other', leadName: 'Ada' }, leadNames)).toBe('Added a note to the lead’s timeline');
    expect(describeWriteTool('draftEmail', { leadId: 'other', subject: 'Hi', body: 'x' }, options).summary).toBe('Save an email draft to the lead: “Hi”');
    expect(describeWriteTool('somethingNew', {}, options).summary).toBe('Run “somethingNew”');
  });
});

describe('writeToolDoneText', () => {
  it('says what was done', () => {
    expect(writeToolDoneText('createTask', { title: 'Follow up with Quinn Quiet', leadId: QUINN }, leadNames)).toBe('Created task “Follow up with Quinn Quiet”');
    expect(writeToolDoneText('addNote', { leadId: QUINN, body: 'x' }, leadNames)).toBe('Added a note to Quinn Quiet’s timeline');
    expect(writeToolDoneText('draftEmail', { leadId: QUINN }, leadNames)).toBe('Saved an email draft to Quinn Quiet');
    expect(writeToolDoneText('draftSocialPost', { platform: 'x' }, leadNames)).toBe('Saved the X post draft');
  });
});
