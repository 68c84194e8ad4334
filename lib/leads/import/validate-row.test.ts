import { describe, expect, it } from 'vitest';
import type { ImportCustomField } from './fields';
import { compileRowPlan, parseMoneyToCents, rowToLead, splitTags } from './validate-row';

const columns = ['Full name', 'E-mail', 'Company name', 'Deal value', 'Labels', 'Size', 'Phone'];
const customFields: ImportCustomField[] = [{ key: 'company_size', label: 'Company size', type: 'number', options: [] }];
const plan = compileRowPlan({
  columns,
  mapping: { 'Full name': 'name', 'E-mail': 'email', 'Company name': 'company', 'Deal value': 'value', Labels: 'tags', Size: 'custom:company_size', Phone: 'phone' },
  customFields,
  batchTags: ['spring-fair'],
});

describe('rowToLead', () => {
  it('turns a good row into a createLeadSchema input', () => {
    const result = rowToLead(['Ada Lovelace', ' ADA@Example.com ', 'Analytical', '$1,250.50', 'vip; board', '40', "'+44 20 7946 0000"], 2, plan);
    expect(result).toEqual({
      ok: true,
      input: {
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        company: 'Analytical',
        phone: '+44 20 7946 0000',
        tags: ['vip', 'board', 'spring-fair'],
        valueCents: 125050,
        customFields: { company_size: 40 },
      },
    });
  });

  it('reports every problem of a row with its spreadsheet row and CSV column', () => {
    const result = rowToLead(['', 'not-an-email', 'x'.repeat(201), 'lots', '', 'big', ''], 7, plan);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { row: 7, column: 'Full name', message: 'Name is required.' },
      { row: 7, column: 'Deal value', message: '"lots" is not an amount; use a number like 1250 or 1,250.50.' },
      { row: 7, column: 'Size', message: 'Company size must be a number.' },
      { row: 7, column: 'E-mail', message: '"not-an-email" is not a valid email address.' },
      { row: 7, column: 'Company name', message: 'Company is longer than 200 characters.' },
    ]);
  });

  it('keeps a name strict: an email alone does not make one', () => {
    const result = rowToLead(['', 'ada@example.com'], 3, plan);
    expect(!result.ok && result.errors).toEqual([{ row: 3, column: 'Full name', message: 'Name is required.' }]);
  });

  it('combines First name and Last name columns', () => {
    const split = compileRowPlan({ columns: ['First', 'Last'], mapping: { First: 'firstName', Last: 'lastName' }, customFields: [], batchTags: [] });
    expect(rowToLead(['Grace', 'Hopper'], 2, split)).toEqual({ ok: true, input: { name: 'Grace Hopper' } });
    expect(rowToLead(['', 'Hopper'], 2, split)).toEqual({ ok: true, input: { name: 'Hopper' } });
    expect(rowToLead(['', ''], 4, split)).toEqual({ ok: false, errors: [{ row: 4, column: 'First', message: 'Name is required.' }] });
  });

  it('treats short rows as empty cells and ignores unmapped columns', () => {
    const result = rowToLead(['Alan Turing'], 2, plan);
    expect(result).toEqual({ ok: true, input: { name: 'Alan Turing', tags: ['spring-fair'] } });
  });

  it('refuses a tag longer than 50 characters', () => {
    const result = rowToLead(['Alan', '', '', '', 'y'.repeat(51)], 9, plan);
    expect(!result.ok && result.errors).toEqual([{ row: 9, column: 'Labels', message: 'A tag has at most 50 characters.' }]);
  });
});

describe('parseMoneyToCents', () => {
  it.each([
    ['1250', 125000],
    ['1,250.5', 125050],
    ['$ 99.99', 9999],
    ['€12', 1200],
    ['1200 EUR', 120000],
    ['USD 7.05', 705],
    ['0', 0],
  ])('reads %s', (text, cents) => expect(parseMoneyToCents(text)).toBe(cents));

  it.each(['abc', '-5', '1.234,56', '12.345', '1,25', ''])('refuses %s', (text) => expect(parseMoneyToCents(text)).toBeNull());
});

describe('splitTags', () => {
  it('splits on commas and semicolons and drops blanks', () => expect(splitTags('a, b;;c ;')).toEqual(['a', 'b', 'c']));
});
