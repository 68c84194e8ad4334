import type { JSONSchema7, JSONSchema7Definition } from '@ai-sdk/provider';
import { enumFor, numberFor, stringFor, type SchemaHint } from './schema-scalars';

type JSONSchema7TypeName = Extract<JSONSchema7['type'], string>;
type Walk = SchemaHint & { root: JSONSchema7; depth: number };

const DEFAULT_ARRAY_LENGTH = 3;
// Past this depth new arrays get only their minimum items, so a recursive schema (a tree) ends.
const SHALLOW_DEPTH = 6;
// Deep enough for any real output schema; a last stop for a recursive `$ref` that requires items.
const MAX_DEPTH = 32;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a local `$ref` (`#/definitions/x`, `#/$defs/x`); unknown refs resolve to "anything". */
function resolve(definition: JSONSchema7Definition | undefined, root: JSONSchema7): JSONSchema7 {
  if (definition === undefined || definition === true) return {};
  if (definition === false) return { not: {} };
  if (!definition.$ref) return definition;
  if (definition.$ref === '#') return root;
  const segments = definition.$ref.replace(/^#\//, '').split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  let target: unknown = root;
  for (const segment of segments) target = isPlainObject(target) ? target[segment] : undefined;
  return isPlainObject(target) ? { ...(target as JSONSchema7), ...definition, $ref: undefined } : {};
}

function typeOfValue(value: unknown): JSONSchema7TypeName | undefined {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'object') return typeof value as JSONSchema7TypeName;
  return undefined;
}

function declaredTypes(schema: JSONSchema7): JSONSchema7TypeName[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.type) return [schema.type];
  if (schema.properties || schema.required || schema.additionalProperties !== undefined) return ['object'];
  if (schema.items !== undefined || schema.minItems !== undefined) return ['array'];
  if (schema.minimum !== undefined || schema.maximum !== undefined) return ['number'];
  return [];
}

/** The type to produce: the given value's own type when allowed, else the first non-null one. */
function chooseType(types: JSONSchema7TypeName[], value: unknown): JSONSchema7TypeName | undefined {
  const actual = typeOfValue(value);
  if (actual && types.includes(actual)) return actual;
  if (actual === 'integer' && types.includes('number')) return 'number';
  return types.find((type) => type !== 'null') ?? types[0];
}

function mergeAllOf(schema: JSONSchema7, root: JSONSchema7): JSONSchema7 {
  const parts = (schema.allOf ?? []).map((part) => resolve(part, root));
  return parts.reduce<JSONSchema7>(
    (merged, part) => ({
      ...merged,
      ...part,
      properties: { ...merged.properties, ...part.properties },
      required: [...(merged.required ?? []), ...(part.required ?? [])],
    }),
    { ...schema, allOf: undefined },
  );
}

function pickOption(options: JSONSchema7Definition[], value: unknown, root: JSONSchema7): JSONSchema7 {
  const resolved = options.map((option) => resolve(option, root));
  const actual = typeOfValue(value);
  const fitting = actual ? resolved.find((option) => declaredTypes(option).includes(actual)) : undefined;
  return fitting ?? resolved.find((option) => !declaredTypes(option).every((type) => type === 'null')) ?? resolved[0] ?? {};
}

function conformObject(value: unknown, schema: JSONSchema7, walk: Walk): Record<string, unknown> {
  const fresh = !isPlainObject(value);
  const source = isPlainObject(value) ? value : {};
  const required = new Set(schema.required ?? []);
  const properties = schema.properties ?? {};
  const result: Record<string, unknown> = {};
  for (const [key, definition] of Object.entries(properties)) {
    // A fresh object gets every property; a given one keeps its own choice of optional ones.
    if (!(key in source) && !required.has(key) && !fresh) continue;
    const next = conform(source[key], definition, { ...walk, path: [...walk.path, key] });
    if (next !== undefined) result[key] = next;
  }
  const extra = schema.additionalProperties;
  for (const [key, item] of Object.entries(source)) {
    if (key in properties || extra === false) continue;
    result[key] = extra === undefined || extra === true ? item : conform(item, extra, { ...walk, path: [...walk.path, key] });
  }
  for (const key of required) {
    if (key in result) continue;
    const definition = extra === undefined || typeof extra === 'boolean' ? { type: 'string' as const } : extra;
    result[key] = conform(undefined, definition, { ...walk, path: [...walk.path, key] });
  }
  return result;
}

function conformArray(value: unknown, schema: JSONSchema7, walk: Walk): unknown[] {
  const source = Array.isArray(value) ? value : [];
  const tuple = Array.isArray(schema.items) ? schema.items : undefined;
  const min = Math.max(schema.minItems ?? 0, tuple?.length ?? 0);
  const max = schema.maxItems ?? Infinity;
  const wanted = Array.isArray(value) ? source.length : (tuple?.length ?? (walk.depth > SHALLOW_DEPTH ? 0 : DEFAULT_ARRAY_LENGTH));
  const length = Math.min(max, Math.max(min, wanted));
  const items: unknown[] = [];
  for (let index = 0; index < length; index += 1) {
    const definition = tuple ? (tuple[index] ?? schema.additionalItems) : (schema.items as JSONSchema7Definition | undefined);
    items.push(conform(source[index], definition, { ...walk, path: [...walk.path, String(index)] }));
  }
  if (!schema.uniqueItems) return items;
  const seen = new Set<string>();
  return items.map((item, index) => {
    let candidate = item;
    if (typeof candidate === 'string' && seen.has(JSON.stringify(candidate))) candidate = `${candidate} (${index + 1})`;
    seen.add(JSON.stringify(candidate));
    return candidate;
  });
}

function conform(value: unknown, definition: JSONSchema7Definition | undefined, walk: Walk): unknown {
  let schema = resolve(definition, walk.root);
  if (walk.depth > MAX_DEPTH) return value ?? null;
  const next = { ...walk, depth: walk.depth + 1 };
  if (schema.allOf) schema = mergeAllOf(schema, walk.root);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return enumFor(schema.enum, value, walk);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return conform(value, { ...schema, anyOf: undefined, oneOf: undefined, ...pickOption(options, value, walk.root) }, next);
  const type = chooseType(declaredTypes(schema), value);
  switch (type) {
    case 'object':
      return conformObject(value, schema, next);
    case 'array':
      return conformArray(value, schema, next);
    case 'number':
    case 'integer':
      return numberFor(schema, value, type === 'integer');
    case 'boolean':
      return typeof value === 'boolean' ? value : false;
    case 'null':
      return null;
    case 'string':
      return stringFor(schema, value, walk);
    default:
      return value !== undefined ? value : stringFor(schema, value, walk);
  }
}

/**
 * A value valid against `schema`: keeps what `value` already gets right (a composer's object), fixes or
 * fills in the rest from the prompt text. With no value it builds one from scratch. Deterministic.
 */
export function conformToSchema(value: unknown, schema: JSONSchema7, text: string): unknown {
  return conform(value, schema, { root: schema, text, path: [], depth: 0 });
}
