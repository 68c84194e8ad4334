import { describe, expect, it } from 'vitest';
import { v1RouteMethods } from '@/tests/helpers/api-v1';
import { buildOpenApiDocument } from './openapi';

// The document itself is not an API operation.
const UNDOCUMENTED = new Set(['GET /openapi.json']);

function collectRefs(node: unknown, refs: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => collectRefs(item, refs));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') refs.push(value);
      else collectRefs(value, refs);
    }
  }
  return refs;
}

function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), document);
}

describe('the OpenAPI document', () => {
  const doc = buildOpenApiDocument();

  it('is OpenAPI 3.1 with a relative server, bearer security and plain JSON', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBeTruthy();
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/api/v1' })]);
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.security).toEqual([{ apiKey: [] }]);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('documents every method of every v1 route file, and nothing that does not exist', () => {
    const fromFiles = v1RouteMethods().filter((route) => !UNDOCUMENTED.has(route)).sort();
    expect(fromFiles.length).toBeGreaterThanOrEqual(12);
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${p}`)).sort();
    expect(documented).toEqual(fromFiles);
  });

  it('resolves every $ref inside the document', () => {
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of new Set(refs)) expect(resolvePointer(doc, ref), ref).toBeDefined();
  });

  it('declares path parameters, the Idempotency-Key on POSTs and problem responses', () => {
    for (const [p, ops] of Object.entries(doc.paths)) {
      const names = [...p.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
      for (const [method, op] of Object.entries(ops) as [string, { security?: unknown[]; parameters?: { name?: string; in?: string; $ref?: string }[]; responses: Record<string, unknown> }][]) {
        const pathParams = (op.parameters ?? []).filter((param) => param.in === 'path').map((param) => param.name);
        expect(pathParams, `${method} ${p}`).toEqual(names);
        // A public operation (security: []) takes no key, so it can answer neither 401 nor 403.
        const isPublic = Array.isArray(op.security) && op.security.length === 0;
        expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(isPublic ? ['429'] : ['401', '403', '429']));
        if (isPublic) expect(Object.keys(op.responses)).not.toEqual(expect.arrayContaining(['401']));
        if (names.length) expect(Object.keys(op.responses)).toContain('404');
        const hasIdempotencyKey = (op.parameters ?? []).some((param) => param.$ref === '#/components/parameters/IdempotencyKey');
        expect(hasIdempotencyKey, `${method} ${p}`).toBe(method === 'post' && !isPublic);
      }
    }
  });

  it('documents the public form endpoint without a key, with every body encoding it accepts', () => {
    const submit = doc.paths['/forms/{formId}/submissions']!.post as { security: unknown[]; requestBody: { content: Record<string, unknown> }; responses: Record<string, unknown> };
    expect(submit.security).toEqual([]);
    expect(Object.keys(submit.requestBody.content)).toEqual(['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data']);
    expect(Object.keys(submit.responses).sort()).toEqual(['200', '303', '400', '404', '413', '415', '422', '429']);
    const schemas = doc.components.schemas as Record<string, { required?: string[] }>;
    expect(schemas.FormSubmissionInput!.required).toEqual(['email']);
    expect(schemas.FormSubmissionResult!.required).toEqual(['ok', 'message', 'redirectUrl']);
  });

  it('describes bodies as clients send them and responses as the API writes them', () => {
    const schemas = doc.components.schemas as Record<string, { properties: Record<string, Record<string, unknown>>; required?: string[] }>;
    expect(schemas.CreateLeadInput!.required).toEqual(['name']);
    expect(schemas.CreateTaskInput!.properties.dueAt).toMatchObject({ type: 'string', format: 'date-time' });
    expect(schemas.CreateTaskInput!.required).toEqual(['title']);
    expect(schemas.Lead!.properties.createdAt).toMatchObject({ type: 'string', format: 'date-time' });
    expect(schemas.LeadPage!.properties.items).toEqual({ type: 'array', items: { $ref: '#/components/schemas/Lead' } });
    const listLeads = doc.paths['/leads']!.get as { parameters: { name: string }[] };
    expect(listLeads.parameters.map((param) => param.name)).toEqual(expect.arrayContaining(['q', 'stageId', 'tags', 'sort', 'cursor', 'limit']));
  });
});
