import { describe, expect, it } from 'vitest';
import { personalEmailParagraphs, renderPersonalEmail } from './personal-email';

describe('personalEmailParagraphs', () => {
  it('keeps paragraphs and line breaks, and signs with the sender’s name', () => {
    expect(personalEmailParagraphs({ body: 'Hi Maria,\r\n\r\nThanks.\n  \nBest,\nSam  \n\n\n', senderName: 'Sam Lee' })).toEqual([['Hi Maria,'], ['Thanks.'], ['Best,', 'Sam'], ['Sam Lee']]);
  });

  it('does not sign twice when the body already ends with the name, nor without a name', () => {
    expect(personalEmailParagraphs({ body: 'Hi,\n\nBest regards,\nsam lee\nBright Smiles', senderName: 'Sam Lee' }).at(-1)).toEqual(['Best regards,', 'sam lee', 'Bright Smiles']);
    expect(personalEmailParagraphs({ body: 'Hi,\n\nThanks.', senderName: '  ' })).toEqual([['Hi,'], ['Thanks.']]);
    expect(personalEmailParagraphs({ body: 'Hi,\n\nThanks.', senderName: null })).toEqual([['Hi,'], ['Thanks.']]);
  });
});

describe('renderPersonalEmail', () => {
  it('renders the text and nothing else: no branding, heading, button or link', async () => {
    const { html, text } = await renderPersonalEmail({ body: 'Hi Maria,\n\nA <b>call</b> this week?', senderName: 'Sam' });
    expect(text).toBe('Hi Maria,\n\nA <b>call</b> this week?\n\nSam');
    expect(html).toContain('A &lt;b&gt;call&lt;/b&gt; this week?');
    expect(html).toContain('>Sam</p>');
    for (const layout of ['Beacon', '<h1', '<a ', '<img']) expect(html).not.toContain(layout);
  });
});
