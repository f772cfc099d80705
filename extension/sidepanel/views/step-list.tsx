import { i18n } from '@/lib/i18n';

const STEPS = ['read', 'review', 'finish'] as const;

/** Where the user is in the flow: read → review → finish. */
export function StepList({ current }: { current: (typeof STEPS)[number] }) {
  return (
    <nav aria-label={i18n.t('app.steps')}>
      <ol class="steps">
        {STEPS.map((step, index) => (
          <li key={step} aria-current={step === current ? 'step' : undefined} class={step === current ? 'current' : undefined}>
            <span class="step-number" aria-hidden="true">
              {index + 1}
            </span>{' '}
            {i18n.t(`app.step.${step}`)}
          </li>
        ))}
      </ol>
    </nav>
  );
}
