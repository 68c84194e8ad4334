import { describe, expect, it } from 'vitest';
import type { CreateLeadInput } from '../schemas';
import { normalizeColumns } from './csv';
import { suggestMapping } from './fields';
import { validateMapping } from './mapping';
import { collapseDuplicates } from './write-batch';

const budget = { key: 'budget', label: 'Budget', type: 'number' as const, options: [] };

describe('suggestMapping', () => {
  it('recognises common header spellings and custom field labels', () => {
    expect(suggestMapping(['Full Name', 'E-mail', 'Company name', 'Job Title', 'Mobile', 'Lead source', 'Tags', 'Deal value', 'Budget', 'Notes'], [budget])).toEqual({
      'Full Name': 'name',
      'E-mail': 'email',
      'Company name': 'company',
      'Job Title': 'title',
      Mobile: 'phone',
      'Lead source': 'source',
      Tags: 'tags',
      'Deal value': 'value',
      Budget: 'custom:budget',
    });
  });

  it("recognises the export's own headers, so an export re-imports", () => {
    const exported = ['Name', 'Email', 'Company', 'Phone', 'Title', 'Stage', 'Owner', 'Source', 'Tags', 'Score', 'Value', 'Created', 'Last activity'];
    expect(suggestMapping(exported, [])).toEqual({ Name: 'name', Email: 'email', Company: 'company', Phone: 'phone', Title: 'title', Source: 'source', Tags: 'tags', Value: 'value' });
  });

  it('suggests first and last name when there is no name column, and each field once', () => {
    expect(suggestMapping(['First name', 'Last name', 'Email', 'Email address'], [])).toEqual({ 'First name': 'firstName', 'Last name': 'lastName', Email: 'email' });
    expect(suggestMapping(['Name', 'First name'], [])).toEqual({ Name: 'name' });
  });
});

describe('validateMapping', () => {
  const columns = ['Name', 'Email', 'First', 'Last', 'Budget'];

  it('drops unmapped columns and accepts known fields', () => {
    expect(validateMapping({ Name: 'name', Email: 'email', First: '', Budget: 'custom:budget' }, columns, [budget])).toEqual({ Name: 'name', Email: 'email', Budget: 'custom:budget' });
  });

  it.each([
    [{ Email: 'email' }, 'Map a column to Name (or to First name / Last name): every lead needs a name.'],
    [{ Name: 'name', Email: 'name' }, 'Columns "Name" and "Email" are both mapped to the same field; map each field once.'],
    [{ Name: 'name', First: 'firstName' }, 'Map either a Name column or First name / Last name columns, not both.'],
    [{ Name: 'name', Nope: 'email' }, 'The file has no column "Nope".'],
    [{ Name: 'name', Budget: 'custom:missing' }, '"custom:missing" is not a field leads can be imported into.'],
    [{ Name: 'name', Email: 'stageId' }, '"stageId" is not a field leads can be imported into.'],
  ])('refuses %j', (mapping, message) => {
    expect(() => validateMapping(mapping, columns, [budget])).toThrow(message);
  });

  it('accepts a last name alone', () => {
    expect(validateMapping({ Last: 'lastName' }, columns, [])).toEqual({ Last: 'lastName' });
  });
});

describe('normalizeColumns', () => {
  it('names blank headers and makes duplicates unique', () => {
    expect(normalizeColumns(['Email', '', 'Email', 'Name'])).toEqual(['Email', 'Column 2', 'Email (2)', 'Name']);
  });
});

describe('collapseDuplicates', () => {
  const rows: CreateLeadInput[] = [
    { name: 'First', email: 'a@x.test', company: 'Old Co', source: 'fair', tags: ['one'] },
    { name: 'No email' },
    { name: 'Second', email: 'a@x.test', title: 'CTO', source: 'web', tags: ['two'] },
    { name: 'No email' },
  ];

  it("with 'skip' keeps the first row of an email", () => {
    const { unique, folded } = collapseDuplicates(rows, 'skip');
    expect(folded).toBe(1);
    expect(unique.map((row) => row.name)).toEqual(['First', 'No email', 'No email']);
  });

  it("with 'update' merges later rows into the first as the database would", () => {
    const { unique, folded } = collapseDuplicates(rows, 'update');
    expect(folded).toBe(1);
    expect(unique[0]).toEqual({ name: 'Second', email: 'a@x.test', company: 'Old Co', title: 'CTO', source: 'fair', tags: ['one', 'two'], phone: undefined, valueCents: undefined, customFields: undefined });
    expect(unique).toHaveLength(3);
  });
});
