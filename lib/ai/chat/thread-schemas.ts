import { z } from 'zod';

// Shared by the thread actions and the chat UI's rename form.
export const threadTitleSchema = z.string().trim().min(1, 'Give the chat a title.').max(120, 'Keep the title under 120 characters.');

export const renameThreadSchema = z.object({ threadId: z.uuid(), title: threadTitleSchema });
export type RenameThreadInput = z.infer<typeof renameThreadSchema>;

export const threadIdSchema = z.object({ threadId: z.uuid() });

/** Chats shown at once in the sidebar; "Show older chats" fetches the next page. */
export const THREAD_PAGE_SIZE = 50;
export const listThreadsSchema = z.object({ cursor: z.string().max(200).optional() });

/** A thread's title from its first user message: the first ~60 characters, cut at a word. */
export function titleFromText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 60) return flat || 'New chat';
  const cut = flat.slice(0, 60);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 30 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
