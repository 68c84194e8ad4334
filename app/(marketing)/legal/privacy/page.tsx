import type { Metadata } from 'next';
import Link from 'next/link';
import { LegalPage } from '@/components/marketing/legal-page';
import { buildPageMetadata } from '@/lib/marketing/page-metadata';

export const metadata: Metadata = buildPageMetadata({
  title: 'Privacy notice',
  description:
    'What this Beacon site collects and why: cookieless page-view counts, contact-form messages and account data, with no third-party trackers.',
  path: '/legal/privacy',
});

// Written to match what the code collects; when the code changes what it stores, this page changes with it.
export default function PrivacyPage() {
  return (
    <LegalPage
      title="Privacy notice"
      summary="In short: this site counts page views without cookies, keeps what you send us through the contact form, and uses no third-party trackers or advertising."
    >
      <h2>Who is responsible for your data</h2>
      <p>
        Beacon is open-source software that anyone can run on their own server. Whoever runs this installation
        (the operator) decides how it is used and is the data controller for the personal data it holds. The
        people who write Beacon receive none of it: an installation does not report back to them.
      </p>
      <p>
        Businesses that use a workspace on this installation keep their own leads and contacts in it. For that
        data, the business is the controller and the operator hosts it on their behalf.
      </p>

      <h2>When you browse this website</h2>
      <p>To know which pages are read and how visitors find them, the site counts page views. For each view it stores:</p>
      <ul>
        <li>the page&apos;s path, such as <code>/pricing</code>;</li>
        <li>the site that linked to it, without that link&apos;s query string;</li>
        <li>campaign tags in the link you followed (the <code>utm_</code> parameters), if there were any.</li>
      </ul>
      <p>
        It does not store your IP address, your browser&apos;s user agent, a cookie or any visitor identifier, so
        page views cannot be tied to you or to each other. Automated crawlers are not counted.
      </p>
      <p>
        Your browser keeps the first page of your visit and the site that referred you in its session storage for
        the current tab. Nothing is sent from it unless you submit a form, and it is gone when you close the tab.
        Your choice of light or dark theme is kept in your browser&apos;s local storage.
      </p>

      <h2>When you use the contact form</h2>
      <p>
        We store your name, email address, company and message, together with the page you first arrived on, the
        referring site, any campaign tags and your browser&apos;s user agent. The message becomes a lead in the
        operator&apos;s own Beacon workspace and may be emailed to the people who answer it. We use it to reply to
        you and to follow up on your enquiry, and for nothing else.
      </p>

      <h2>When you create an account</h2>
      <p>
        We store your name and email address (or, if you sign in with Google or GitHub, the profile details they
        share), and your password only as a salted hash that cannot be turned back into the password. A cookie keeps you signed in; it is needed for the app to work and is not used for
        tracking. For security, account events such as signing up and resetting a password are recorded with
        the IP address and browser they came from.
      </p>

      <h2>Short-lived technical data</h2>
      <p>
        To protect the site from abuse, your network address is used as a key in rate-limit counters, for example
        to slow down repeated sign-in attempts or form submissions. These counters expire on their own, most within
        minutes and the longest within a few hours.
      </p>

      <h2>Who else receives data</h2>
      <p>
        No analytics, advertising or social-media trackers run on this site, and no data is sold. Beacon works
        without any outside service. If the operator connects one, such as an email delivery service, an AI model
        provider, a payment processor or a social network, the data needed for that task is sent to it: for
        example, an email address to send you an email.
      </p>

      <h2>How long we keep it</h2>
      <p>
        Page-view counts, contact messages and account data are kept until the operator deletes them or, for
        account data, until the account or its workspace is deleted. Operators should set and publish their own
        retention periods.
      </p>

      <h2>Your choices and rights</h2>
      <p>
        You can ask the operator of this installation to show you the data held about you, to correct it or to
        delete it. Depending on where you live, you may have further rights, such as objecting to how your data is
        used or complaining to a data-protection authority. Use the{' '}
        <Link href="/contact">contact form</Link> to reach the operator.
      </p>

      <h2>Changes</h2>
      <p>
        If what this site collects changes, this page changes with it. See also the{' '}
        <Link href="/legal/terms">terms of use</Link>.
      </p>
    </LegalPage>
  );
}
