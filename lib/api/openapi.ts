import { z } from 'zod';
import { createActivitySchema } from '@/lib/leads/activity-schemas';
import { formSubmissionBodySchema, formSubmissionResultSchema } from '@/lib/leads/capture/public-api-schemas';
import { createLeadSchema, updateLeadSchema } from '@/lib/leads/schemas';
import { LIMITS } from '@/lib/rate-limit/limits';
import { createTaskSchema, updateTaskSchema } from '@/lib/tasks/schemas';
import { OPERATIONS, QUERY_PARAM_DESCRIPTIONS, type OperationSpec } from './openapi-operations';
import * as api from './schemas';

type JsonSchema = Record<string, unknown>;
export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string; description?: string }[];
  security: Record<string, string[]>[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, JsonSchema>>;
  components: Record<'schemas' | 'responses' | 'parameters' | 'headers' | 'securitySchemes', Record<string, JsonSchema>>;
};

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });

// Request bodies are documented as clients send them (io: 'input': before trims, defaults and coercions);
// responses as the serializers write them (io: 'output').
const REQUEST_SCHEMAS: Record<string, z.ZodType> = {
  CreateLeadInput: createLeadSchema,
  UpdateLeadInput: updateLeadSchema,
  CreateActivityInput: createActivitySchema,
  CreateTaskInput: createTaskSchema,
  UpdateTaskInput: updateTaskSchema,
  FormSubmissionInput: formSubmissionBodySchema,
};
const RESPONSE_SCHEMAS: Record<string, z.ZodType> = {
  Organization: api.apiOrgSchema,
  Lead: api.apiLeadSchema,
  LeadDetail: api.apiLeadDetailSchema,
  CreateLeadResult: api.apiCreateLeadResultSchema,
  LeadPage: api.apiLeadPageSchema,
  Activity: api.apiActivitySchema,
  ActivityPage: api.apiActivityPageSchema,
  Task: api.apiTaskSchema,
  TaskPage: api.apiTaskPageSchema,
  FormSubmissionResult: formSubmissionResultSchema,
  Problem: api.problemSchema,
};

/** Dates travel as ISO 8601 strings; zod's long uuid/datetime regexes add nothing the format does not say. */
function jsonSchemaOptions(io: 'input' | 'output') {
  return {
    io,
    target: 'draft-2020-12' as const,
    unrepresentable: 'any' as const,
    override: ({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: JsonSchema }) => {
      type Def = { type: string; format?: string; out?: { _zod: { def: Def } } };
      const def = (zodSchema as { _zod: { def: Def } })._zod.def;
      if (def.type === 'date') Object.assign(jsonSchema, { type: 'string', format: 'date-time' });
      // `trim().toLowerCase().pipe(z.email())` documents as its input, a plain string: keep the email format.
      if (io === 'input' && def.type === 'pipe' && def.out?._zod.def.format === 'email') jsonSchema.format = 'email';
      if (jsonSchema.format === 'uuid' || jsonSchema.format === 'date-time') delete jsonSchema.pattern;
    },
  };
}

/** Converts named schemas in one pass, so a schema used inside another becomes a $ref to its component. */
function componentSchemas(named: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { ...jsonSchemaOptions(io), uri: (id) => `#/components/schemas/${id}` });
  // Embedded in the document, a component needs neither its own $schema nor an $id (which would move the
  // base URI its $refs resolve against).
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema as JsonSchema]));
}

function queryParameters(schema: z.ZodType) {
  const json = z.toJSONSchema(schema, jsonSchemaOptions('input')) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    ...(QUERY_PARAM_DESCRIPTIONS[name] ? { description: QUERY_PARAM_DESCRIPTIONS[name] } : {}),
    schema: property,
  }));
}

const problem = (description: string, headers?: Record<string, JsonSchema>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/problem+json': { schema: ref('schemas', 'Problem') } },
});

const ERROR_RESPONSES = {
  BadRequest: problem('The body is not JSON, a referenced record is not in the workspace, or the cursor is invalid.'),
  Unauthorized: problem('No API key, or the key is unknown, revoked or expired.'),
  Forbidden: problem('The API key lacks the scope this operation needs.'),
  NotFound: problem('No such record in the key’s workspace.'),
  Conflict: problem('A request with the same Idempotency-Key is still running, or the change conflicts with another record.'),
  ContentTooLarge: problem('The request body is over 1 MB (32 KB for form submissions).'),
  UnsupportedMediaType: problem('A form submission in a media type other than JSON, URL-encoded or multipart form data.'),
  ValidationFailed: problem('Invalid fields (`errors` lists each path and message), or an Idempotency-Key reused with a different request.'),
  RateLimited: problem('The API key used up its requests for this minute (form submissions: the visitor’s address or the form did).', { 'Retry-After': ref('headers', 'Retry-After') }),
};

function operation(spec: OperationSpec): JsonSchema {
  const pathParams = [...spec.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string', format: 'uuid' },
  }));
  // Public endpoints take no key: no 401/403, no Idempotency-Key (a repeated submission is a repeated touch).
  const isPublic = spec.scope === 'public';
  const idempotent = spec.method === 'post' && !isPublic;
  const parameters = [...pathParams, ...(spec.query ? queryParameters(spec.query) : []), ...(idempotent ? [ref('parameters', 'IdempotencyKey')] : [])];
  const responses: Record<string, JsonSchema> = {};
  for (const [status, [description, schema]] of Object.entries(spec.responses)) {
    responses[status] = {
      description,
      ...(idempotent ? { headers: { 'Idempotent-Replayed': ref('headers', 'Idempotent-Replayed') } } : {}),
      ...(schema ? { content: { 'application/json': { schema: ref('schemas', schema) } } } : {}),
    };
  }
  const errors: (keyof typeof ERROR_RESPONSES)[] = isPublic ? ['RateLimited'] : ['Unauthorized', 'Forbidden', 'RateLimited'];
  if (pathParams.length) errors.push('NotFound');
  if (spec.body || spec.query) errors.push('BadRequest', 'ValidationFailed');
  if (spec.body) errors.push('ContentTooLarge');
  if (spec.formBodies) errors.push('UnsupportedMediaType');
  // 409: a POST whose Idempotency-Key is still running; a lead update onto another lead's email.
  if (idempotent || spec.operationId === 'updateLead') errors.push('Conflict');
  const statuses = { BadRequest: 400, Unauthorized: 401, Forbidden: 403, NotFound: 404, Conflict: 409, ContentTooLarge: 413, UnsupportedMediaType: 415, ValidationFailed: 422, RateLimited: 429 };
  for (const name of errors.sort((a, b) => statuses[a] - statuses[b])) responses[statuses[name]] = ref('responses', name);
  const bodyTypes = spec.formBodies ? ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'] : ['application/json'];
  return {
    operationId: spec.operationId,
    tags: [spec.tag],
    summary: spec.summary,
    description: [spec.description, isPublic ? '' : `Requires the \`${spec.scope}\` scope.`].filter(Boolean).join('\n\n'),
    ...(isPublic ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(spec.body ? { requestBody: { required: true, content: Object.fromEntries(bodyTypes.map((type) => [type, { schema: ref('schemas', spec.body!) }])) } } : {}),
    responses,
  };
}

const DESCRIPTION = (perMinute: number) => `The Beacon REST API: leads, their timelines and tasks in one workspace.

**Authentication.** Send an API key as \`Authorization: Bearer bk_live_…\`. Create keys in the workspace's settings (Settings → API keys); a key works only in its workspace and only with its scopes.

**Pagination.** Lists answer \`{ items, nextCursor }\`. Pass \`nextCursor\` back as \`cursor\` for the next page; it is \`null\` on the last page.

**Errors.** Every error is [RFC 9457](https://www.rfc-editor.org/rfc/rfc9457) \`application/problem+json\` with a stable \`code\`; invalid fields answer 422 with an \`errors\` list of \`{ path, message }\`.

**Idempotency.** POST requests honour an \`Idempotency-Key\` header (up to 255 characters, kept 24 hours): a retry with the same key and body replays the first answer with \`Idempotent-Replayed: true\` instead of creating twice.

**Rate limits.** ${perMinute} requests per minute per key. Answers carry \`RateLimit-Limit\`, \`RateLimit-Remaining\` and \`RateLimit-Reset\`; past the limit, 429 with \`Retry-After\`.`;

/** The OpenAPI 3.1 document of /api/v1, built from the same zod schemas that validate requests. */
export function buildOpenApiDocument(): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const spec of OPERATIONS) (paths[spec.path] ??= {})[spec.method] = operation(spec);
  return {
    openapi: '3.1.0',
    info: { title: 'Beacon API', version: '1.0.0', description: DESCRIPTION(LIMITS['api-key'].points) },
    servers: [{ url: '/api/v1', description: 'This Beacon install' }],
    security: [{ apiKey: [] }],
    tags: [
      { name: 'Organization', description: 'The workspace an API key belongs to.' },
      { name: 'Leads', description: 'People and companies in the pipeline, unique by email per workspace.' },
      { name: 'Activities', description: 'A lead’s timeline: notes, calls, emails, meetings and what Beacon records itself.' },
      { name: 'Tasks', description: 'To-dos for the team, optionally linked to a lead.' },
      { name: 'Forms', description: 'Public lead-capture endpoints: visitors’ submissions to a workspace’s forms, no API key needed.' },
    ],
    paths,
    components: {
      schemas: { ...componentSchemas(REQUEST_SCHEMAS, 'input'), ...componentSchemas(RESPONSE_SCHEMAS, 'output') },
      responses: ERROR_RESPONSES,
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'A unique value per logical request (a UUID works). A retry with the same key and body replays the first answer.',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
      },
      headers: {
        'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } },
        'Idempotent-Replayed': { description: '`true` when this answer is a replay of an earlier request with the same Idempotency-Key.', schema: { type: 'string', enum: ['true'] } },
      },
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', bearerFormat: 'bk_live_…', description: 'A workspace API key, e.g. `bk_live_…`.' },
      },
    },
  };
}
