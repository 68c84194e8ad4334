import { z } from 'zod';
import { CONTACT_FORM_FIELDS, MAX_MESSAGE_LENGTH, MAX_VALUE_LENGTH, optionalText, requiredText, submissionEmailSchema } from './submission-schema';

const labelOf = (key: string) => CONTACT_FORM_FIELDS.find((field) => field.key === key)?.label ?? key;

/**
 * The contact form's values with static types for react-hook-form. Built from the same field builders and
 * labels as `buildSubmissionSchema(CONTACT_FORM_FIELDS, [])`, which validates them again on capture.
 */
export const contactValuesSchema = z.object({
  name: requiredText(labelOf('name'), MAX_VALUE_LENGTH),
  email: submissionEmailSchema,
  company: optionalText(labelOf('company'), MAX_VALUE_LENGTH),
  message: requiredText(labelOf('message'), MAX_MESSAGE_LENGTH),
});

/** What the contact form sends: its values, the two spam checks and where the visitor first landed. */
export const contactSubmissionSchema = contactValuesSchema.extend({
  // The honeypot: hidden from people, so anything in it came from a bot filling every input.
  website: z.string().max(500).optional(),
  // When the form was shown (epoch ms), set by the browser after mount.
  _started: z.number().finite().optional(),
  landingPage: z.string().max(2_000).optional(),
  referrer: z.string().max(2_000).optional(),
});
export type ContactSubmissionInput = z.input<typeof contactSubmissionSchema>;

export const CONTACT_SUCCESS_MESSAGE = 'Thanks! We will be in touch soon.';
