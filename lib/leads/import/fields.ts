import type { CustomFieldDefinition } from '@/db/schema';

/**
 * The lead fields a CSV column can be mapped to. `firstName` + `lastName` are combined into the lead's
 * name ("Ada" + "Lovelace" → "Ada Lovelace") for files that split it; a mapping uses either `name` or them.
 * Custom fields are mapped as `custom:<key>`.
 */
export const IMPORT_FIELDS = ['name', 'firstName', 'lastName', 'email', 'company', 'phone', 'title', 'source', 'tags', 'value'] as const;
export type BuiltInImportField = (typeof IMPORT_FIELDS)[number];
export type ImportField = BuiltInImportField | `custom:${string}`;

export const IMPORT_FIELD_LABELS: Record<BuiltInImportField, string> = {
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  company: 'Company',
  phone: 'Phone',
  title: 'Title',
  source: 'Source',
  tags: 'Tags (comma or semicolon separated)',
  value: 'Value (in currency units)',
};

export type ImportCustomField = Pick<CustomFieldDefinition, 'key' | 'label' | 'type' | 'options'>;

export type ImportFieldOption = { value: ImportField; label: string };

/** Every field a column can be mapped to in this workspace, for the mapping step's selects. */
export function importFieldOptions(customFields: ImportCustomField[]): ImportFieldOption[] {
  return [
    ...IMPORT_FIELDS.map((field) => ({ value: field, label: IMPORT_FIELD_LABELS[field] })),
    ...customFields.map((field) => ({ value: `custom:${field.key}` as const, label: `${field.label} (custom)` })),
  ];
}

export function isBuiltInField(value: string): value is BuiltInImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

// Header spellings seen in CRM and spreadsheet exports, compared without case, spaces or punctuation.
// The export's own headers (COLUMN_LABELS: Name, Email, Company, …) are among them, so exports re-import.
const ALIASES: Record<BuiltInImportField, string[]> = {
  name: ['name', 'fullname', 'contactname', 'leadname', 'contact', 'person'],
  firstName: ['firstname', 'first', 'givenname', 'forename'],
  lastName: ['lastname', 'last', 'surname', 'familyname'],
  email: ['email', 'emailaddress', 'mail', 'workemail', 'contactemail'],
  company: ['company', 'companyname', 'organization', 'organisation', 'account', 'accountname', 'business'],
  phone: ['phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'mobilephone', 'cell', 'cellphone'],
  title: ['title', 'jobtitle', 'position', 'role'],
  source: ['source', 'leadsource', 'origin', 'channel'],
  tags: ['tags', 'tag', 'labels'],
  value: ['value', 'dealvalue', 'amount', 'revenue', 'dealsize'],
};

const normalize = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A first guess at the mapping from the header names; each field is suggested for one column at most. */
export function suggestMapping(columns: string[], customFields: ImportCustomField[]): Record<string, ImportField> {
  const mapping: Record<string, ImportField> = {};
  const taken = new Set<string>();
  const assign = (column: string, field: ImportField) => {
    if (taken.has(field) || mapping[column]) return;
    mapping[column] = field;
    taken.add(field);
  };
  for (const column of columns) {
    const key = normalize(column);
    const builtIn = IMPORT_FIELDS.find((field) => ALIASES[field].includes(key));
    if (builtIn) {
      assign(column, builtIn);
      continue;
    }
    const custom = customFields.find((field) => normalize(field.label) === key || normalize(field.key) === key);
    if (custom) assign(column, `custom:${custom.key}`);
  }
  // A file with both "Name" and "First name"/"Last name" maps Name; the split columns stay unmapped.
  if (taken.has('name')) {
    for (const [column, field] of Object.entries(mapping)) if (field === 'firstName' || field === 'lastName') delete mapping[column];
  }
  return mapping;
}
