import { serializeJsonLd } from '@/lib/marketing/structured-data';

/**
 * Structured data for search engines as an inline `application/ld+json` block. It is data, not script:
 * browsers never execute it, so it needs no CSP nonce and keeps the page static. The JSON is escaped by
 * serializeJsonLd, which is what makes dangerouslySetInnerHTML safe here even for user-written values.
 */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
