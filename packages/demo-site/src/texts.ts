/** Languages the site is written in; the first is the default. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

// The Dutch texts are the source of truth: their shape is the type every other language must match.
const NL = {
  locale: 'nl-NL',
  common: {
    skipLink: 'Direct naar de inhoud',
    mainNavLabel: 'Hoofdmenu',
    navHome: 'Home',
    navSupport: 'Klantenservice',
    navHelp: 'Hulp',
    languageGroupLabel: 'Taal',
  },
  footer: {
    company: 'Zeewind Internet B.V.',
    addressLines: ['Havenkade 21', '1976 ZX IJmuiden'],
    kvk: 'KvK-nummer 87654321',
    demoNote: 'Dit is een demonstratiesite. Zeewind Internet bestaat niet.',
  },
  home: {
    documentTitle: 'Zeewind Internet – Snel glasvezel, eerlijke service',
    heroTitle: 'Snel glasvezel, eerlijke service',
    heroLead:
      'Internet via glasvezel of DSL, tv en een wifi-modem dat gewoon werkt. Zonder kleine lettertjes en maandelijks opzegbaar.',
    heroCta: 'Bekijk de abonnementen',
    plansTitle: 'Kies uw snelheid',
    plansNote: 'De snelheid die u krijgt, hangt af van uw adres. Via DSL is maximaal 100 Mbit/s mogelijk.',
    perMonth: 'per maand',
    popular: 'Meest gekozen',
    planFeatures: {
      basis: ['Surfen, mailen en streamen in HD', 'Wifi-modem inbegrepen', 'Zeewind Thuis-app'],
      plus: ['Tegelijk streamen en thuiswerken', 'Wifi 6-modem inbegrepen', 'Tv met 60 zenders'],
      max: ['Voor gamers en grote huishoudens', 'Wifi 6E-modem en extra wifi-punt', 'Tv met 80 zenders'],
    },
    helpTitle: 'Hulp nodig?',
    helpBody:
      'Klik op de hulpknop rechtsonder in beeld. Die stelt een paar korte vragen, helpt u stap voor stap en maakt zo nodig meteen een melding voor ons aan.',
    helpLink: 'Alles over onze klantenservice',
  },
  support: {
    documentTitle: 'Klantenservice – Zeewind Internet',
    title: 'Klantenservice',
    lead: 'Waar kunnen we u mee helpen? De hulpknop rechtsonder in beeld helpt u meteen verder, ook buiten openingstijden.',
    statusTitle: 'Status van ons netwerk',
    statusMessage: 'Geen storingen bekend in uw regio.',
    statusDetail: 'Merkt u toch iets? De hulpknop controleert samen met u uw verbinding en meldt het ons als dat nodig is.',
    topicsTitle: 'Veelgestelde onderwerpen',
    topicHelp: 'De hulpknop rechtsonder leidt u erdoorheen en maakt zo nodig een melding aan.',
    topics: [
      { id: 'internet', title: 'Internet storing', body: 'Geen verbinding, of een lampje op uw modem dat rood knippert.' },
      { id: 'wifi', title: 'Wifi valt weg', body: 'Een verbinding die steeds wegvalt, of slechte wifi op zolder of in de tuin.' },
      { id: 'software', title: 'Zeewind Thuis installeren', body: 'De Zeewind Thuis-app installeren op Windows of macOS en koppelen aan uw modem.' },
      { id: 'tv', title: 'TV', body: 'Geen beeld, haperend beeld of zenders die ontbreken.' },
      { id: 'billing', title: 'Facturen', body: 'Uw factuur begrijpen, uw betaalwijze wijzigen of een bedrag dat niet klopt.' },
      { id: 'moving', title: 'Verhuizen', body: 'Uw internet en tv meeverhuizen en de overstapdatum kiezen.' },
    ],
    hoursTitle: 'Openingstijden',
    hours: [
      { days: 'Maandag tot en met vrijdag', time: '8:00–20:00' },
      { days: 'Zaterdag', time: '9:00–17:00' },
      { days: 'Zondag', time: 'Gesloten' },
    ],
    hoursNote: 'Buiten openingstijden helpt de hulpknop u gewoon verder. Meldingen van dan pakken we de eerstvolgende werkdag op.',
    storyTitle: 'U vertelt uw verhaal maar één keer',
    storyBody:
      'Maakt de hulpknop een melding aan, dan krijgt u een referentienummer. Dat nummer reist met u mee: onze medewerker ziet meteen wat u al heeft verteld en geprobeerd. U hoeft niets opnieuw uit te leggen.',
  },
  help: {
    documentTitle: 'Stel uw vraag – Zeewind Internet',
    title: 'Stel uw vraag',
    lead: 'Vertel ons hier wat er aan de hand is. We zoeken samen naar een oplossing, en lukt dat niet, dan maakt u meteen een melding voor ons team.',
    loading: 'Het hulpformulier wordt geladen…',
    topicsTitle: 'Direct naar een onderwerp',
    storyBody:
      'Lukt het samen niet, dan maakt u hier een melding en krijgt u een referentienummer. Dat nummer reist met u mee: onze medewerker ziet meteen wat u al heeft verteld en geprobeerd. U hoeft niets opnieuw uit te leggen.',
  },
  notFound: {
    documentTitle: 'Pagina niet gevonden – Zeewind Internet',
    title: 'Deze pagina bestaat niet (meer)',
    body: 'Misschien is de link verouderd of staat er een tikfout in het adres. Geen zorgen, we helpen u graag verder.',
    homeLink: 'Terug naar de homepage',
    supportLink: 'Naar de klantenservice',
  },
};

/** Every text a visitor can see, for one language. */
export type SiteTexts = typeof NL;

const EN: SiteTexts = {
  locale: 'en-GB',
  common: {
    skipLink: 'Skip to content',
    mainNavLabel: 'Main menu',
    navHome: 'Home',
    navSupport: 'Customer service',
    navHelp: 'Help',
    languageGroupLabel: 'Language',
  },
  footer: {
    company: 'Zeewind Internet B.V.',
    addressLines: ['Havenkade 21', '1976 ZX IJmuiden', 'The Netherlands'],
    kvk: 'Chamber of Commerce (KvK) number 87654321',
    demoNote: 'This is a demo site. Zeewind Internet does not exist.',
  },
  home: {
    documentTitle: 'Zeewind Internet – Fast fibre, honest service',
    heroTitle: 'Fast fibre, honest service',
    heroLead:
      'Internet over fibre or DSL, TV and a Wi-Fi modem that simply works. No small print, cancel any month.',
    heroCta: 'See our plans',
    plansTitle: 'Choose your speed',
    plansNote: 'The speed you get depends on your address. Over DSL, up to 100 Mbit/s is available.',
    perMonth: 'per month',
    popular: 'Most popular',
    planFeatures: {
      basis: ['Browsing, email and HD streaming', 'Wi-Fi modem included', 'Zeewind Thuis app'],
      plus: ['Stream and work from home at once', 'Wi-Fi 6 modem included', 'TV with 60 channels'],
      max: ['For gamers and large households', 'Wi-Fi 6E modem and extra access point', 'TV with 80 channels'],
    },
    helpTitle: 'Need help?',
    helpBody:
      'Click the help button in the bottom-right corner of the screen. It asks a few short questions, guides you step by step and, if needed, files a case with us straight away.',
    helpLink: 'All about our customer service',
  },
  support: {
    documentTitle: 'Customer service – Zeewind Internet',
    title: 'Customer service',
    lead: 'What can we help you with? The help button in the bottom-right corner gets you going right away, even outside opening hours.',
    statusTitle: 'Network status',
    statusMessage: 'No known outages in your area.',
    statusDetail: 'Still noticing something? The help button checks your connection with you and reports it to us if needed.',
    topicsTitle: 'Common topics',
    topicHelp: 'The help button in the corner guides you through it and files a case if needed.',
    topics: [
      { id: 'internet', title: 'Internet outage', body: 'No connection, or a light on your modem blinking red.' },
      { id: 'wifi', title: 'Wi-Fi keeps dropping', body: 'A connection that keeps dropping, or weak Wi-Fi in the attic or garden.' },
      { id: 'software', title: 'Installing Zeewind Thuis', body: 'Installing the Zeewind Thuis app on Windows or macOS and linking it to your modem.' },
      { id: 'tv', title: 'TV', body: 'No picture, a stuttering picture or missing channels.' },
      { id: 'billing', title: 'Invoices', body: 'Understanding your invoice, changing how you pay, or an amount that looks wrong.' },
      { id: 'moving', title: 'Moving house', body: 'Taking your internet and TV with you and choosing the switch-over date.' },
    ],
    hoursTitle: 'Opening hours',
    hours: [
      { days: 'Monday to Friday', time: '8:00–20:00' },
      { days: 'Saturday', time: '9:00–17:00' },
      { days: 'Sunday', time: 'Closed' },
    ],
    hoursNote: 'Outside opening hours the help button still helps you. Cases filed then are picked up on the next working day.',
    storyTitle: 'Tell your story only once',
    storyBody:
      'When the help button files a case, you get a case reference. That reference follows you: our staff see right away what you have already told us and tried. You never have to explain it all again.',
  },
  help: {
    documentTitle: 'Ask us – Zeewind Internet',
    title: 'Ask us',
    lead: 'Tell us here what is going on. We look for a solution together, and if there is none, you file a case for our team straight away.',
    loading: 'Loading the help form…',
    topicsTitle: 'Go straight to a topic',
    storyBody:
      'If we cannot solve it together, you file a case here and get a case reference. That reference follows you: our staff see right away what you have already told us and tried. You never have to explain it all again.',
  },
  notFound: {
    documentTitle: 'Page not found – Zeewind Internet',
    title: 'This page does not exist (any more)',
    body: 'The link may be out of date, or the address may contain a typo. No worries, we are happy to help you on your way.',
    homeLink: 'Back to the home page',
    supportLink: 'Go to customer service',
  },
};

/** All site texts, by language. */
export const TEXTS: Record<Language, SiteTexts> = { nl: NL, en: EN };

/** The name of each language, written in that language, for the language toggle. */
export const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

/**
 * Tells whether a value is one of the site's languages.
 * @param value Any value, for example one read from storage.
 * @returns `true` when `value` is a {@link Language}.
 */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
