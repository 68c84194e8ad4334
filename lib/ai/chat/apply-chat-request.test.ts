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
const executed = (state: string): AssistantUIMessage => ({
  ...pending,
  parts: [{ type: 'tool-createTask', toolCallId: 'call-1', state, input: { title: 'Follow up with Maya' }, output: { taskId: 't1' }, errorText: 'x', approval: { id: 'ap-1', approved: true } }] as unknown as AssistantUIMessage['parts'],
});
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

  it('regenerates by dropping the last answer, declining a proposal it still waited on', () => {
    const turn = applyChatRequest([user, pending], { threadId: THREAD, trigger: 'regenerate-message', messageId: 'a1', message: user as ChatRequest['message'] });
    expect(turn.messages).toEqual([user]);
    expect(turn.decisions).toEqual([{ toolCallId: 'call-1', tool: 'createTask', input: { title: 'Follow up with Maya' }, approved: false, reason: 'Not approved: the answer was written again.' }]);
    const noQuestion: AssistantUIMessage = { id: 'a0', role: 'assistant', parts: [{ type: 'text', text: 'Hi' }] };
    expect(() => applyChatRequest([noQuestion], { threadId: THREAD, trigger: 'regenerate-message', messageId: 'a0', message: user as ChatRequest['message'] })).toThrow('There is no message to answer again.');
  });

  it('regenerates only the newest stored answer, named by its id (409 otherwise)', () => {
    const regenerate = (messageId?: string): ChatRequest => ({ threadId: THREAD, trigger: 'regenerate-message', ...(messageId ? { messageId } : {}), message: user as ChatRequest['message'] });
    for (const [stored, messageId] of [[[user, pending], undefined], [[user, pending], 'a-old'], [[user], 'a1'], [[], 'a1']] as const) {
      expect(() => applyChatRequest([...stored], regenerate(messageId))).toThrow(expect.objectContaining({ code: 'conflict' }));
    }
  });

  it('refuses to regenerate or edit past an answer whose write already ran (409), and allows it after a failed one', () => {
    const ran = executed('output-available');
    const refusal = expect.objectContaining({ code: 'conflict', message: expect.stringContaining('would be made twice') });
    expect(() => applyChatRequest([user, ran], { threadId: THREAD, trigger: 'regenerate-message', messageId: 'a1', message: user as ChatRequest['message'] })).toThrow(refusal);
    expect(() => applyChatRequest([user, ran], { threadId: THREAD, trigger: 'submit-message', message: { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Again' }] } })).toThrow(refusal);
    // Approved and maybe still running counts as ran.
    expect(() => applyChatRequest([user, executed('approval-responded')], { threadId: THREAD, trigger: 'regenerate-message', messageId: 'a1', message: user as ChatRequest['message'] })).toThrow(refusal);
    expect(applyChatRequest([user, executed('output-error')], { threadId: THREAD, trigger: 'regenerate-message', messageId: 'a1', message: user as ChatRequest['message'] }).messages).toEqual([user]);
  });

  it('declines pending proposals an edit drops', () => {
    const later: AssistantUIMessage = { id: 'u2', role: 'user', parts: [{ type: 'text', text: 'And Sam?' }] };
    const turn = applyChatRequest([user, { ...pending, parts: [{ type: 'text', text: 'Sure.' }] }, later, { ...pending, id: 'a2' }], {
      threadId: THREAD, trigger: 'submit-message', message: { id: 'u2', role: 'user', parts: [{ type: 'text', text: 'And Sam, tomorrow?' }] },
    });
    expect(turn.messages.map((message) => message.id)).toEqual(['u1', 'a1', 'u2']);
    expect(turn.decisions).toMatchObject([{ toolCallId: 'call-1', approved: false, reason: 'Not approved: the answer was written again.' }]);
  });
});
