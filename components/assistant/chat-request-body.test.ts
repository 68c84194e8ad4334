import type { UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { chatRequestSchema } from '@/lib/ai/chat/chat-request';
import { chatRequestBody } from './chat-request-body';

const threadId = '0b8f3a52-58d4-4c1f-9a55-7cf2d6f0a0a1';
const question: UIMessage = { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Create a follow-up task for Quinn' }] };

describe('chatRequestBody', () => {
  it('sends the newest user message as it is, in the shape the route accepts', () => {
    const body = chatRequestBody({ threadId, messages: [question], trigger: 'submit-message' });
    expect(body).toEqual({ threadId, message: question, trigger: 'submit-message' });
    expect(chatRequestSchema.safeParse(body).success).toBe(true);
    expect(chatRequestBody({ threadId, messages: [question], trigger: 'regenerate-message', messageId: 'a1' })).toMatchObject({ messageId: 'a1' });
  });

  it('sends only the approval answers of an assistant message', () => {
    const answer = {
      id: 'a1',
      role: 'assistant',
      parts: [
        { type: 'step-start' },
        { type: 'tool-searchLeads', toolCallId: 'c1', state: 'output-available', input: { query: 'Quinn' }, output: { leads: [{ id: 'l1', name: 'Quinn Quiet', notes: 'x'.repeat(70_000) }] } },
        { type: 'text', text: 'I can create that task.' },
        { type: 'tool-createTask', toolCallId: 'c2', state: 'approval-responded', input: { title: 'Follow up with Quinn Quiet' }, approval: { id: 'ap1', approved: true } },
      ],
    } as unknown as UIMessage;
    const body = chatRequestBody({ threadId, messages: [question, answer], trigger: 'submit-message', messageId: 'a1' });
    expect(body.message).toEqual({
      id: 'a1',
      role: 'assistant',
      parts: [{ type: 'tool-createTask', toolCallId: 'c2', state: 'approval-responded', approval: { id: 'ap1', approved: true } }],
    });
    expect(JSON.stringify(body).length).toBeLessThan(1_000);
    expect(chatRequestSchema.safeParse(body).success).toBe(true);
  });
});
