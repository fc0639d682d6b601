import type { Answers } from '@loket/sdk';
import { PROFILES } from '../demo-environments';
import { fromMix } from './story';
import type { Story } from './story';

/**
 * Everything else: logging in to Mijn Zeewind, which the articles cover, and two questions they
 * do not answer at all: forwarding e-mail, and the modem in bridge mode behind the customer's own
 * router.
 */
export const OTHER_STORIES: readonly Story[] = [
  {
    id: 'password-reset',
    topic: 'other',
    weight: 9,
    answers: ({ random, locale }): Answers => (random.chance(0.7) ? { subject: locale === 'nl' ? 'Wachtwoord vergeten' : 'Forgot password' } : {}),
    texts: {
      nl: ['Ik ben mijn wachtwoord van Mijn Zeewind vergeten', 'Kan niet meer inloggen, wachtwoord kwijt', 'Wachtwoord opnieuw instellen lukt niet, ik krijg geen mail'],
      en: ['I forgot my Mijn Zeewind password', 'Cannot log in, lost my password'],
    },
    suggested: ['password-reset'],
    helps: { 'password-reset': 0.85 },
    files: 0.6,
    reply: { nl: ['We hebben u een nieuwe link gestuurd om uw wachtwoord in te stellen. Kijk ook in uw map met ongewenste mail.'], en: ['We have sent you a new link to set your password. Please also check your spam folder.'] },
    solution: { nl: ['Fijn dat inloggen weer lukt.'], en: ['Glad you can log in again.'] },
  },
  {
    id: 'portal-login-mobile',
    topic: 'other',
    weight: 3,
    environment: fromMix([[PROFILES.iphoneSafari, 3], [PROFILES.androidChrome, 3], [PROFILES.androidSamsung, 1]]),
    answers: ({ random, locale }): Answers => (random.chance(0.7) ? { subject: locale === 'nl' ? 'Inloggen op telefoon' : 'Logging in on my phone' } : {}),
    texts: {
      nl: ['Inloggen op Mijn Zeewind lukt niet op mijn telefoon', 'Op mijn mobiel blijft het inlogscherm steeds terugkomen'],
      en: ['Cannot log in to Mijn Zeewind on my phone', 'The login page keeps coming back on my mobile'],
    },
    suggested: ['portal-login-mobile', 'password-reset'],
    helps: { 'portal-login-mobile': 0.6, 'password-reset': 0.2 },
    files: 0.6,
    reply: { nl: ['Gebruikt u de app of de browser? In de browser moet u cookies van mijn.zeewind.nl toestaan.'], en: ['Are you using the app or the browser? In the browser, cookies from mijn.zeewind.nl must be allowed.'] },
    solution: { nl: ['Fijn dat inloggen op uw telefoon nu lukt.'], en: ['Glad logging in on your phone works now.'] },
  },
  {
    id: 'portal-login-safari',
    topic: 'other',
    weight: 3,
    environment: fromMix([[PROFILES.iphoneSafari, 3], [PROFILES.macSafari, 2], [PROFILES.ipadSafari, 1]]),
    answers: ({ random, locale }): Answers => (random.chance(0.6) ? { subject: locale === 'nl' ? 'Inloggen in Safari' : 'Logging in with Safari' } : {}),
    texts: {
      nl: ['In Safari kan ik niet inloggen op Mijn Zeewind, in Chrome wel', 'Safari laat een leeg scherm zien na het inloggen'],
      en: ['I cannot log in to Mijn Zeewind in Safari', 'Safari shows a blank page after logging in'],
    },
    suggested: ['portal-login-safari', 'password-reset'],
    helps: { 'portal-login-safari': 0.7, 'password-reset': 0.1 },
    files: 0.6,
    reply: { nl: ['Zet in Safari de optie Voorkom cross-site-tracking tijdelijk uit en probeer het opnieuw.'], en: ['Turn off Prevent Cross-Site Tracking in Safari for a moment and try again.'] },
    solution: { nl: ['Fijn dat het nu werkt.'], en: ['Glad it works now.'] },
  },
  {
    id: 'portal-old-browser',
    topic: 'other',
    weight: 2,
    environment: fromMix([[PROFILES.oldAndroidChrome, 1]]),
    answers: () => ({}),
    texts: {
      nl: ['Mijn Zeewind ziet er raar uit en knoppen werken niet', 'De website van Mijn Zeewind laadt niet goed op mijn oude tablet'],
      en: ['Mijn Zeewind looks broken and buttons do nothing'],
    },
    suggested: ['portal-old-browser'],
    helps: { 'portal-old-browser': 0.6 },
    files: 0.5,
    reply: { nl: ['Uw browser is te oud voor Mijn Zeewind. Installeer de laatste versie van Chrome, of gebruik een ander apparaat.'], en: ['Your browser is too old for Mijn Zeewind. Install the latest Chrome, or use another device.'] },
    solution: { nl: ['Fijn dat het met een nieuwere browser werkt.'], en: ['Glad it works with a newer browser.'] },
  },
  {
    id: 'email-forwarding',
    topic: 'other',
    weight: 4,
    answers: ({ random, locale }): Answers => (random.chance(0.8) ? { subject: random.pick(locale === 'nl' ? ['E-mail doorsturen', 'Mail doorsturen', 'Doorsturen van e-mail'] : ['Forward e-mail', 'E-mail forwarding']) } : {}),
    texts: {
      nl: [
        'Hoe kan ik mijn Zeewind e-mail doorsturen naar mijn Gmail-adres?',
        'Ik wil mijn e-mail van zeewind.nl automatisch laten doorsturen naar een ander e-mailadres',
        'E-mail doorsturen instellen, waar kan dat in Mijn Zeewind?',
        'E-mail doorsturen naar mijn nieuwe adres bij Outlook, kan dat vanuit Zeewind?',
      ],
      en: ['How do I forward my Zeewind e-mail to my Gmail address?', 'Set up e-mail forwarding from my zeewind.nl address', 'Can I forward e-mail to another address automatically?'],
    },
    suggested: [],
    files: 0.65,
    reply: {
      nl: ['Doorsturen stelt u in via webmail.zeewind.nl > Instellingen > Doorsturen. Vul daar het adres in waar uw mail naartoe moet.'],
      en: ['You set up forwarding at webmail.zeewind.nl > Settings > Forwarding. Enter the address your mail should go to.'],
    },
    solution: { nl: ['Fijn dat het doorsturen werkt.'], en: ['Glad forwarding works.'] },
  },
  {
    id: 'bridge-mode',
    topic: 'other',
    weight: 4,
    sinceDaysAgo: 80,
    answers: ({ random, locale }): Answers => (random.chance(0.8) ? { subject: random.pick(locale === 'nl' ? ['Bridge modus', 'Eigen router', 'Modem als bridge'] : ['Bridge mode', 'Own router']) } : {}),
    texts: {
      nl: [
        'Hoe zet ik het Zeewind Modem 3 in bridge modus? Ik wil mijn eigen router gebruiken',
        'Modem in bridge mode zetten voor mijn eigen router',
        'Ik heb een eigen router, kan het modem als bridge werken?',
        'Bridge modus aanzetten op het modem voor mijn eigen router, waar vind ik die instelling?',
      ],
      en: ['How do I put the modem in bridge mode for my own router?', 'Bridge mode on the Zeewind Modem 3, I want to use my own router', 'Can the modem run in bridge mode? I have my own mesh router'],
    },
    suggested: [],
    files: 0.7,
    comesBack: 0.1,
    reply: {
      nl: ['Bridge modus zetten wij voor u aan. Let op: de wifi van het Zeewind-modem gaat dan uit en uw eigen router regelt het netwerk.'],
      en: ['We switch bridge mode on for you. Note: the Wi-Fi of the Zeewind modem then goes off and your own router runs the network.'],
    },
    solution: { nl: ['Uw modem staat nu in bridge modus. Veel plezier met uw eigen router!'], en: ['Your modem is now in bridge mode. Enjoy your own router!'] },
  },
];
