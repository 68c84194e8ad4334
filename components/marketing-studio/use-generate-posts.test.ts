import { describe, expect, it } from 'vitest';
import type { PostView } from '@/lib/ai/content/posts';
import { applyEvent, IDLE_GENERATION } from './use-generate-posts';

const post = (id: string): PostView => ({
  id,
  platform: 'x',
  pillar: null,
  body: 'A post',
  hashtags: [],
  status: 'draft',
  generatedBy: 'offline',
  createdAt: '2030-03-04T09:00:00.000Z',
  updatedAt: '2030-03-04T09:00:00.000Z',
});

describe('applyEvent', () => {
  it("takes the month's posts left from the server as the batch starts, one fewer with each post", () => {
    const running = { ...IDLE_GENERATION, status: 'running' as const, total: 2 };
    const started = applyEvent(running, { type: 'start', total: 2, provider: 'offline', remaining: 4 });
    expect(started.remaining).toBe(4);
    const one = applyEvent(applyEvent(started, { type: 'writing', index: 1, total: 2 }), { type: 'post', index: 1, total: 2, post: post('p1') });
    expect(one).toMatchObject({ remaining: 3, writing: 1, posts: [{ id: 'p1' }] });
    expect(applyEvent(one, { type: 'done', created: 1, total: 2 })).toMatchObject({ status: 'done', remaining: 3, message: '1 post written and saved as drafts.' });
  });
});
