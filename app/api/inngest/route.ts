import { serve } from 'inngest/next';
import type { NextRequest } from 'next/server';
import { inngest } from '@/inngest/client';
import { inngestFunctions } from '@/inngest/functions';
import { AppError } from '@/lib/errors';
import { toProblem } from '@/lib/http/problem';
import { getJobDriver } from '@/lib/jobs/driver';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const NOT_CONFIGURED = 'Inngest is not configured; jobs run in-process';

const handlers = serve({ client: inngest, functions: inngestFunctions });

type Handler = (request: NextRequest, context: unknown) => Promise<Response>;

// Under the local runner nothing here may run jobs: a stray sync or call must not execute a second copy.
function unlessLocal(handler: Handler) {
  return async (request: NextRequest, context: { params: Promise<Record<string, never>> }) => {
    if (getJobDriver() === 'local') {
      // Problem details, with `error` as an extension member for clients that read only that.
      const body = { ...toProblem(new AppError('not_found', NOT_CONFIGURED)), error: NOT_CONFIGURED };
      return Response.json(body, { status: 404, headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' } });
    }
    return handler(request, context);
  };
}

// GET /api/inngest - Inngest's introspection of this app's functions (the Inngest driver only)
export const GET = unlessLocal(handlers.GET);
// POST /api/inngest - Inngest calls a function step by step; requests are signed with INNGEST_SIGNING_KEY
export const POST = unlessLocal(handlers.POST);
// PUT /api/inngest - syncs (registers) the function list with Inngest
export const PUT = unlessLocal(handlers.PUT);
