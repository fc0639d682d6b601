import type { Story } from './story';

const BOXES: ReadonlyArray<readonly [string, number]> = [['tv-box-4k', 4], ['tv-box', 2], ['unknown', 1]];

/**
 * Television. Most problems have an article; the TV app on Samsung smart TVs asking for a code
 * has none, so those customers find nothing and file cases: a question the articles do not answer.
 */
export const TV_STORIES: readonly Story[] = [
  {
    id: 'tv-no-signal',
    topic: 'tv',
    weight: 5,
    answers: ({ random, locale }) => ({
      problem: 'no-picture',
      box: random.weighted(BOXES),
      ...(random.chance(0.6) ? { 'screen-message': locale === 'nl' ? 'Geen signaal' : 'No signal' } : {}),
      'box-cable': random.pick(['yes', 'no']),
    }),
    texts: {
      nl: ['Geen beeld op de tv, er staat geen signaal', 'Tv-box geeft een zwart scherm', 'Televisie zegt geen signaal sinds vanavond'],
      en: ['No picture on the TV, it says no signal', 'The TV box only shows a black screen'],
    },
    suggested: ['tv-no-signal', 'tv-stuttering'],
    helps: { 'tv-no-signal': 0.65, 'tv-stuttering': 0.05 },
    reply: {
      nl: ['We hebben uw tv-box op afstand opnieuw opgestart en de zenderlijst opnieuw gestuurd.'],
      en: ['We have restarted your TV box remotely and sent the channel list again.'],
    },
    solution: { nl: ['Uw tv-box ontvangt weer beeld. We sluiten de melding.'], en: ['Your TV box has a picture again. We are closing the case.'] },
  },
  {
    id: 'tv-stuttering',
    topic: 'tv',
    weight: 4,
    answers: ({ random }) => ({ problem: 'stutters', box: random.weighted(BOXES), 'box-cable': random.weighted([['no', 3], ['yes', 1]]) }),
    texts: {
      nl: ['Beeld hapert steeds en blijft stilstaan', 'Blokjes in het beeld bij het voetbal', 'Tv loopt vast bij elke zender'],
      en: ['The picture keeps freezing', 'Blocky picture during the football'],
    },
    suggested: ['tv-stuttering'],
    helps: { 'tv-stuttering': 0.55 },
    reply: {
      nl: ['Uw tv-box is via wifi verbonden en krijgt te weinig signaal. Een netwerkkabel of een wifi-punt bij de tv lost dit op; we sturen u een kabel van 10 meter.'],
      en: ['Your TV box is on Wi-Fi and gets too little signal. A network cable or a Wi-Fi point near the TV fixes it; we are sending you a 10 metre cable.'],
    },
    solution: { nl: ['Fijn dat het beeld met de kabel stabiel is.'], en: ['Glad the picture is stable with the cable.'] },
  },
  {
    id: 'tv-channels',
    topic: 'tv',
    weight: 3,
    answers: ({ random }) => ({ problem: 'channels-missing', box: random.weighted(BOXES), channels: random.pick(['NPO 2 en RTL 5', 'Zender 8 en 9', 'Ziggo Sport', 'Alle regionale zenders']) }),
    texts: {
      nl: ['Na de update ontbreken er zenders', 'Sommige zenders zijn verdwenen', 'Ik mis een paar zenders sinds gisteren'],
      en: ['Some channels disappeared after the update', 'A few channels are missing since yesterday'],
    },
    suggested: ['tv-missing-channels'],
    helps: { 'tv-missing-channels': 0.7 },
    reply: {
      nl: ['We hebben de zenderlijst van uw tv-box opnieuw ingesteld. Zet de box 10 seconden uit en weer aan.'],
      en: ['We have reset the channel list of your TV box. Switch the box off for 10 seconds and on again.'],
    },
    solution: { nl: ['Alle zenders zijn weer terug. We sluiten de melding.'], en: ['All channels are back. We are closing the case.'] },
  },
  {
    id: 'tv-remote',
    topic: 'tv',
    weight: 5,
    answers: ({ random }) => ({ problem: 'remote', box: random.weighted(BOXES), batteries: random.weighted([['yes', 2], ['no', 1]]) }),
    texts: {
      nl: ['Afstandsbediening van de tv-box doet niets meer', 'Afstandsbediening reageert niet, nieuwe batterijen helpen niet'],
      en: ['The remote of the TV box does nothing', 'The remote does not respond, new batteries did not help'],
    },
    suggested: ['remote-not-working'],
    helps: { 'remote-not-working': 0.8 },
    reply: {
      nl: ['We sturen u een nieuwe afstandsbediening; die is binnen twee werkdagen bij u.'],
      en: ['We are sending you a new remote; it will arrive within two working days.'],
    },
    solution: { nl: ['De nieuwe afstandsbediening is bezorgd en gekoppeld.'], en: ['The new remote was delivered and paired.'] },
    solveHours: [10, 20],
  },
  {
    id: 'tv-app-samsung-code',
    topic: 'tv',
    weight: 5,
    sinceDaysAgo: 60,
    answers: ({ random, locale }) => ({
      problem: random.weighted([['no-picture', 3], ['replay', 1]]),
      box: 'app',
      'screen-message': random.pick(locale === 'nl' ? ['Voer de code in die op uw scherm staat', 'Activeringscode vereist', 'Koppel dit apparaat met code'] : ['Enter the code shown on your screen', 'Activation code required']),
    }),
    texts: {
      nl: [
        'De Zeewind TV-app op mijn Samsung smart tv vraagt om een code. Welke code moet ik invullen?',
        'Samsung tv: de tv-app vraagt een activatiecode, waar vind ik die code?',
        'Na een update vraagt de TV-app op de Samsung smart tv om een code',
        'Tv-app op Samsung televisie blijft om een koppelcode vragen',
        'Welke code moet ik invoeren in de Zeewind app op mijn Samsung tv?',
      ],
      en: [
        'The TV app on my Samsung smart TV asks for a code. Where do I find it?',
        'Samsung smart TV: the Zeewind TV app wants an activation code',
        'TV app on my Samsung TV keeps asking for a code after the update',
      ],
    },
    suggested: [],
    files: 0.6,
    reply: {
      nl: ['De code koppelt de tv-app aan uw abonnement. Ga op uw telefoon naar mijn.zeewind.nl/tv en vul daar de code van uw tv-scherm in.'],
      en: ['The code links the TV app to your subscription. On your phone, go to mijn.zeewind.nl/tv and enter the code from your TV screen.'],
    },
    solution: { nl: ['Fijn dat de tv-app nu gekoppeld is. We sluiten de melding.'], en: ['Glad the TV app is linked now. We are closing the case.'] },
  },
];
