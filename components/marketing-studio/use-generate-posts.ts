'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { GeneratePostsInput } from '@/lib/ai/content/content-schemas';
import type { GenerateEvent } from '@/lib/ai/content/generate-posts';
import type { PostView } from '@/lib/ai/content/posts';
import { upgradeUrlFor } from '@/lib/billing/upgrade-url';

export type GenerationState = {
  status: 'idle' | 'running' | 'done' | 'stopped' | 'error';
  total: number;
  /** The post being written now (1-based), 0 before the first. */
  writing: number;
  posts: PostView[];
  /** The month's posts left, from the server once the batch starts (null before). */
  remaining: number | null;
  message: string | null;
  upgradeUrl: string | null;
};

export const IDLE_GENERATION: GenerationState = { status: 'idle', total: 0, writing: 0, posts: [], remaining: null, message: null, upgradeUrl: null };

type ProblemBody = { detail?: string; errors?: { path: string; message: string }[] };

async function problemMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as ProblemBody;
  return body.errors?.[0]?.message ?? body.detail ?? 'Something went wrong. Please try again.';
}

/** Reads an NDJSON body line by line as it arrives. */
async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<GenerateEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    buffer += decoder.decode(value, { stream: !done });
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) yield JSON.parse(line) as GenerateEvent;
    if (done) break;
  }
  if (buffer.trim()) yield JSON.parse(buffer) as GenerateEvent;
}

/** The state after one event of the stream. */
export function applyEvent(current: GenerationState, event: GenerateEvent): GenerationState {
  switch (event.type) {
    case 'start':
      return { ...current, total: event.total, remaining: event.remaining };
    case 'writing':
      return { ...current, writing: event.index };
    case 'post':
      return { ...current, posts: [...current.posts, event.post], remaining: current.remaining === null ? null : Math.max(0, current.remaining - 1) };
    case 'stopped':
      return { ...current, status: 'stopped', message: event.message, upgradeUrl: event.upgradeUrl };
    case 'error':
      return { ...current, status: 'error', message: event.message };
    case 'done':
      return { ...current, status: 'done', message: `${event.created} ${event.created === 1 ? 'post' : 'posts'} written and saved as drafts.` };
  }
}

/**
 * Runs the generate route and follows its stream: progress ("3 of 7"), each post as it is saved (`onPost`),
 * and how it ended. `stop()` cancels the request; posts saved before that stay.
 */
export function useGeneratePosts(orgSlug: string, { onPost }: { onPost: (post: PostView) => void }) {
  const [state, setState] = useState<GenerationState>(IDLE_GENERATION);
  const abortRef = useRef<AbortController | null>(null);
  const onPostRef = useRef(onPost);
  useEffect(() => {
    onPostRef.current = onPost;
  }, [onPost]);
  useEffect(() => () => abortRef.current?.abort(), []);

  const apply = (event: GenerateEvent) => {
    if (event.type === 'post') onPostRef.current(event.post);
    setState((current) => applyEvent(current, event));
  };

  const start = useCallback(
    async (input: GeneratePostsInput) => {
      abortRef.current?.abort();
      const controller = new AbortController();
      abortRef.current = controller;
      setState({ ...IDLE_GENERATION, status: 'running', total: input.count });
      try {
        const response = await fetch(`/api/orgs/${orgSlug}/content/generate`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input),
          signal: controller.signal,
        });
        if (!response.ok || !response.body) {
          const upgradeUrl = response.status === 402 ? upgradeUrlFor(orgSlug) : null;
          setState({ ...IDLE_GENERATION, status: response.status === 402 ? 'stopped' : 'error', message: await problemMessage(response), upgradeUrl });
          return;
        }
        for await (const event of readEvents(response.body)) apply(event);
        // A stream that ended without a closing event (connection dropped) is reported, not left "running".
        setState((current) => (current.status === 'running' ? { ...current, status: 'error', message: 'The connection was lost. The posts saved so far are kept.' } : current));
      } catch (error) {
        if (controller.signal.aborted) {
          setState((current) => ({ ...current, status: 'stopped', message: `Stopped. ${current.posts.length} saved as drafts.`, upgradeUrl: null }));
          return;
        }
        setState((current) => ({ ...current, status: 'error', message: error instanceof Error && error.name === 'TypeError' ? 'Beacon could not be reached. Check your connection and try again.' : 'Something went wrong. Please try again.' }));
      }
    },
    [orgSlug],
  );

  const stop = useCallback(() => abortRef.current?.abort(), []);
  const reset = useCallback(() => setState(IDLE_GENERATION), []);
  return { state, start, stop, reset };
}
