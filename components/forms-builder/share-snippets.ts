// The texts the Share tab offers: one place, so the page and its tests agree on the embed contract.

/** Quotes a value for an HTML attribute. */
function attribute(value: string) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function hostedFormUrl(origin: string, formId: string) {
  return `${origin}/f/${formId}`;
}

/** The iframe and the resizing script (public/embed.js) a customer pastes into their page. */
export function embedSnippet(origin: string, formId: string, title: string) {
  return (
    `<iframe src="${attribute(`${origin}/f/${formId}?embed=1`)}" data-beacon-form title="${attribute(title)}" ` +
    `style="width:100%;border:0" loading="lazy"></iframe>\n<script src="${attribute(`${origin}/embed.js`)}" async></script>`
  );
}

export function submissionEndpoint(origin: string, formId: string) {
  return `${origin}/api/v1/forms/${formId}/submissions`;
}

/** A working example for the public endpoint, with a value for every field of the form. */
export function curlExample(origin: string, formId: string, fieldKeys: string[]) {
  const examples: Record<string, string> = { name: 'Ada Lovelace', email: 'ada@example.com', company: 'Analytical Engines', phone: '+44 20 7946 0000', message: 'Hello!' };
  const body = Object.fromEntries(fieldKeys.map((key) => [key, examples[key] ?? 'value']));
  // Single quotes around the JSON in the shell: escape any single quote inside it.
  const json = JSON.stringify(body).replace(/'/g, `'\\''`);
  return `curl -X POST '${submissionEndpoint(origin, formId)}' \\\n  -H 'Content-Type: application/json' \\\n  -d '${json}'`;
}
