'use client';

import { getToolName, type DynamicToolUIPart, type ToolUIPart } from 'ai';
import { isWriteTool, TOOL_LABELS, type AssistantUITools } from '@/lib/ai/chat/ui-message';
import { ReadToolLine } from './read-tool-line';
import { WriteToolCard } from './write-tool-card';

type ToolCallProps = {
  part: ToolUIPart<AssistantUITools> | DynamicToolUIPart;
  orgSlug: string;
  leadNames: ReadonlyMap<string, string>;
  canRespond: boolean;
  onRespond: (approvalId: string, approved: boolean) => void;
};

/** One tool call inside an assistant message: a quiet line for look-ups, a card for changes. */
export function ToolCall({ part, orgSlug, leadNames, canRespond, onRespond }: ToolCallProps) {
  const toolName = getToolName(part);
  const label = (TOOL_LABELS as Record<string, string | undefined>)[toolName] ?? toolName;
  const common = { toolName, label, input: part.input as unknown, state: part.state, output: part.output as unknown, errorText: part.errorText };
  if (!isWriteTool(toolName)) return <ReadToolLine {...common} />;
  return <WriteToolCard {...common} orgSlug={orgSlug} approval={part.approval} leadNames={leadNames} canRespond={canRespond} onRespond={onRespond} />;
}
