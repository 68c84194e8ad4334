import Link from 'next/link';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { cn } from '@/lib/utils';
import { isInAppHref } from './tool-links';

const components: Components = {
  // In-app links (the assistant links leads as /app/<slug>/leads/<id>) navigate without a reload;
  // anything else opens in a new tab and passes no referrer.
  a: ({ node: _node, href, children, ...props }) =>
    href && isInAppHref(href) ? (
      <Link href={href} {...props}>
        {children}
      </Link>
    ) : (
      <a href={href} {...props} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ),
};

/**
 * The assistant's answer as markdown. Raw HTML is dropped (skipHtml, no rehype-raw) and react-markdown's
 * default URL filter neutralises javascript: links, so model output cannot inject markup or scripts.
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
