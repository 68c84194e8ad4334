import Link from 'next/link';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { cn } from '@/lib/utils';
import { isInAppHref } from './tool-links';

const components: Components = {
  // Only links to the app's own pages are links (the assistant links leads as /app/<slug>/leads/<id>). A link
  // elsewhere could come from text a stranger typed into a public form, so it shows as its words alone.
  a: ({ node: _node, href, children, ...props }) =>
    href && isInAppHref(href) ? (
      <Link href={href} {...props}>
        {children}
      </Link>
    ) : (
      <span>{children}</span>
    ),
  // No images: one from another host would be a tracking pixel (the CSP allows https: images). Its alt text stays.
  img: ({ alt }) => (alt ? <span>{alt}</span> : null),
};

/**
 * The assistant's answer as markdown. Raw HTML is dropped (skipHtml, no rehype-raw), images show as their
 * alt text and only in-app links are links, so model output (which may quote workspace data) cannot inject
 * markup, scripts, tracking pixels or links to other sites.
 */
export function AssistantMarkdown({ children, className }: { children: string; className?: string }) {
  return (
    <div
      className={cn(
        'grid gap-2 text-sm leading-relaxed break-words [&_a]:font-medium [&_a]:text-primary [&_a]:underline [&_blockquote]:border-l-2 [&_blockquote]:pl-3 [&_blockquote]:text-muted-foreground [&_code]:rounded [&_code]:bg-muted [&_code]:px-1 [&_code]:font-mono [&_code]:text-xs [&_h1]:text-base [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-medium [&_li]:my-0.5 [&_ol]:list-decimal [&_ol]:pl-5 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-muted [&_pre]:p-2 [&_table]:block [&_table]:overflow-x-auto [&_table]:text-xs [&_td]:border [&_td]:px-2 [&_th]:border [&_th]:px-2 [&_ul]:list-disc [&_ul]:pl-5',
        className,
      )}
    >
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
