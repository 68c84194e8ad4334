import { Body, Head, Html, Text } from '@react-email/components';
import { render } from '@react-email/render';
import { Fragment } from 'react';

export type PersonalEmailProps = {
  /** The message as the person wrote it: paragraphs separated by blank lines, line breaks kept. */
  body: string;
  /** Signs the message when the body does not already end with it; null leaves the body as it is. */
  senderName: string | null;
};

/** The body as paragraphs of lines, plus the sender's name as the last line unless the body is already signed with it. */
export function personalEmailParagraphs({ body, senderName }: PersonalEmailProps): string[][] {
  const paragraphs = body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) =>
      paragraph
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
  const name = senderName?.trim();
  if (!name) return paragraphs;
  const last = paragraphs.at(-1)?.join('\n').toLowerCase() ?? '';
  return last.includes(name.toLowerCase()) ? paragraphs : [...paragraphs, [name]];
}

/** A message from one person to another: the text and the signature, no branding, heading or buttons. */
export function PersonalEmail({ paragraphs }: { paragraphs: string[][] }) {
  return (
    <Html lang="en">
      <Head />
      <Body style={{ backgroundColor: '#ffffff', color: '#1c1917', fontFamily: 'system-ui, -apple-system, Segoe UI, sans-serif' }}>
        {paragraphs.map((lines, index) => (
          <Text key={index} style={{ fontSize: '15px', lineHeight: '22px', margin: '0 0 16px' }}>
            {lines.map((line, lineIndex) => (
              <Fragment key={lineIndex}>
                {lineIndex > 0 ? <br /> : null}
                {line}
              </Fragment>
            ))}
          </Text>
        ))}
      </Body>
    </Html>
  );
}

/**
 * The HTML and the text part. The text is written out directly rather than converted from the HTML, so it
 * keeps the person's line breaks exactly.
 */
export async function renderPersonalEmail(props: PersonalEmailProps): Promise<{ html: string; text: string }> {
  const paragraphs = personalEmailParagraphs(props);
  const html = await render(<PersonalEmail paragraphs={paragraphs} />);
  return { html, text: paragraphs.map((lines) => lines.join('\n')).join('\n\n') };
}
