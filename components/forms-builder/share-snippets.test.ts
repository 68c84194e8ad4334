import { describe, expect, it } from 'vitest';
import { curlExample, embedSnippet, hostedFormUrl, submissionEndpoint } from './share-snippets';

const ID = '6f1c2a9e-0000-4000-8000-000000000001';

describe('share snippets', () => {
  it('builds the hosted link and the endpoint from the origin', () => {
    expect(hostedFormUrl('https://crm.example', ID)).toBe(`https://crm.example/f/${ID}`);
    expect(submissionEndpoint('https://crm.example', ID)).toBe(`https://crm.example/api/v1/forms/${ID}/submissions`);
  });

  it('embeds an iframe marked for embed.js plus the script, with the title escaped', () => {
    expect(embedSnippet('https://crm.example', ID, 'Say "hi" <now>')).toBe(
      `<iframe src="https://crm.example/f/${ID}?embed=1" data-beacon-form title="Say &quot;hi&quot; &lt;now&gt;" style="width:100%;border:0" loading="lazy"></iframe>\n` +
        '<script src="https://crm.example/embed.js" async></script>',
    );
  });

  it('gives a curl example with a value for each field, safe for single-quoted shells', () => {
    const example = curlExample('https://crm.example', ID, ['email', 'name', "custom:o'brien"]);
    expect(example).toContain(`curl -X POST 'https://crm.example/api/v1/forms/${ID}/submissions'`);
    expect(example).toContain(`-d '{"email":"ada@example.com","name":"Ada Lovelace","custom:o'\\''brien":"value"}'`);
  });
});
