import type { Language } from '../../shared/locale';

/**
 * Words Vaardig writes into the rewritten vacancy itself. The interface follows the browser
 * (through @wxt-dev/i18n), but the vacancy's content follows the vacancy's own language, which
 * browser.i18n cannot switch to; so these few headings live here, one table per language.
 */
const LABELS = {
  nl: {
    whatYouBring: 'Wat je meebrengt',
    fromDayOne: 'Vanaf dag één',
    learnWithUs: 'Dit leer je bij ons',
    requiredByLaw: 'Wettelijk verplicht',
    obtainableAfterHiring: 'kan ook na indiensttreding',
    whoYouAre: 'Wie je bent',
    motivation: 'Motivatie',
    values: 'Waarden',
    workingStyle: 'Werkstijl',
    teamContribution: 'Bijdrage aan het team',
    learningNeeds: 'Wat je wilt leren',
    noDiploma: 'Geen diploma?',
    experienceCounts: 'Ervaring telt ook: heb je deze vaardigheden op een andere manier geleerd, dan ben je net zo welkom.',
    learningRoutes: 'Zo kun je het leren',
  },
  en: {
    whatYouBring: 'What you bring',
    fromDayOne: 'From day one',
    learnWithUs: 'You learn this with us',
    requiredByLaw: 'Required by law',
    obtainableAfterHiring: 'can also be obtained after hiring',
    whoYouAre: 'Who you are',
    motivation: 'Motivation',
    values: 'Values',
    workingStyle: 'Working style',
    teamContribution: 'Team contribution',
    learningNeeds: 'What you want to learn',
    noDiploma: 'No diploma?',
    experienceCounts: 'Experience counts too: if you learned these skills another way, you are just as welcome.',
    learningRoutes: 'How you can learn it',
  },
} satisfies Record<Language, Record<string, string>>;

export type ContentLabels = Record<keyof (typeof LABELS)['en'], string>;

export function contentLabels(language: Language): ContentLabels {
  return LABELS[language] ?? LABELS.en;
}
