import { z } from 'zod';

// The embedded form's half of the handshake with public/embed.js: the frame says it is ready, the host
// page answers with its own address and referrer. Inside an iframe, location.href is the frame's URL, so
// without this a lead would lose the campaign tags of the page the visitor actually landed on.
// No React here, so the handshake is tested on its own.

export const FORM_READY_MESSAGE = 'beacon:form-ready';
export const FORM_CONTEXT_MESSAGE = 'beacon:form-context';

/** Matches what the submission endpoint keeps of landingPage and referrer. */
const MAX_URL_CHARS = 2_000;
/** The host may load embed.js after the form is ready; asking again a few times covers a late script. */
const RETRY_DELAYS_MS = [500, 2_000, 5_000];

const httpUrl = z.url({ protocol: /^https?$/ }).max(MAX_URL_CHARS);

const formContextMessageSchema = z.object({
  type: z.literal(FORM_CONTEXT_MESSAGE),
  landingPage: httpUrl,
  // Pages opened directly have no referrer, and some (app links) have an odd one: neither costs the tags.
  referrer: httpUrl.optional().catch(undefined),
});

export type EmbedContext = { landingPage: string; referrer?: string };

/** The host page's context from a message, or null when the message is anything else or malformed. */
export function parseEmbedContext(data: unknown): EmbedContext | null {
  const parsed = formContextMessageSchema.safeParse(data);
  if (!parsed.success) return null;
  const { landingPage, referrer } = parsed.data;
  return referrer ? { landingPage, referrer } : { landingPage };
}

type MessageTarget = { postMessage(message: unknown, targetOrigin: string): void };
type MessageListener = (event: { data: unknown; source: unknown }) => void;

/** The parts of the frame's window the handshake uses (a real window, or a fake one in tests). */
export type FrameWindow = MessageTarget & {
  parent: MessageTarget;
  addEventListener(type: 'message', listener: MessageListener): void;
  removeEventListener(type: 'message', listener: MessageListener): void;
};

/**
 * Asks the embedding page for its context and calls onContext once with the first valid answer. Only the
 * direct parent may answer: another frame or a popup could otherwise plant a campaign. Returns a cleanup.
 */
export function requestEmbedContext(frame: FrameWindow, formId: string, onContext: (context: EmbedContext) => void): () => void {
  const parent = frame.parent;
  if (!parent || parent === frame) return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;

  function stop() {
    clearTimeout(timer);
    frame.removeEventListener('message', onMessage);
  }
  function onMessage(event: { data: unknown; source: unknown }) {
    if (event.source !== parent) return;
    const context = parseEmbedContext(event.data);
    if (!context) return;
    stop();
    onContext(context);
  }
  function askParent() {
    // '*': the parent's origin is unknown (any customer site), and the message carries only the form id.
    parent.postMessage({ type: FORM_READY_MESSAGE, formId }, '*');
    const delay = RETRY_DELAYS_MS[attempt++];
    if (delay !== undefined) timer = setTimeout(askParent, delay);
  }

  frame.addEventListener('message', onMessage);
  askParent();
  return stop;
}
