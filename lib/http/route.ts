import { problemResponse } from './problem';

type RouteContext<P> = { params: Promise<P> };
export type RouteHandler<P> = (request: Request, context: RouteContext<P> & { requestId: string }) => Promise<Response>;

export function getRequestId(request: Request): string {
  return request.headers.get('x-request-id') ?? crypto.randomUUID();
}

/** Wraps a route handler so every thrown error becomes problem+json with the request id. */
export function route<P = Record<string, string>>(handler: RouteHandler<P>) {
  return async (request: Request, context: RouteContext<P>) => {
    const requestId = getRequestId(request);
    try {
      return await handler(request, { ...context, requestId });
    } catch (error) {
      return problemResponse(error, requestId);
    }
  };
}
