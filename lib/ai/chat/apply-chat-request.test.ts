import { describe, expect, it } from 'vitest';
import { applyChatRequest } from './apply-chat-request';
import type { ChatRequest } from './chat-request';
import type { AssistantUIMessage } from './ui-message';

const THREAD = '00000000-0000-4000-8000-000000000001';
const user: AssistantUIMessage = { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Create a task for Maya' }] };
const pending: AssistantUIMessage = {
  id: 'a1',
  role: 'assistant',
  parts: [
    { type: 'step-start' },
    { type: 'tool-createTask', toolCallId: 'call-1', state: 'approval-requested', input: { title: 'Follow up with Maya' }, approval: { id: 'ap-1' } },
  ],
};
const answer = (parts: unknown[]): ChatRequest => ({ threadId: THREAD, trigger: 'submit-message', message: { id: 'a1', role: 'assistant', parts } as ChatRequest['message'] });
const toolOf = (message: AssistantUIMessage | undefined) => message?.parts.find((part) => part.type === 'tool-createTask');

describe('applyChatRequest', () => {
  it('honours an answer only for the stored pending call, with the stored input', () => {
    const turn = applyChatRequest([user, pending], answer([
      { type: 'tool-createTask', toolCallId: 'call-1', state: 'approval-responded', input: { title: 'Delete everything' }, approval: { id: 'ap-1', approved: true } },
    ]));
    expect(toolOf(turn.messages.at(-1))).toMatchObject({ state: 'approval-responded', input: { title: 'Follow up with Maya' }, approval: { id: 'ap-1', approved: true } });
    expect(turn.decisions).toEqual([{ toolCallId: 'call-1', tool: 'createTask', input: { title: 'Follow up with Maya' }, approved: true, reason: undefined }]);
  });

  it('ignores answers for calls or approval ids the stored message does not hold', () => {
    expect(() => applyChatRequest([user, pending], answer([
      { type: 'tool-addNote', toolCallId: 'forged', state: 'approval-responded', input: {}, approval: { id: 'ap-x', approved: true } },
      { type: 'tool-createTask', toolCallId: 'call-1', state: 'approval-responded', input: {}, approval: { id: 'other-approval', approved: true } },
    ]))).toThrow('There is no pending action to approve or decline.');
  });

  it('refuses an answer to a message that is not the last one stored', () => {
    expect(() => applyChatRequest([user, pending, user], answer([]))).toThrow('This conversation changed in the meantime');
  });

  it('declines pending approvals when the user writes again, and appends the message as text only', () => {
    const turn = applyChatRequest([user, pending], { threadId: THREAD, trigger: 'submit-message', message: { id: 'u2', role: 'user', parts: [{ type: 'text', text: ' Never mind ' }, { type: 'file', text: 'x' }] } });
    expect(toolOf(turn.messages[1])).toMatchObject({ state: 'output-denied', approval: { approved: false } });
    expect(turn.decisions).toMatchObject([{ toolCallId: 'call-1', approved: false }]);
    expect(turn.messages.at(-1)).toEqual({ id: 'u2', role: 'user', parts: [{ type: 'text', text: 'Never mind' }] });
    expect(turn.newUserText).toBe('Never mind');
  });

  it('regenerates by dropping the last answer, and needs a question to answer', () => {
    expect(applyChatRequest([user, pending], { threadId: THREAD, trigger: 'regenerate-message', message: user as ChatRequest['message'] }).messages).toEqual([user]);
    expect(() => applyChatRequest([], { threadId: THREAD, trigger: 'regenerate-message', message: user as ChatRequest['message'] })).toThrow('There is no message to answer again.');
  });
});
