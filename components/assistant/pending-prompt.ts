/*
 * An example prompt (or a question typed on the empty assistant page) is handed to the new thread's page
 * through sessionStorage rather than the URL: a link carrying ?prompt= could make someone send a message
 * they never typed.
 */
const key = (threadId: string) => `beacon.assistant.prompt.${threadId}`;

export function savePendingPrompt(threadId: string, text: string) {
  try {
    sessionStorage.setItem(key(threadId), text);
  } catch {
    // Storage can be unavailable (private mode quotas); the chat then simply opens empty.
  }
}

/** Reads and removes the prompt waiting for this thread, so it is sent once. */
export function takePendingPrompt(threadId: string): string | null {
  try {
    const text = sessionStorage.getItem(key(threadId));
    sessionStorage.removeItem(key(threadId));
    return text && text.trim() !== '' ? text : null;
  } catch {
    return null;
  }
}
