import { ExternalLink, TriangleAlert } from 'lucide-react';
import Link from 'next/link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { CopyField } from './copy-field';
import { curlExample, embedSnippet, hostedFormUrl, submissionEndpoint } from './share-snippets';

type Props = { origin: string; formId: string; title: string; fieldKeys: string[]; isActive: boolean };

/** The three ways to put a form in front of visitors: its own page, an embed, or posts from any code. */
export function SharePanel({ origin, formId, title, fieldKeys, isActive }: Props) {
  const hostedUrl = hostedFormUrl(origin, formId);
  return (
    <div className="grid gap-6">
      {isActive ? null : (
        <p role="status" className="flex items-start gap-2 rounded-md border border-amber-500/30 bg-amber-500/10 px-3 py-2 text-sm text-amber-900 dark:text-amber-200">
          <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
          This form is switched off: the page, embeds and endpoint answer “not found” until you turn “Accepting submissions” back on.
        </p>
      )}
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Hosted page</h2>
          </CardTitle>
          <CardDescription>A page of its own: link to it from emails, social posts or a button on your site.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3">
          <CopyField label="Form link" value={hostedUrl} />
          <a href={hostedUrl} target="_blank" rel="noopener noreferrer" className="inline-flex w-fit items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline">
            Open the form
            <ExternalLink className="size-3.5" aria-hidden />
            <span className="sr-only">(opens in a new tab)</span>
          </a>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Embed on your site</h2>
          </CardTitle>
          <CardDescription>
            Paste this where the form should appear. The script resizes the frame to fit the form; include it once per page.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <CopyField label="Embed code" value={embedSnippet(origin, formId, title)} multiline />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>API endpoint</h2>
          </CardTitle>
          <CardDescription>
            Post from your own form or code, no API key needed: JSON, or a plain HTML form (browsers are sent on to the thank-you page).
            Fields are keyed as on the form (<code className="font-mono text-xs">email</code>, <code className="font-mono text-xs">custom:&lt;key&gt;</code>
            ). See the{' '}
            <Link href="/docs/api" className="font-medium text-foreground underline underline-offset-4">
              API reference
            </Link>
            .
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <CopyField label="Endpoint" value={submissionEndpoint(origin, formId)} />
          <CopyField label="Example request" value={curlExample(origin, formId, fieldKeys)} multiline />
        </CardContent>
      </Card>
    </div>
  );
}
