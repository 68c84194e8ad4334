import { plural } from '@/lib/format/plural';
import type { ActionEmailProps } from './action-email';

export type DigestGroup = {
  orgName: string;
  /** Where the workspace's notifications page is, as an absolute URL. */
  url: string;
  /** Newest first; the email lists the first few of each workspace and counts the rest. */
  items: { title: string; body: string | null }[];
};

export type DigestMessage = { subject: string; tag: string; props: ActionEmailProps };

const SHOWN_PER_WORKSPACE = 5;
const MAX_BODY = 140;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The daily digest of unread notifications, one section per workspace, each with a link to that workspace's
 * notifications page. Uses the shared action layout (lib/email/send-email renders that one): the workspace
 * links are written out in full so they work in the plain-text part and in clients that show text only.
 */
export function notificationDigestMessage({ groups, appUrl }: { groups: DigestGroup[]; appUrl: string }): DigestMessage {
  const total = groups.reduce((sum, group) => sum + group.items.length, 0);
  const paragraphs = groups.flatMap((group) => {
    const shown = group.items.slice(0, SHOWN_PER_WORKSPACE);
    const more = group.items.length - shown.length;
    return [
      `${group.orgName}: ${plural(group.items.length, 'unread notification')}`,
      ...shown.map((item, index) => `${index + 1}. ${clip(item.title, 200)}${item.body ? ` — ${clip(item.body, MAX_BODY)}` : ''}`),
      ...(more > 0 ? [`…and ${more} more in ${group.orgName}.`] : []),
      `Open ${group.orgName}: ${group.url}`,
    ];
  });
  // With one workspace the button goes straight to it; with several, to the app, which opens the last one used.
  const action = groups.length === 1 ? { label: `Open ${groups[0]!.orgName}`, url: groups[0]!.url } : { label: 'Open Beacon', url: `${appUrl}/app` };
  return {
    subject: `You have ${plural(total, 'unread notification')} in Beacon`,
    tag: 'notifications.digest',
    props: {
      preview: groups.map((group) => `${group.orgName} (${group.items.length})`).join(', '),
      heading: `${plural(total, 'unread notification')}`,
      paragraphs,
      action,
      footnote: 'You get this daily digest because it is turned on in your Beacon account. Turn it off under Your account → Notifications.',
    },
  };
}
