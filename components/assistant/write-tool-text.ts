import { platformLabelOf } from '@/lib/ai/content/platform-labels';
import { duePhrase } from './due-phrase';
import { readString } from './tool-links';

export type WriteToolText = {
  /** What will happen, in one sentence ("Create task “Call Quinn” for Quinn Quiet, due tomorrow"). */
  summary: string;
  /** The text that will be saved (a note, an email, a post), shown below the sentence. */
  detail?: string;
  /** What will NOT happen, e.g. that a draft is not sent. */
  note?: string;
};

export type DescribeOptions = {
  /** Names of leads by id: looked up in the workspace, else seen earlier in the conversation (collectLeadNames). */
  leadNames: ReadonlyMap<string, string>;
  now: Date;
  timeZone: string;
};

function leadOf(input: unknown, leadNames: ReadonlyMap<string, string>): string | undefined {
  const leadId = readString(input, 'leadId');
  return leadId ? leadNames.get(leadId) : undefined;
}

function postText(input: unknown): string {
  const body = readString(input, 'body') ?? '';
  const tags = (input as { hashtags?: unknown } | null)?.hashtags;
  const hashtags = Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '') : [];
  if (hashtags.length === 0) return body;
  return `${body}\n\n${hashtags.map((tag) => (tag.startsWith('#') ? tag : `#${tag}`)).join(' ')}`;
}

/** The confirmation card's words for a write tool the assistant wants to run, built from its input. */
export function describeWriteTool(toolName: string, input: unknown, { leadNames, now, timeZone }: DescribeOptions): WriteToolText {
  const lead = leadOf(input, leadNames);
  switch (toolName) {
    case 'createTask': {
      const title = readString(input, 'title') ?? 'Untitled task';
      const dueAt = readString(input, 'dueAt');
      const due = dueAt && !Number.isNaN(Date.parse(dueAt)) ? `due ${duePhrase(new Date(dueAt), now, timeZone)}` : 'with no due date';
      return { summary: `Create task “${title}”${lead ? ` for ${lead}` : ''}, ${due}`, detail: readString(input, 'notes'), note: 'The task is assigned to you.' };
    }
    case 'addNote':
      return { summary: `Add a note to ${lead ?? 'the lead'}’s timeline`, detail: readString(input, 'body') };
    case 'draftEmail': {
      const subject = readString(input, 'subject');
      return {
        summary: `Save an email draft to ${lead ?? 'the lead'}${subject ? `: “${subject}”` : ''}`,
        detail: readString(input, 'body'),
        note: 'Nothing is sent: the draft waits on the lead’s page for you to review.',
      };
    }
    case 'draftSocialPost': {
      const platform = platformLabelOf(readString(input, 'platform')) ?? 'social';
      const text = postText(input);
      return {
        summary: `Save ${platform === 'X' ? 'an' : 'a'} ${platform} post draft (${text.length} characters)`,
        detail: text || undefined,
        note: 'Nothing is published: the draft waits in Marketing → Content.',
      };
    }
    default:
      return { summary: `Run “${toolName}”` };
  }
}

/** The line shown once an approved write tool has run. */
export function writeToolDoneText(toolName: string, input: unknown, leadNames: ReadonlyMap<string, string>): string {
  const lead = leadOf(input, leadNames);
  switch (toolName) {
    case 'createTask':
      return `Created task “${readString(input, 'title') ?? 'Untitled task'}”`;
    case 'addNote':
      return `Added a note to ${lead ?? 'the lead'}’s timeline`;
    case 'draftEmail':
      return `Saved an email draft to ${lead ?? 'the lead'}`;
    case 'draftSocialPost':
      return `Saved the ${platformLabelOf(readString(input, 'platform')) ?? 'social'} post draft`;
    default:
      return `Ran “${toolName}”`;
  }
}
