import { Body, Button, Container, Head, Heading, Hr, Html, Preview, Section, Text } from '@react-email/components';

export type ActionEmailProps = {
  preview: string;
  heading: string;
  paragraphs: string[];
  action: { label: string; url: string };
  footnote: string;
};

/** The one layout every account email uses: a heading, a few lines, one button, and a safety note. */
export function ActionEmail({ preview, heading, paragraphs, action, footnote }: ActionEmailProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: '#f6f5f3', fontFamily: 'system-ui, -apple-system, Segoe UI, sans-serif' }}>
        <Container style={{ backgroundColor: '#ffffff', margin: '32px auto', padding: '32px', maxWidth: '520px', borderRadius: '8px' }}>
          <Text style={{ fontWeight: 600, color: '#b8521d', margin: 0 }}>Beacon</Text>
          <Heading as="h1" style={{ fontSize: '22px', color: '#1c1917' }}>{heading}</Heading>
          {paragraphs.map((paragraph) => (
            <Text key={paragraph} style={{ color: '#44403c', fontSize: '15px', lineHeight: '22px' }}>{paragraph}</Text>
          ))}
          <Section style={{ margin: '24px 0' }}>
            <Button href={action.url} style={{ backgroundColor: '#b8521d', color: '#ffffff', padding: '12px 20px', borderRadius: '6px', fontWeight: 600 }}>
              {action.label}
            </Button>
          </Section>
          <Text style={{ color: '#78716c', fontSize: '13px' }}>Or paste this link into your browser: {action.url}</Text>
          <Hr />
          <Text style={{ color: '#78716c', fontSize: '12px' }}>{footnote}</Text>
        </Container>
      </Body>
    </Html>
  );
}
