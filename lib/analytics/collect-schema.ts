import { z } from 'zod';

/** The largest beacon body the collect endpoint reads: an event is a few hundred bytes. */
export const MAX_COLLECT_BODY_BYTES = 4 * 1024;

const trackedUrl = z.url({ protocol: /^https?$/, error: 'Send the page URL as an absolute http(s) URL.' }).max(2048);
// document.referrer is "" when there is none; anything unusable is dropped later, never refused.
const referrer = z.string().max(2048).nullish();

/** A browser's beacon to POST /api/collect. */
export const collectEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page_view'), url: trackedUrl, referrer, formId: z.uuid().optional() }),
  z.object({ type: z.literal('form_view'), url: trackedUrl, referrer, formId: z.uuid({ error: 'A form view needs the form id.' }) }),
]);

export type CollectEventInput = z.infer<typeof collectEventSchema>;
