import type { OfflineComposer, OfflineReply, OfflineRequest } from './types';
import { lastUserText, promptSourceText, truncateText } from './prompt-text';
import { conformToSchema } from './schema-value';

/** What the writer says about itself: never a model name, never "as an AI". */
export const OFFLINE_SELF_DESCRIPTION =
  "I'm Beacon's offline writer: a built-in, template-based writer, not an AI model. I turn your workspace data into " +
  'drafts with fixed templates, so I cannot reason about questions the way a model can. To get answers from a real ' +
  'model, connect one under Settings → AI (OpenAI, or any OpenAI-compatible server such as Ollama).';

const IDENTITY_QUESTION =
  /\b(who|what)\s+(are|r)\s+(you|u)\b|\bare\s+you\s+(an?\s+)?(ai|bot|robot|human|model|llm|chatgpt|gpt|real)\b|\bwhich\s+(ai\s+)?model\b|\bwhat\s+model\b|\byour\s+name\b/i;

/** True when the person asks what is answering them. Composers of other tasks can reuse it. */
export function isIdentityQuestion(text: string): boolean {
  return IDENTITY_QUESTION.test(text);
}

function genericText(request: OfflineRequest): string {
  const asked = lastUserText(request.prompt);
  if (isIdentityQuestion(asked)) return OFFLINE_SELF_DESCRIPTION;
  if (!asked) return 'Beacon’s offline writer has nothing to work from: the request had no text.';
  return (
    `Beacon’s offline writer has no template for this request, so it can only record it: “${truncateText(asked, 280)}”. ` +
    'Connect an AI model under Settings → AI for a written answer.'
  );
}

/**
 * The fallback composer, used when a request names no task (or one without a composer). With a schema it
 * builds a valid object from the prompt's own text; otherwise it answers honestly that it is a template writer.
 */
export const composeGeneric: OfflineComposer = (request): OfflineReply => {
  if (request.schema) return { kind: 'object', value: conformToSchema(undefined, request.schema, promptSourceText(request.prompt)) };
  return { kind: 'text', text: genericText(request) };
};
