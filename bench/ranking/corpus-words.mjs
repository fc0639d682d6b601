// What the generated knowledge base varies the demo articles with: products, situations, devices,
// services, places and `appliesTo` rules, each in Dutch and English, so that a variant reads the
// same in both languages and brings words a large provider's help centre has (models, brands,
// towns, error codes) instead of repeating the demo's 3,000 words.

/** Products that replace the demo's modem and app names; the demo's own names come first. */
export const MODEMS = [
  { nl: 'Zeewind Modem 3', en: 'Zeewind Modem 3' },
  { nl: 'Zeewind Box 2', en: 'Zeewind Box 2' },
  { nl: 'Zeewind Modem 4', en: 'Zeewind Modem 4' },
  { nl: 'Zeewind Modem 5 Pro', en: 'Zeewind Modem 5 Pro' },
  { nl: 'Zeewind Glasvezelmodem F1', en: 'Zeewind Fibre Modem F1' },
  { nl: 'Zeewind Kabelmodem K7', en: 'Zeewind Cable Modem K7' },
  { nl: 'Zeewind Zakelijk Modem Z2', en: 'Zeewind Business Modem Z2' },
  { nl: 'Zeewind Mesh Station', en: 'Zeewind Mesh Station' },
  { nl: 'Zeewind Wifi-versterker 2', en: 'Zeewind Wi-Fi Extender 2' },
];
export const APPS = [
  { nl: 'Zeewind Thuis', en: 'Zeewind Thuis' },
  { nl: 'Zeewind Thuis Lite', en: 'Zeewind Thuis Lite' },
  { nl: 'Zeewind Veilig Online', en: 'Zeewind Safe Online' },
  { nl: 'Zeewind Cloudopslag', en: 'Zeewind Cloud Storage' },
  { nl: 'Zeewind TV-app', en: 'Zeewind TV app' },
  { nl: 'Zeewind Mail', en: 'Zeewind Mail' },
  { nl: 'Zeewind Bellen', en: 'Zeewind Calling' },
];

/** Situations an article is written for: they go into titles, questions and the text. */
export const SITUATIONS = [
  { nl: 'na een verhuizing', en: 'after moving house' },
  { nl: 'na een stroomstoring', en: 'after a power cut' },
  { nl: 'na een software-update', en: 'after a software update' },
  { nl: 'met een nieuw abonnement', en: 'with a new subscription' },
  { nl: 'in een appartementencomplex', en: 'in a block of flats' },
  { nl: 'met een mesh-systeem', en: 'with a mesh system' },
  { nl: 'tijdens onweer', en: 'during a thunderstorm' },
  { nl: 'bij zakelijk internet', en: 'with business internet' },
  { nl: 'in een vakantiewoning', en: 'in a holiday home' },
  { nl: 'met een glasvezelaansluiting', en: 'with a fibre connection' },
  { nl: 'met een DSL-aansluiting', en: 'with a DSL connection' },
  { nl: 'met een kabelaansluiting', en: 'with a cable connection' },
  { nl: 'bij een tweede televisie', en: 'with a second television' },
  { nl: 'in een huurwoning', en: 'in a rented home' },
  { nl: 'na het overstappen van provider', en: 'after switching providers' },
  { nl: 'voor studenten op kamers', en: 'for students in shared housing' },
  { nl: 'met een slimme thermostaat', en: 'with a smart thermostat' },
  { nl: 'met een wifi-versterker', en: 'with a Wi-Fi extender' },
  { nl: 'in de tuin of schuur', en: 'in the garden or shed' },
  { nl: 'op zolder', en: 'in the attic' },
  { nl: 'in de kelder', en: 'in the basement' },
  { nl: 'bij thuiswerken', en: 'when working from home' },
  { nl: 'tijdens videobellen', en: 'during video calls' },
  { nl: 'tijdens online gamen', en: 'while gaming online' },
  { nl: 'met een netwerkschijf (NAS)', en: 'with a network drive (NAS)' },
  { nl: 'met een VPN-verbinding', en: 'with a VPN connection' },
  { nl: 'met ouderlijk toezicht', en: 'with parental controls' },
  { nl: 'na een storing in de wijk', en: 'after an outage in the area' },
  { nl: 'bij een nieuwe bankrekening', en: 'with a new bank account' },
  { nl: 'met een vast IP-adres', en: 'with a fixed IP address' },
  { nl: 'bij een IPv6-aansluiting', en: 'with an IPv6 connection' },
  { nl: 'met een tweede modem', en: 'with a second modem' },
];

/** Devices and brands customers name. */
export const DEVICES = [
  { nl: 'iPhone 15', en: 'iPhone 15' },
  { nl: 'iPhone SE', en: 'iPhone SE' },
  { nl: 'Samsung Galaxy S24', en: 'Samsung Galaxy S24' },
  { nl: 'Google Pixel 8', en: 'Google Pixel 8' },
  { nl: 'iPad Air', en: 'iPad Air' },
  { nl: 'MacBook Pro', en: 'MacBook Pro' },
  { nl: 'Surface-laptop', en: 'Surface laptop' },
  { nl: 'Chromebook', en: 'Chromebook' },
  { nl: 'Sonos-speaker', en: 'Sonos speaker' },
  { nl: 'Philips Hue-bridge', en: 'Philips Hue bridge' },
  { nl: 'PlayStation 5', en: 'PlayStation 5' },
  { nl: 'Xbox Series X', en: 'Xbox Series X' },
  { nl: 'Nintendo Switch', en: 'Nintendo Switch' },
  { nl: 'Chromecast', en: 'Chromecast' },
  { nl: 'Apple TV 4K', en: 'Apple TV 4K' },
  { nl: 'HP-printer', en: 'HP printer' },
  { nl: 'Canon-printer', en: 'Canon printer' },
  { nl: 'Ring-deurbel', en: 'Ring doorbell' },
  { nl: 'Nest-thermostaat', en: 'Nest thermostat' },
  { nl: 'Tado-thermostaat', en: 'Tado thermostat' },
  { nl: 'slimme tv van LG', en: 'LG smart TV' },
  { nl: 'Samsung smart-tv', en: 'Samsung smart TV' },
  { nl: 'Sony Bravia', en: 'Sony Bravia' },
  { nl: 'Kindle e-reader', en: 'Kindle e-reader' },
  { nl: 'babyfoon met wifi', en: 'Wi-Fi baby monitor' },
  { nl: 'slimme meter', en: 'smart meter' },
];

/** Services customers use over the connection. */
export const SERVICES = [
  'Netflix', 'Videoland', 'Disney+', 'YouTube', 'NPO Start', 'Viaplay', 'HBO Max', 'Spotify',
  'Microsoft Teams', 'Zoom', 'WhatsApp', 'FaceTime', 'Fortnite', 'Steam', 'Outlook', 'Gmail',
  'DigiD', 'iCloud', 'OneDrive', 'Dropbox', 'Google Meet', 'Twitch',
];

/** Towns of the service area, for outages, technicians and shops. */
export const TOWNS = [
  'Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere',
  'Breda', 'Nijmegen', 'Arnhem', 'Haarlem', 'Enschede', 'Amersfoort', 'Zaandam', 'Apeldoorn',
  'Den Bosch', 'Zwolle', 'Leiden', 'Maastricht', 'Dordrecht', 'Zoetermeer', 'Delft', 'Alkmaar',
  'Leeuwarden', 'Venlo', 'Deventer', 'Hilversum', 'Heerlen', 'Helmond', 'Hoorn', 'Ede', 'Emmen',
  'Gouda', 'Purmerend', 'Roosendaal', 'Schiedam', 'Lelystad', 'Vlissingen', 'Middelburg',
  'Den Helder', 'Texel', 'Terschelling', 'Harderwijk', 'Kampen', 'Assen', 'Sneek', 'Katwijk',
];

/**
 * `appliesTo` rules with how a title says them; `undefined` for an article about everything,
 * listed several times so that most articles, as in the demo, apply everywhere.
 */
export const RULES = [
  undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
  { appliesTo: { os: { name: 'Windows', version: '<10' } }, nl: 'op Windows 7 of 8.1', en: 'on Windows 7 or 8.1' },
  { appliesTo: { os: { name: 'Windows', version: '>=10' } }, nl: 'op Windows 10 en 11', en: 'on Windows 10 and 11' },
  { appliesTo: { os: { name: 'macOS', version: '>=12' } }, nl: 'op een Mac', en: 'on a Mac' },
  { appliesTo: { os: { name: 'macOS', version: '<12' } }, nl: 'op een oudere Mac', en: 'on an older Mac' },
  { appliesTo: { os: { name: 'iOS', version: '>=16' } }, nl: 'op iPhone en iPad', en: 'on iPhone and iPad' },
  { appliesTo: { os: { name: 'Android' } }, nl: 'op Android', en: 'on Android' },
  { appliesTo: { os: { name: 'Android', version: '<12' } }, nl: 'op oudere Android-telefoons', en: 'on older Android phones' },
  { appliesTo: { browser: { name: 'Safari' } }, nl: 'in Safari', en: 'in Safari' },
  { appliesTo: { browser: { name: 'Firefox' } }, nl: 'in Firefox', en: 'in Firefox' },
  { appliesTo: { browser: [{ name: 'Chrome', version: '<109' }, { name: 'Edge', version: '<109' }] }, nl: 'in een verouderde browser', en: 'in an outdated browser' },
  { appliesTo: { device: 'mobile' }, nl: 'op uw telefoon', en: 'on your phone' },
  { appliesTo: { device: 'tablet' }, nl: 'op een tablet', en: 'on a tablet' },
  { appliesTo: { device: ['desktop'], os: [{ name: 'Windows' }, { name: 'macOS' }, { name: 'Linux' }] }, nl: 'op de computer', en: 'on a computer' },
];

/** Environments the widget captures, as customers' browsers report them. */
export const ENVIRONMENTS = [
  { os: { name: 'Windows', version: '11' }, browser: { name: 'Chrome', version: '131' }, device: { type: 'desktop' } },
  { os: { name: 'Windows', version: '10' }, browser: { name: 'Edge', version: '130' }, device: { type: 'desktop' } },
  { os: { name: 'Windows', version: '7' }, browser: { name: 'Chrome', version: '109' }, device: { type: 'desktop' } },
  { os: { name: 'macOS', version: '14.5' }, browser: { name: 'Safari', version: '17.5' }, device: { type: 'desktop' } },
  { os: { name: 'macOS', version: '11.7' }, browser: { name: 'Firefox', version: '128' }, device: { type: 'desktop' } },
  { os: { name: 'iOS', version: '17.4' }, browser: { name: 'Safari', version: '17.4' }, device: { type: 'mobile' } },
  { os: { name: 'iOS', version: '16.7' }, browser: { name: 'Safari', version: '16.6' }, device: { type: 'tablet' } },
  { os: { name: 'Android', version: '14' }, browser: { name: 'Chrome', version: '131' }, device: { type: 'mobile' } },
  { os: { name: 'Android', version: '11' }, browser: { name: 'Samsung Internet', version: '23' }, device: { type: 'mobile' } },
  { os: { name: 'Linux' }, browser: { name: 'Firefox', version: '133' }, device: { type: 'desktop' } },
];

/**
 * Paragraphs a variant adds about its product and situation; `{…}` are filled in per article.
 * The same template index is used for both languages.
 */
export const PRODUCT_PARAGRAPHS = [
  {
    nl: 'Dit artikel gaat over de {modem} met firmware {firmware}, {situation}. Ziet u in {app} de foutcode {code}? Noteer die dan: onze monteurs in {town} en omgeving zien er meteen aan wat er mis is.',
    en: 'This article is about the {modem} with firmware {firmware}, {situation}. Does {app} show error code {code}? Write it down: our technicians in {town} and the surrounding area can tell from it straight away what is wrong.',
  },
  {
    nl: 'Klanten met een {device} melden dit vaker {situation}, bijvoorbeeld tijdens het kijken naar {service}. Controleer eerst of de {modem} firmware {firmware} of nieuwer heeft; in {app} staat dat onder Instellingen > Over.',
    en: 'Customers with a {device} report this more often {situation}, for example while watching {service}. First check that the {modem} runs firmware {firmware} or newer; {app} shows it under Settings > About.',
  },
  {
    nl: 'Woont u in {town} of een andere plaats waar we de afgelopen maand aan het netwerk hebben gewerkt, dan kan melding {code} tijdelijk zijn. Herstart de {modem} en probeer {service} op uw {device} opnieuw.',
    en: 'If you live in {town} or another place where we worked on the network in the past month, message {code} may be temporary. Restart the {modem} and try {service} on your {device} again.',
  },
  {
    nl: 'Gebruikt u {app} op een {device}, {situation}? Zet dan de automatische updates aan. Versie {firmware} lost bekende problemen met {service} en melding {code} op.',
    en: 'Do you use {app} on a {device}, {situation}? Then turn on automatic updates. Version {firmware} fixes known problems with {service} and message {code}.',
  },
];

/** How a variant lists the devices and apps it was tested with: the long tail of names a help centre has. */
export const TESTED_WITH = { nl: 'Getest met: {names}.', en: 'Tested with: {names}.' };

/** Headings of the section a variant adds on its product. */
export const PRODUCT_HEADINGS = [
  { nl: 'Geldt dit ook voor de {modem}?', en: 'Does this apply to the {modem} too?' },
  { nl: 'Extra tips {situation}', en: 'Extra tips {situation}' },
  { nl: 'Foutcode {code}', en: 'Error code {code}' },
  { nl: 'Met een {device}', en: 'With a {device}' },
];
