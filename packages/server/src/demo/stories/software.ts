import type { Environment, Locale } from '@loket/sdk';
import { environmentOf, PROFILES } from '../demo-environments';
import type { EnvironmentProfile } from '../demo-environments';
import type { Random } from '../random';
import { fromMix } from './story';
import type { Story } from './story';

/** The software flow asks the customer to confirm the operating system. */
function confirmedOs(environment: Environment): Environment {
  return environment.os ? { ...environment, os: { ...environment.os, verified: 'confirmed' } } : environment;
}

/**
 * A customer with Windows 7 or 8.1; some report from their phone and correct the operating
 * system to the one of the computer with the problem.
 */
function oldWindows(random: Random, locale: Locale): Environment {
  const computer = random.weighted<EnvironmentProfile>([[PROFILES.windows7Chrome, 6], [PROFILES.windows7Firefox, 2], [PROFILES.windows8Chrome, 2]]);
  if (random.chance(0.15)) {
    const phone = environmentOf(random, random.pick([PROFILES.iphoneSafari, PROFILES.androidChrome]), locale);
    return { ...phone, os: { name: 'Windows', version: computer.osVersions[0]!, verified: 'corrected' } };
  }
  return confirmedOs(environmentOf(random, computer, locale));
}

const modernWindows = fromMix([[PROFILES.windows11Chrome, 5], [PROFILES.windows11Edge, 3], [PROFILES.windows10Chrome, 3], [PROFILES.windows10Firefox, 1]]);
const desktops = fromMix([[PROFILES.windows11Chrome, 5], [PROFILES.windows11Edge, 2], [PROFILES.windows10Chrome, 3], [PROFILES.macSafari, 3], [PROFILES.macChrome, 1]]);
const macs = fromMix([[PROFILES.macSafari, 3], [PROFILES.macChrome, 1]]);
const oldMacs = fromMix([[PROFILES.oldMacSafari, 1]]);

/**
 * Installing Zeewind Thuis. Since the app dropped Windows 7 and 8.1, the article for those
 * systems tells customers to upgrade, which most of them cannot: it fails for nearly every
 * Windows 7 customer, who then file cases, come back and get escalated. Support's answer, the
 * web version in Mijn Zeewind, is what the article is missing.
 */
export const SOFTWARE_STORIES: readonly Story[] = [
  {
    id: 'installer-windows-7-8',
    topic: 'software',
    weight: 14,
    sinceDaysAgo: 70,
    environment: oldWindows,
    answers: ({ random, locale }) => ({
      problem: random.weighted([['wont-start', 5], ['error', 4], ['stuck', 1]]),
      'error-text': random.pick(
        locale === 'nl'
          ? ['Deze app kan niet worden uitgevoerd op uw pc', 'api-ms-win-core-path-l1-1-0.dll ontbreekt', 'Dit programma vereist Windows 10 of hoger']
          : ["This app can't run on your PC", 'api-ms-win-core-path-l1-1-0.dll is missing', 'This program requires Windows 10 or later'],
      ),
      'stuck-at': 'start',
      admin: random.weighted([['yes', 9], ['no', 1]]),
      antivirus: random.pick(['yes', 'no']),
    }),
    texts: {
      nl: [
        'Zeewind Thuis installeren lukt niet op mijn laptop met Windows 7',
        'Het installatieprogramma doet helemaal niets op mijn oude computer',
        'Foutmelding: deze app kan niet worden uitgevoerd op uw pc. Ik heb Windows 7',
        'Kan Zeewind Thuis niet installeren, de computer heeft Windows 8.1',
        'Installatie start niet op Windows 7, hoe stel ik nu mijn wifi in?',
      ],
      en: [
        "Can't install Zeewind Thuis on my Windows 7 laptop",
        'The installer does nothing on my old PC with Windows 7',
        "Error: this app can't run on your PC. I have Windows 8.1",
      ],
    },
    suggested: ['installer-windows-7-8'],
    helps: { 'installer-windows-7-8': (environment) => (environment.os?.version === '7' ? 0.08 : 0.4) },
    files: 0.9,
    comesBack: 0.3,
    afterFailedArticle: {
      nl: [
        'Het artikel zegt dat ik moet upgraden naar Windows 10, maar dat kan niet op deze laptop.',
        'Een nieuwe computer kopen is geen optie. Hoe kan ik mijn wifi dan beheren?',
        'Volgens het artikel werkt het niet op Windows 7, maar wat moet ik dan doen?',
      ],
      en: [
        'The article says to upgrade to Windows 10, but this laptop cannot.',
        'Buying a new computer is not an option. How do I manage my Wi-Fi then?',
      ],
    },
    reply: {
      nl: ['Zeewind Thuis werkt inderdaad niet meer op Windows 7 en 8.1. Alles wat de app doet kunt u ook in de browser regelen: ga naar mijn.zeewind.nl en kies Mijn wifi.'],
      en: ['Zeewind Thuis indeed no longer runs on Windows 7 and 8.1. You can do everything the app does in the browser: go to mijn.zeewind.nl and choose My Wi-Fi.'],
    },
    solution: {
      nl: ['Fijn dat het via Mijn Zeewind in de browser gelukt is. We hebben doorgegeven dat dit in het artikel over Windows 7 hoort.'],
      en: ['Glad it worked through Mijn Zeewind in the browser. We have passed on that the Windows 7 article should mention this.'],
    },
    solveHours: [6, 30],
  },
  {
    id: 'installer-smartscreen',
    topic: 'software',
    weight: 8,
    environment: (random, locale) => confirmedOs(modernWindows(random, locale)),
    answers: ({ random, locale }) => ({
      problem: random.weighted([['error', 6], ['wont-start', 3]]),
      'error-text': random.pick(locale === 'nl' ? ['Windows heeft uw pc beschermd', 'Bestand is geblokkeerd door de virusscanner'] : ['Windows protected your PC', 'The file was blocked by the virus scanner']),
      admin: 'yes',
      antivirus: random.weighted([['no', 2], ['yes', 1]]),
    }),
    texts: {
      nl: ['Windows zegt dat mijn pc beschermd is als ik Zeewind Thuis wil installeren', 'Installatie geblokkeerd door SmartScreen', 'Virusscanner blokkeert het installatieprogramma van Zeewind Thuis'],
      en: ['Windows says it protected my PC when I run the Zeewind Thuis installer', 'SmartScreen blocks the installer'],
    },
    suggested: ['installer-blocked-windows'],
    helps: { 'installer-blocked-windows': 0.82 },
    files: 0.6,
    reply: {
      nl: ['Het installatieprogramma is veilig. Kies bij de melding Meer informatie en daarna Toch uitvoeren.'],
      en: ['The installer is safe. In the message choose More info, then Run anyway.'],
    },
    solution: {
      nl: ['Fijn dat de installatie nu gelukt is. We sluiten de melding.'],
      en: ['Glad the installation worked. We are closing the case.'],
    },
  },
  {
    id: 'installer-macos',
    topic: 'software',
    weight: 6,
    environment: (random, locale) => confirmedOs(macs(random, locale)),
    answers: ({ random, locale }) => ({
      problem: random.weighted([['error', 3], ['wont-start', 1]]),
      'error-text': locale === 'nl'
        ? 'Zeewind Thuis kan niet worden geopend omdat de ontwikkelaar niet kan worden geverifieerd'
        : 'Zeewind Thuis cannot be opened because the developer cannot be verified',
      admin: 'yes',
      antivirus: 'no',
    }),
    texts: {
      nl: ['Mac zegt dat Zeewind Thuis niet geopend kan worden', 'Melding ontwikkelaar kan niet worden geverifieerd op mijn MacBook'],
      en: ["My Mac says Zeewind Thuis can't be opened", 'Developer cannot be verified message on my MacBook'],
    },
    suggested: ['installer-macos-unverified'],
    helps: { 'installer-macos-unverified': 0.85 },
    files: 0.6,
    reply: {
      nl: ['Open Systeeminstellingen > Privacy en beveiliging en kies Open toch bij Zeewind Thuis.'],
      en: ['Open System Settings > Privacy & Security and choose Open Anyway next to Zeewind Thuis.'],
    },
    solution: { nl: ['Fijn dat de app nu opent. We sluiten de melding.'], en: ['Glad the app opens now. We are closing the case.'] },
  },
  {
    id: 'installer-old-mac',
    topic: 'software',
    weight: 2,
    environment: (random, locale) => confirmedOs(oldMacs(random, locale)),
    answers: ({ random, locale }) => ({
      problem: random.pick(['wont-start', 'error']),
      'error-text': locale === 'nl' ? 'Vereist macOS 12 of nieuwer' : 'Requires macOS 12 or later',
      admin: 'yes',
      antivirus: 'no',
    }),
    texts: {
      nl: ['Zeewind Thuis installeren lukt niet op mijn oude iMac', 'De app zegt dat mijn macOS te oud is'],
      en: ["Can't install the app on my old MacBook", 'The app says my macOS is too old'],
    },
    suggested: ['installer-old-macos'],
    helps: { 'installer-old-macos': 0.55 },
    reply: {
      nl: ['Op macOS 11 en ouder werkt Zeewind Thuis niet. In de browser kunt u via mijn.zeewind.nl hetzelfde regelen.'],
      en: ['Zeewind Thuis does not run on macOS 11 or older. You can do the same in the browser at mijn.zeewind.nl.'],
    },
    solution: { nl: ['Fijn dat het via Mijn Zeewind gelukt is.'], en: ['Glad it worked through Mijn Zeewind.'] },
  },
  {
    id: 'app-crashes',
    topic: 'software',
    weight: 4,
    environment: (random, locale) => confirmedOs(desktops(random, locale)),
    answers: ({ random }) => ({ problem: 'app-crashes', 'worked-before': random.weighted([['yes', 4], ['no', 1]]), antivirus: random.pick(['yes', 'no']) }),
    texts: {
      nl: ['Zeewind Thuis sluit meteen weer af na het opstarten', 'App start niet meer sinds de laatste update', 'Zeewind Thuis crasht steeds'],
      en: ['Zeewind Thuis closes right after it starts', 'The app stopped opening after the update'],
    },
    suggested: ['app-crashes'],
    helps: { 'app-crashes': 0.6 },
    reply: {
      nl: ['Er was een fout in versie 3.2 van Zeewind Thuis. Versie 3.2.1 lost dit op; u kunt hem downloaden via zeewind.nl/thuis.'],
      en: ['Version 3.2 of Zeewind Thuis had a bug. Version 3.2.1 fixes it; download it at zeewind.nl/thuis.'],
    },
    solution: { nl: ['Fijn dat de nieuwe versie werkt. We sluiten de melding.'], en: ['Glad the new version works. We are closing the case.'] },
  },
  {
    id: 'app-searching-modem',
    topic: 'software',
    weight: 4,
    environment: (random, locale) => confirmedOs(desktops(random, locale)),
    answers: ({ random }) => ({ problem: 'stuck', 'stuck-at': 'network', admin: 'yes', antivirus: random.pick(['yes', 'no']) }),
    texts: {
      nl: ['Zeewind Thuis blijft hangen op bezig met zoeken naar modem', 'De app vindt mijn modem niet', 'Installatie blijft staan bij thuisnetwerk zoeken'],
      en: ['Zeewind Thuis is stuck on searching for the modem', 'The app cannot find my modem'],
    },
    suggested: ['app-searching-modem'],
    helps: { 'app-searching-modem': 0.5 },
    reply: {
      nl: ['De app zoekt het modem via de wifi. Zit de computer op het netwerk van het Zeewind-modem, en niet op een versterker?'],
      en: ['The app looks for the modem over Wi-Fi. Is the computer on the network of the Zeewind modem, not on an extender?'],
    },
    solution: { nl: ['Fijn dat de app het modem nu vindt. We sluiten de melding.'], en: ['Glad the app finds the modem now. We are closing the case.'] },
  },
];
