import { cn } from '@/lib/utils';
import styles from './article-body.module.css';

/**
 * A post's rendered body. `html` must come from renderMarkdown (sanitised with GitHub's allowlist), which is
 * what makes injecting it safe; never pass anything else.
 */
export function ArticleBody({ html, className }: { html: string; className?: string }) {
  return <div className={cn(styles.body, className)} dangerouslySetInnerHTML={{ __html: html }} />;
}
