import { z } from 'zod';

// The chat route's body. Only the newest message travels: the history comes from the database. The client's
// message is read narrowly (text of a user message; approval answers of an assistant message) and never
// stored as sent.

export const MAX_USER_TEXT = 8000;

const messageId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'Invalid message id.');

const userMessageSchema = z.object({
  id: messageId,
  role: z.literal('user'),
  parts: z
    .array(z.looseObject({ type: z.string().max(50), text: z.string().max(MAX_USER_TEXT).optional() }))
    .min(1)
    .max(20)
    .refine((parts) => parts.some((part) => part.type === 'text' && part.text?.trim()), 'Write a message.'),
});

/** An approval answer as useChat sends it: the tool part of the last assistant message, now `approval-responded`. */
const approvalPartSchema = z.looseObject({
  type: z.string().max(100),
  toolCallId: z.string().max(200).optional(),
  state: z.string().max(50).optional(),
  approval: z.looseObject({ id: z.string().max(200), approved: z.boolean().optional(), reason: z.string().max(500).optional() }).optional(),
});

const assistantMessageSchema = z.object({
  id: messageId,
  role: z.literal('assistant'),
  parts: z.array(approvalPartSchema).max(200),
});

export const chatRequestSchema = z
  .object({
    threadId: z.uuid(),
    message: z.discriminatedUnion('role', [userMessageSchema, assistantMessageSchema]),
    trigger: z.enum(['submit-message', 'regenerate-message']),
    /** For a regenerate: the answer to write again, which must be the thread's newest (else 409). */
    messageId: messageId.optional(),
  })
  .refine((request) => request.trigger !== 'regenerate-message' || request.messageId !== undefined, {
    path: ['messageId'],
    message: 'Say which answer to write again.',
  });
export type ChatRequest = z.infer<typeof chatRequestSchema>;
export type ChatRequestMessage = ChatRequest['message'];

/** The user's text, joined from its text parts (the only parts a user message keeps). */
export function userText(message: Extract<ChatRequestMessage, { role: 'user' }>) {
  return message.parts
    .flatMap((part) => (part.type === 'text' && part.text ? [part.text] : []))
    .join('\n')
    .trim()
    .slice(0, MAX_USER_TEXT);
}
