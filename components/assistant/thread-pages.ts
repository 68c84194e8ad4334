import type { ThreadItem } from './thread-row';

/**
 * The chat list once older pages were fetched: the server's fresh first page wins for the chats it holds
 * (new titles, new activity), the chats fetched before fill in the rest, most recently active first. A chat
 * that dropped off the first page (others became more recent) stays listed from the earlier copy.
 */
export function mergeThreadPages(firstPage: readonly ThreadItem[], loaded: readonly ThreadItem[], removed: ReadonlySet<string>): ThreadItem[] {
  const byId = new Map<string, ThreadItem>();
  for (const thread of loaded) byId.set(thread.id, thread);
  for (const thread of firstPage) byId.set(thread.id, thread);
  return [...byId.values()]
    .filter((thread) => !removed.has(thread.id))
    .sort((a, b) => (a.updatedAt === b.updatedAt ? (a.id < b.id ? 1 : -1) : a.updatedAt < b.updatedAt ? 1 : -1));
}
