import { NotFoundPage } from '@/components/marketing/not-found-page';

// Rendered under this section's layout, whose theme provider carries the request's CSP nonce.
export default function NotFound() {
  return <NotFoundPage />;
}
