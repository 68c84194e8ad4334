import { generatePostsSchema } from '@/lib/ai/content/content-schemas';
import { prepareBatch, runBatch, type GenerateEvent } from '@/lib/ai/content/generate-posts';
import { readJsonBody } from '@/lib/http/json-body';
import { requestLogger } from '@/lib/log';
import { withOrg } from '@/lib/server/with-org';

// A batch of 30 posts makes 30+ model calls; give the stream room on platforms that cap function time.
export const maxDuration = 300;

const encoder = new TextEncoder();
const line = (event: GenerateEvent) => encoder.encode(`${JSON.stringify(event)}\n`);

// POST /api/orgs/{orgSlug}/content/generate — write up to 30 social posts, streamed as NDJSON events
// (start, writing, post, then stopped | error | done); each post is saved as a draft the moment it is written.
export const POST = withOrg(
  async ({ request, ctx, requestId }) => {
    const input = generatePostsSchema.parse(await readJsonBody(request, 16 * 1024));
    // Refusals (no posts or tokens left this month) answer before the stream starts: a plain 402.
    const batch = await prepareBatch(ctx, input);
    // Stops the batch when the reader goes away (tab closed, "Stop" clicked): no tokens spent for nobody.
    const stop = new AbortController();
    request.signal.addEventListener('abort', () => stop.abort(), { once: true });
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        let created = 0;
        try {
          for await (const event of runBatch(batch, { abortSignal: stop.signal })) {
            if (event.type === 'post') created++;
            controller.enqueue(line(event));
          }
        } catch (error) {
          if (!stop.signal.aborted) {
            requestLogger(requestId).error({ err: error }, 'content generation stream failed');
            controller.enqueue(line({ type: 'error', message: `Something went wrong after ${created} posts. The posts saved so far are kept.`, created }));
          }
        } finally {
          try {
            controller.close();
          } catch {
            // Already cancelled by the reader: nothing left to close.
          }
        }
      },
      cancel() {
        stop.abort();
      },
    });
    return new Response(stream, {
      headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-request-id': requestId },
    });
  },
  { permission: 'marketing.write' },
);
