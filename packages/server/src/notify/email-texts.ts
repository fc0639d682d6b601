import type { CaseStatus, Locale } from '@loket/sdk';

/** Every sentence of the e-mails to customers, in one language. */
export type EmailTexts = {
  subjectMessage: (reference: string) => string;
  subjectQuestion: (reference: string) => string;
  subjectStatus: (reference: string, status: CaseStatus) => string;
  greeting: string;
  messageIntro: (siteName: string, reference: string) => string;
  questionIntro: (siteName: string, reference: string) => string;
  statusIntro: (reference: string) => string;
  /** The status in a few words, for the subject. */
  statusNames: Record<CaseStatus, string>;
  /** What the new status means for the customer. */
  statusSentences: Record<CaseStatus, string>;
  linkIntro: string;
  linkIntroQuestion: string;
  signOff: string;
  footer: string;
};

const nl: EmailTexts = {
  subjectMessage: (reference) => `Nieuw bericht over uw melding ${reference}`,
  subjectQuestion: (reference) => `Een vraag over uw melding ${reference}`,
  subjectStatus: (reference, status) => `Uw melding ${reference} is ${nl.statusNames[status]}`,
  greeting: 'Hallo,',
  messageIntro: (siteName, reference) => `${siteName} heeft gereageerd op uw melding ${reference}:`,
  questionIntro: (siteName, reference) => `${siteName} heeft een vraag over uw melding ${reference}:`,
  statusIntro: (reference) => `De status van uw melding ${reference} is gewijzigd.`,
  statusNames: {
    new: 'ontvangen',
    in_progress: 'in behandeling',
    waiting_for_customer: 'wacht op uw reactie',
    solved: 'opgelost',
    closed: 'gesloten',
  },
  statusSentences: {
    new: 'Uw melding is ontvangen. We nemen hem zo snel mogelijk in behandeling.',
    in_progress: 'We zijn met uw melding bezig.',
    waiting_for_customer: 'We hebben uw reactie nodig voordat we verder kunnen.',
    solved: 'Uw melding is opgelost. Is het probleem toch niet weg? Reageer via de link, dan kijken we verder.',
    closed: 'Uw melding is gesloten. Heeft u een nieuwe vraag? Neem dan gerust opnieuw contact met ons op.',
  },
  linkIntro: 'Bekijk uw melding en reageer via deze link:',
  linkIntroQuestion: 'Beantwoord de vraag via deze link:',
  signOff: 'Met vriendelijke groet,',
  footer: 'U krijgt deze e-mail omdat u dit adres bij uw melding hebt opgegeven.',
};

const en: EmailTexts = {
  subjectMessage: (reference) => `New message about your case ${reference}`,
  subjectQuestion: (reference) => `A question about your case ${reference}`,
  subjectStatus: (reference, status) => `Your case ${reference} is ${en.statusNames[status]}`,
  greeting: 'Hello,',
  messageIntro: (siteName, reference) => `${siteName} has replied to your case ${reference}:`,
  questionIntro: (siteName, reference) => `${siteName} has a question about your case ${reference}:`,
  statusIntro: (reference) => `The status of your case ${reference} has changed.`,
  statusNames: {
    new: 'received',
    in_progress: 'in progress',
    waiting_for_customer: 'waiting for your reply',
    solved: 'solved',
    closed: 'closed',
  },
  statusSentences: {
    new: 'We have received your case and will pick it up as soon as we can.',
    in_progress: 'We are working on your case.',
    waiting_for_customer: 'We need your reply before we can continue.',
    solved: 'Your case has been solved. Is the problem still there? Reply through the link and we will look further.',
    closed: 'Your case has been closed. If you have a new question, feel free to contact us again.',
  },
  linkIntro: 'See your case and reply through this link:',
  linkIntroQuestion: 'Answer the question through this link:',
  signOff: 'Kind regards,',
  footer: 'You receive this e-mail because you gave this address with your case.',
};

/** The e-mail texts per language. */
export const EMAIL_TEXTS: Record<Locale, EmailTexts> = { nl, en };
