import Link from 'next/link';
import type { ReactNode } from 'react';
import { Prose } from '@/components/marketing/prose';

const FAQ: { question: string; answer: ReactNode }[] = [
  {
    question: 'Is self-hosting free?',
    answer: (
      <>
        Yes. Beacon is open-source software under the AGPL-3.0 licence, so running it on your own server costs
        nothing. <Link href="/#self-host">See how to run it yourself</Link>. The prices on this page are for
        workspaces on this installation.
      </>
    ),
  },
  {
    question: 'When do the limits reset?',
    answer:
      'Every limit in the table is a monthly allowance per workspace. Usage starts again from zero at the start of each month; unused allowance does not carry over.',
  },
  {
    question: 'What happens when a workspace reaches a limit?',
    answer:
      'Beacon answers with a clear message that names the allowance that is used up, with a link to upgrade. Your data stays as it is, and the allowance is back at the start of the next month.',
  },
  {
    question: 'Which limits apply to leads and forms?',
    answer:
      'None of the monthly limits count leads, pipeline stages or form submissions: the limits cover the AI-created tasks, social posts and AI-drafted emails listed above.',
  },
];

export function PricingFaq() {
  return (
    <dl className="divide-y rounded-xl border">
      {FAQ.map((item) => (
        <div key={item.question} className="p-6">
          <dt className="font-semibold">{item.question}</dt>
          <dd className="mt-2">
            <Prose className="text-muted-foreground">{item.answer}</Prose>
          </dd>
        </div>
      ))}
    </dl>
  );
}
