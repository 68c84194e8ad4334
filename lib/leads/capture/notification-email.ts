import type { SendEmailInput } from '@/lib/email/send-email';

type SubmissionNotice = {
  formName: string;
  lead: { name: string; email: string };
  /** The submitted values in the form's order, as label and text. */
  fields: { label: string; value: string }[];
  leadUrl: string;
  created: boolean;
  /** The site's contact form has no notification list: its workspace's owners get these. */
  isContactForm: boolean;
};

// Long messages are cut in the email; the whole text is on the lead's timeline.
const MAX_VALUE_IN_EMAIL = 1_000;

const clip = (text: string) => (text.length > MAX_VALUE_IN_EMAIL ? `${text.slice(0, MAX_VALUE_IN_EMAIL)}…` : text);

/** The email a form's notification list gets for each accepted submission. */
export function submissionNotification({ formName, lead, fields, leadUrl, created, isContactForm }: SubmissionNotice): Omit<SendEmailInput, 'to'> {
  const who = lead.name === lead.email ? lead.email : `${lead.name} (${lead.email})`;
  return {
    subject: `New submission: ${formName}`,
    tag: 'forms.submission',
    props: {
      preview: `${who} filled in ${formName}.`,
      heading: `New submission to ${formName}`,
      paragraphs: [
        `${who} filled in ${formName}. ${created ? 'They are a new lead.' : 'They were already a lead; their details were updated.'}`,
        ...fields.map((field) => `${field.label}: ${clip(field.value)}`),
      ],
      action: { label: 'Open the lead', url: leadUrl },
      footnote: isContactForm
        ? 'You get this email because you own the workspace the website’s contact form sends to.'
        : 'You get this email because your address is on this form’s notification list.',
    },
  };
}
