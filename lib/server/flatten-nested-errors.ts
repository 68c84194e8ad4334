type ErrorNode = { _errors?: string[] } & { [key: string]: unknown };

function collect(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  const { _errors, ...children } = node as ErrorNode;
  return [...(Array.isArray(_errors) ? _errors : []), ...Object.values(children).flatMap(collect)];
}

/**
 * The default "flattened" shape drops errors below the first level, so an action taking `{ patch: {...} }`
 * would answer an invalid patch with an empty list. This keeps every nested message under its top-level
 * key (`fieldErrors.patch`); the lead and task pages edit one field at a time and show it beside that field.
 */
export async function flattenNestedErrors<K extends string>(errors: unknown): Promise<{ formErrors: string[]; fieldErrors: Partial<Record<K, string[]>> }> {
  const { _errors, ...fields } = (errors ?? {}) as ErrorNode;
  const fieldErrors: Partial<Record<string, string[]>> = {};
  for (const [key, node] of Object.entries(fields)) {
    const messages = collect(node);
    if (messages.length > 0) fieldErrors[key] = messages;
  }
  return { formErrors: Array.isArray(_errors) ? _errors : [], fieldErrors };
}
