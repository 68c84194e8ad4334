import type { UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { retryPlan } from './retry-plan';

const user = (id: string, text: string): UIMessage => ({ id, role: 'user', parts: [{ type: 'text', text }] });
const assistant = (id: string, parts: UIMessage['parts']): UIMessage => ({ id, role: 'assistant', parts });
const toolPart = (state: string, approved?: boolean) =>
  ({ type: 'tool-createTask', toolCallId: `call-${state}`, state, input: { title: 'x' }, approval: { id: `ap-${state}`, ...(approved === undefined ? {} : { approved }) } }) as unknown as UIMessage['parts'][number];

describe('retryPlan', () => {
  it('resends the last question under its own id, whether or not an answer had started', () => {
    expect(retryPlan([user('u1', 'Hi'), assistant('a1', [{ type: 'text', text: 'Hello' }]), user('u2', 'Which leads are going stale?')])).toEqual({
      kind: 'resend',
      messageId: 'u2',
      text: 'Which leads are going stale?',
    });
    expect(retryPlan([user('u1', 'Hi'), assistant('a1', [{ type: 'text', text: 'Hal' }])])).toEqual({ kind: 'resend', messageId: 'u1', text: 'Hi' });
  });

  it('sends approval answers again when they were what failed', () => {
    expect(retryPlan([user('u1', 'Make a task'), assistant('a1', [toolPart('approval-responded', true)])])).toEqual({ kind: 'approvals' });
    // Still one to answer: nothing to send yet but the question.
    expect(retryPlan([user('u1', 'Make a task'), assistant('a1', [toolPart('approval-responded', true), toolPart('approval-requested')])])).toEqual({
      kind: 'resend',
      messageId: 'u1',
      text: 'Make a task',
    });
  });

  it('does not resend a question whose answer already made a change: it says why instead', () => {
    const ran = assistant('a1', [toolPart('output-available', true)]);
    expect(retryPlan([user('u1', 'Make a task'), ran, assistant('a2', [{ type: 'text', text: 'Do' }])])).toEqual({
      kind: 'blocked',
      reason: expect.stringContaining('would be made twice'),
    });
    // A failed write changed nothing: the question can go again.
    expect(retryPlan([user('u1', 'Make a task'), assistant('a1', [{ ...toolPart('output-error', true), errorText: 'No' } as UIMessage['parts'][number]])])).toMatchObject({ kind: 'resend' });
    // A later question is after the change: resending it is fine.
    expect(retryPlan([user('u1', 'Make a task'), ran, user('u2', 'Thanks')])).toEqual({ kind: 'resend', messageId: 'u2', text: 'Thanks' });
  });

  it('has nothing to retry in an empty chat', () => {
    expect(retryPlan([])).toBeNull();
  });
});
