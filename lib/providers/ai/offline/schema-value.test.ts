import { generateText, Output } from 'ai';
import type { JSONSchema7 } from '@ai-sdk/provider';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { OfflineWriter } from './offline-writer';
import { conformToSchema } from './schema-value';

vi.mock('./composers', () => ({ OFFLINE_COMPOSERS: {} }));

const TEXT = 'Plan posts for Acme Bakery on LinkedIn. We bake sourdough. Cafés are our customers. Spring is busy. Our goal is more cafés.';

describe('conformToSchema', () => {
  it('is deterministic', () => {
    const schema: JSONSchema7 = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'array', items: { type: 'string' } } } };
    expect(conformToSchema(undefined, schema, TEXT)).toEqual(conformToSchema(undefined, schema, TEXT));
  });

  it('handles refs, tuples, records, nullable unions, patterns and unique items', () => {
    const schema: JSONSchema7 = {
      type: 'object',
      required: ['node', 'pair', 'scores', 'maybe', 'code', 'tags', 'level', 'even'],
      properties: {
        node: { $ref: '#/definitions/node' },
        pair: { type: 'array', items: [{ type: 'string' }, { type: 'integer' }], minItems: 2, maxItems: 2 },
        scores: { type: 'object', additionalProperties: { type: 'number', minimum: 0, maximum: 10 }, required: ['first'] },
        maybe: { anyOf: [{ type: 'null' }, { type: 'string', minLength: 5 }] },
        code: { type: 'string', pattern: '^[A-Z]{3}$' },
        tags: { type: 'array', items: { type: 'string', enum: ['a', 'b', 'c'] }, minItems: 3, uniqueItems: true },
        level: { enum: [1, 2, 3] },
        even: { type: 'integer', minimum: 1, maximum: 9, multipleOf: 2 },
      },
      additionalProperties: false,
      definitions: { node: { type: 'object', required: ['label'], properties: { label: { type: 'string', maxLength: 12 } } } },
    };
    const value = conformToSchema({ extra: true, code: 'abc' }, schema, TEXT) as Record<string, unknown>;
    expect(value).not.toHaveProperty('extra');
    expect((value.node as { label: string }).label.length).toBeLessThanOrEqual(12);
    expect(value.pair).toEqual([expect.any(String), 1]);
    expect(value.scores).toEqual({ first: 5 });
    expect(typeof value.maybe === 'string' && value.maybe.length >= 5).toBe(true);
    expect(value.code).toMatch(/^[A-Z]{3}$/);
    expect(new Set(value.tags as string[]).size).toBe(3);
    expect(value.level).toBe(1);
    expect(value.even).toBe(6);
  });
});

describe('structured output with the offline writer', () => {
  it('fills Output.array with at least the items asked for', async () => {
    const element = z.object({ title: z.string().min(1), day: z.enum(['monday', 'friday']) });
    const { output } = await generateText({ model: new OfflineWriter(), output: Output.array({ element }), prompt: TEXT });
    expect(output.length).toBeGreaterThan(0);
    for (const item of output) expect(element.parse(item)).toEqual(item);
    expect(new Set(output.map((item) => item.title)).size).toBe(output.length);
  });

  it('picks a choice the prompt names', async () => {
    const { output } = await generateText({ model: new OfflineWriter(), output: Output.choice({ options: ['x', 'linkedin'] }), prompt: TEXT });
    expect(output).toBe('linkedin');
  });

  it('validates nested, recursive and optional zod schemas', async () => {
    type Section = { heading: string; children: Section[] };
    const section: z.ZodType<Section> = z.lazy(() => z.object({ heading: z.string().max(30), children: z.array(section).max(1) }));
    const schema = z.object({
      sections: z.array(section).min(1).max(2),
      rating: z.number().gt(0).lt(1),
      when: z.iso.datetime(),
      site: z.url(),
      note: z.string().nullable().optional(),
    });
    const { output } = await generateText({ model: new OfflineWriter(), output: Output.object({ schema }), prompt: TEXT });
    expect(schema.parse(output)).toEqual(output);
  });
});
