'use server';

import { returnValidationErrors } from 'next-safe-action';
import { ZodError } from 'zod';
import { getDb } from '@/db';
import { parseAttribution } from '@/lib/analytics/attribution';
import { env } from '@/lib/env';
import { CONTACT_SUCCESS_MESSAGE, contactSubmissionSchema } from '@/lib/leads/capture/contact-schema';
import { getHouseOrg } from '@/lib/leads/capture/house-org';
import { receiveSubmission } from '@/lib/leads/capture/receive-submission';
import { limitSubmission } from '@/lib/leads/capture/submission-limits';
import { CONTACT_FORM_FIELDS } from '@/lib/leads/capture/submission-schema';
import { getRequestMeta } from '@/lib/server/request-meta';
import { actionClient } from '@/lib/server/safe-action';

/**
 * The marketing site's contact form: a lead in the operator's own workspace. Public, so rate limited by
 * IP; spam gets the same answer as a real message.
 */
export const submitContactAction = actionClient
  .metadata({ name: 'submit-contact' })
  .inputSchema(contactSubmissionSchema)
  .action(async ({ parsedInput: { website, _started, landingPage, referrer, ...values } }) => {
    const db = getDb();
    const meta = await getRequestMeta();
    const house = await getHouseOrg(db, env.HOUSE_ORG_SLUG);
    await limitSubmission(db, { formKey: 'contact', ip: meta.ip });
    try {
      await receiveSubmission(db, {
        orgId: house.org.id,
        form: null,
        fields: CONTACT_FORM_FIELDS,
        customFields: [],
        values,
        notifyEmails: house.notifyEmails,
        protection: { honeypot: website ?? '', startedAt: _started ?? null },
        requireStarted: true,
        meta: { attribution: parseAttribution({ url: landingPage, referrer, selfOrigin: env.APP_URL ?? null }), userAgent: meta.userAgent },
      });
    } catch (error) {
      // The input schema runs the same field rules first, so this only catches the two drifting apart.
      if (error instanceof ZodError) returnValidationErrors(contactSubmissionSchema, { _errors: error.issues.map((issue) => issue.message) });
      throw error;
    }
    return { message: CONTACT_SUCCESS_MESSAGE };
  });
