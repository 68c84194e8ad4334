import type { Metadata } from 'next';
import Link from 'next/link';
import { LegalPage } from '@/components/marketing/legal-page';
import { buildPageMetadata } from '@/lib/marketing/page-metadata';

export const metadata: Metadata = buildPageMetadata({
  title: 'Terms of use',
  description:
    'The terms for using this Beacon installation, and how the AGPL-3.0 licence covers the Beacon software itself. Provided without warranty.',
  path: '/legal/terms',
});

export default function TermsPage() {
  return (
    <LegalPage
      title="Terms of use"
      summary="In short: use this installation lawfully, you keep ownership of what you put in it, and the software comes without warranty."
    >
      <h2>Who these terms are between</h2>
      <p>
        These terms are between you and the operator of this Beacon installation: whoever runs the server you are
        using. By creating an account or using a workspace here, you agree to them.
      </p>

      <h2>The software and its licence</h2>
      <p>
        Beacon is free, open-source software licensed under the GNU Affero General Public License, version 3
        (AGPL-3.0). The licence, not these terms, governs copying, changing and sharing the software. Among other
        things, it says that if you change Beacon and let people use your changed version over a network, you
        must offer those people its source code.
      </p>

      <h2>Accounts and workspaces</h2>
      <ul>
        <li>Give accurate details when you sign up, and keep your password to yourself.</li>
        <li>
          A workspace&apos;s owners decide who joins it and with which role, and are responsible for what its
          members and API keys do.
        </li>
        <li>You may stop using Beacon at any time; owners can delete their workspace and its data.</li>
      </ul>

      <h2>Acceptable use</h2>
      <p>Do not use this installation to:</p>
      <ul>
        <li>break the law, or store data you have no right to hold;</li>
        <li>send email to people who have not agreed to hear from you, or ignore an unsubscribe;</li>
        <li>probe, overload or get around the security and rate limits of the service;</li>
        <li>reach other workspaces&apos; data, or resell access without the operator&apos;s agreement.</li>
      </ul>
      <p>The operator may suspend an account or workspace that breaks these rules.</p>

      <h2>Your content</h2>
      <p>
        What you put into Beacon (leads, notes, posts, emails) stays yours. You allow the operator to store and
        process it only to run the service for you. You are responsible for having the right to keep your
        leads&apos; personal data and for telling them how you use it.
      </p>

      <h2>Plans and limits</h2>
      <p>
        The plans and their monthly limits are listed on the <Link href="/pricing">pricing page</Link>. Limits reset
        at the start of each month. When a workspace reaches one, Beacon says which limit it reached and how to
        upgrade. Paid plans are billed only where the operator has set up payments.
      </p>

      <h2>AI-generated content</h2>
      <p>
        Suggestions, drafts and tasks written by AI can be wrong. Review them before you send, publish or act on
        them: what you send or publish is your responsibility.
      </p>

      <h2>No warranty</h2>
      <p>
        The service and the software are provided &ldquo;as is&rdquo;, without warranty of any kind, to the extent
        the law allows. The operator does not promise that the service will always be available, free of errors or
        fit for a particular purpose. Keep your own exports of data that matters to you.
      </p>

      <h2>Limitation of liability</h2>
      <p>
        To the extent the law allows, neither the operator nor the authors of Beacon are liable for indirect or
        consequential losses, lost profits or lost data arising from your use of the service. Nothing in these
        terms limits liability that cannot be limited by law.
      </p>

      <h2>Changes to these terms</h2>
      <p>
        The operator may update these terms and will say so before the changes apply. Using the service after
        that means you accept them. How your personal data is handled is described in the{' '}
        <Link href="/legal/privacy">privacy notice</Link>; questions go through the{' '}
        <Link href="/contact">contact form</Link>.
      </p>
    </LegalPage>
  );
}
