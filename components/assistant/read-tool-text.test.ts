import { describe, expect, it } from 'vitest';
import { collectLeadNames, readToolLabel, resultItems } from './read-tool-text';

const staleLeads = {
  days: 7,
  total: 2,
  leads: [
    { id: 'l1', name: 'Quinn Quiet', company: 'Quiet Co', stage: 'Contacted', daysQuiet: 12, lastActivityAt: null, url: '/app/acme/leads/l1' },
    { id: 'l2', name: 'Sam Still', company: null, stage: 'New', daysQuiet: 1, lastActivityAt: null, url: '/app/acme/leads/l2' },
  ],
};

describe('readToolLabel', () => {
  it('reads as a short line while running, when done and when failed', () => {
    expect(readToolLabel('listStaleLeads', {}, 'running')).toBe('Looking up stale leads…');
    expect(readToolLabel('listStaleLeads', {}, 'done')).toBe('Looked up stale leads');
    expect(readToolLabel('pipelineSummary', {}, 'failed')).toBe('Couldn’t look up the pipeline');
    expect(readToolLabel('searchLeads', { query: 'Quinn' }, 'done')).toBe('Searched leads for “Quinn”');
    expect(readToolLabel('searchLeads', { query: 'Quinn' }, 'failed')).toBe('Couldn’t search leads for “Quinn”');
    expect(readToolLabel('weather', {}, 'done', 'Check the weather')).toBe('Used Check the weather');
  });
});

describe('resultItems', () => {
  it('lists stale leads with how long they have been quiet and their links', () => {
    expect(resultItems(staleLeads)).toEqual([
      { label: 'Quinn Quiet', href: '/app/acme/leads/l1', detail: '12 days quiet' },
      { label: 'Sam Still', href: '/app/acme/leads/l2', detail: '1 day quiet' },
    ]);
  });

  it('reads pipeline stages, tasks and a single lead', () => {
    const pipeline = { stages: [{ name: 'New', status: 'open', leads: 3, value: [] }, { name: 'Won', status: 'won', leads: 1, value: [] }], totalLeads: 4, openLeads: 3, url: '/app/acme/pipeline' };
    expect(resultItems(pipeline)).toEqual([
      { label: 'New', href: undefined, detail: '3 leads' },
      { label: 'Won', href: undefined, detail: '1 lead' },
    ]);
    const tasks = { scope: 'mine', tasks: [{ id: 't1', title: 'Call Quinn', status: 'pending', dueAt: null, overdue: true, assignee: 'Me', lead: null }], url: '/app/acme/tasks' };
    expect(resultItems(tasks)).toEqual([{ label: 'Call Quinn', href: undefined, detail: 'Overdue' }]);
    const lead = { lead: { id: 'l1', name: 'Quinn Quiet', stage: 'Contacted', url: '/app/acme/leads/l1' }, recentActivity: [{ type: 'note', body: 'x', at: 'y' }], openTasks: [] };
    expect(resultItems(lead)).toEqual([{ label: 'Quinn Quiet', href: '/app/acme/leads/l1', detail: 'Contacted' }]);
  });

  it('says when a list is empty, and gives up on results that are not lists', () => {
    expect(resultItems({ days: 7, total: 0, leads: [] })).toEqual([]);
    expect(resultItems({ ok: true })).toBeNull();
    expect(resultItems({ rows: [{ a: 1 }] })).toBeNull();
    expect(resultItems('text')).toBeNull();
  });
});

describe('collectLeadNames', () => {
  it('finds lead names in any tool result of the conversation, and nothing else', () => {
    const messages = [
      { parts: [{ type: 'text', text: '{"id":"fake","name":"From text"}' }] },
      { parts: [{ type: 'tool-listStaleLeads', state: 'output-available', input: {}, output: staleLeads }] },
      {
        parts: [
          { type: 'tool-listTasks', state: 'output-available', input: {}, output: { tasks: [{ id: 't1', title: 'Call', lead: { id: 'l3', name: 'Nested Lead', url: '/app/acme/leads/l3' } }] } },
          { type: 'tool-draftEmail', state: 'output-available', input: { leadId: 'l4' }, output: { draftId: 'd', leadId: 'l4', leadName: 'Drafted Lead' } },
          { type: 'tool-pipelineSummary', state: 'output-available', input: {}, output: { stages: [{ id: 's1', name: 'New', url: '/app/acme/pipeline' }] } },
        ],
      },
    ];
    expect(Object.fromEntries(collectLeadNames(messages))).toEqual({ l1: 'Quinn Quiet', l2: 'Sam Still', l3: 'Nested Lead', l4: 'Drafted Lead' });
  });
});
