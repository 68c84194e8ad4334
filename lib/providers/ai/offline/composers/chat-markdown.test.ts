import { describe, expect, it } from 'vitest';
import { answerLead, answerSearch, answerStaleLeads, answerTasks } from './chat-answers';
import { composeChat } from './chat';
import { escapeMarkdown, markdownLink } from './chat-markdown';

// What a stranger can type into a public lead form.
const HOSTILE_NAME = 'Eve ![x](https://evil.test/pixel.png?u=1) [click](https://evil.test) <b>';
const LEAD_URL = '/app/acme/leads/00000000-0000-4000-8000-000000000001';

/** Markdown that would render as an image or a link to anywhere but the app. */
const UNSAFE = /!\[|\]\((?!\/app\/)/;

describe('escapeMarkdown', () => {
  it('escapes every markdown special and folds line breaks', () => {
    expect(escapeMarkdown('\\ [ ] ( ) ! * _ ` # < > | ~')).toBe('\\\\ \\[ \\] \\( \\) \\! \\* \\_ \\` \\# \\< \\> \\| \\~');
    expect(escapeMarkdown('Line one\n\n# Heading\r\n- item')).toBe('Line one \\# Heading - item');
    expect(escapeMarkdown(null)).toBe('');
    expect(escapeMarkdown('Maya Lindqvist')).toBe('Maya Lindqvist');
  });
});

describe('markdownLink', () => {
  it('links in-app paths only, with an escaped label', () => {
    expect(markdownLink('Maya [VIP]', LEAD_URL)).toBe(`[Maya \\[VIP\\]](${LEAD_URL})`);
    expect(markdownLink('Maya', 'https://evil.test')).toBe('Maya');
    expect(markdownLink('Maya', '//evil.test/x')).toBe('Maya');
    expect(markdownLink('Maya', '')).toBe('Maya');
    expect(markdownLink('Maya', '/app/a (b)')).toBe('[Maya](/app/a%20%28b%29)');
  });
});

describe('the chat answers with hostile workspace data', () => {
  it('never turn a lead name, company, task title or note into an image or an outside link', () => {
    const lead = { id: '1', name: HOSTILE_NAME, company: '[Acme](https://evil.test)', url: LEAD_URL };
    const answers = [
      answerSearch({ leads: [{ ...lead, email: 'eve@evil.test', stage: '**New**', score: 3 }], hasMore: false }, '![q](https://evil.test/q.png)'),
      answerStaleLeads({ days: 7, total: 1, leads: [{ ...lead, daysQuiet: 9, stage: null }] }),
      answerTasks({ scope: 'all', url: '/app/acme/tasks', tasks: [{ title: '![t](https://evil.test/t.png)', dueAt: null, overdue: false, assignee: '<img src=x>', lead: { name: HOSTILE_NAME, url: 'https://evil.test' } }] }, false),
      answerLead({
        lead: { ...lead, email: null, stage: null, owner: null, score: null, lastActivityAt: null },
        recentActivity: [{ type: 'note', body: 'Call me\n\n![n](https://evil.test/n.png)', at: '2026-03-01T00:00:00Z' }],
        openTasks: [{ title: '[task](https://evil.test)', dueAt: null }],
      }),
    ];
    for (const answer of answers) {
      expect(answer).not.toMatch(UNSAFE);
      expect(answer).not.toMatch(/(?<!\\)<(?:img|b)\b/);
    }
    expect(answers[0]).toContain(`[Eve \\!\\[x\\]\\(https://evil.test/pixel.png?u=1\\) \\[click\\]\\(https://evil.test\\) \\<b\\>](${LEAD_URL})`);
  });

  it('escapes a failed write’s message and the names it confirms', () => {
    const prompt = [
      { role: 'user' as const, content: [{ type: 'text' as const, text: 'draft an email to Eve' }] },
      { role: 'assistant' as const, content: [{ type: 'tool-call' as const, toolCallId: 'c1', toolName: 'draftEmail', input: {} }] },
      {
        role: 'tool' as const,
        content: [{ type: 'tool-result' as const, toolCallId: 'c1', toolName: 'draftEmail', output: { type: 'json' as const, value: { leadName: HOSTILE_NAME, subject: '![s](https://evil.test/s.png)', url: 'https://evil.test' } } }],
      },
    ];
    const reply = composeChat({ prompt, tools: [], schema: null, context: {} });
    expect(reply.kind).toBe('text');
    const written = reply.kind === 'text' ? reply.text : '';
    expect(written).toContain('Done: the draft');
    expect(written).not.toMatch(UNSAFE);
  });
});
