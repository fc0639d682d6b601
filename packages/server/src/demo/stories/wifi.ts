import type { Story } from './story';

const OPTIONAL = 0.6;

/**
 * Wi-Fi: the evening article mostly helps, but the old Zeewind Box 2 and houses with several
 * floors keep coming back; this is where repeat contacts and escalations pile up.
 */
export const WIFI_STORIES: readonly Story[] = [
  {
    id: 'wifi-evening',
    topic: 'wifi',
    weight: 16,
    answers: ({ random }) => ({
      when: random.weighted([[['evening'], 5], [['evening', 'night'], 2], [['afternoon', 'evening'], 1]]),
      devices: random.sample(['laptop', 'phone', 'tablet', 'tv'], random.int(1, 3)),
      modem: random.weighted([['modem-3', 7], ['unknown', 2]]),
      band: random.weighted([['ghz-2-4', 3], ['one-name', 2], ['unknown', 3]]),
      distance: random.weighted([['same-room', 2], ['next-room', 3]]),
      ...(random.chance(OPTIONAL) ? { extender: 'no' } : {}),
    }),
    texts: {
      nl: [
        'Wifi valt elke avond weg, overdag werkt alles prima',
        "'s Avonds is het internet super traag en Netflix blijft laden",
        "Tussen 8 en 11 uur 's avonds valt de wifi steeds weg",
        'Elke avond haperende wifi, vooral op de tv',
        "Wifi zakt 's avonds helemaal in, laptop verliest steeds verbinding",
      ],
      en: [
        'Wi-Fi keeps dropping every evening, fine during the day',
        'Internet is super slow in the evening and Netflix keeps buffering',
        'Between 8 and 11 pm the Wi-Fi keeps cutting out',
      ],
    },
    suggested: ['wifi-drops-evening', 'wifi-2-4-or-5-ghz'],
    helps: { 'wifi-drops-evening': 0.88, 'wifi-2-4-or-5-ghz': 0.45 },
    files: 0.7,
    comesBack: 0.15,
    reply: {
      nl: ['We hebben het wifi-kanaal van uw modem op afstand naar een rustiger kanaal gezet. Wilt u het vanavond in de gaten houden?'],
      en: ['We have moved your modem to a quieter Wi-Fi channel remotely. Could you keep an eye on it this evening?'],
    },
    solution: {
      nl: ['Sinds het nieuwe kanaal zien we geen onderbrekingen meer op uw wifi. We sluiten de melding; reageer gerust als het terugkomt.'],
      en: ['Since the channel change we see no more drops on your Wi-Fi. We are closing the case; reply if it comes back.'],
    },
    solveHours: [8, 24],
  },
  {
    id: 'wifi-box-2',
    topic: 'wifi',
    weight: 7,
    answers: ({ random }) => ({
      when: random.weighted([[['random'], 4], [['evening'], 2], [['morning', 'evening'], 1]]),
      devices: random.sample(['laptop', 'phone', 'tablet', 'tv', 'console'], random.int(2, 4)),
      modem: 'box-2',
      distance: random.pick(['same-room', 'next-room', 'other-floor']),
      ...(random.chance(OPTIONAL) ? { extender: random.pick(['yes', 'no']) } : {}),
    }),
    texts: {
      nl: [
        'Zeewind Box 2: wifi valt de hele dag door weg, ook na herstarten',
        'Wifi van de Box 2 valt steeds weg, modem al herstart maar het helpt niet',
        'Onze oude Zeewind Box 2 verliest steeds de wifi-verbinding op alle apparaten',
        'Box 2 wifi blijft wegvallen, 5 GHz netwerk zie ik niet',
      ],
      en: [
        'Wi-Fi from the Zeewind Box 2 drops all day, even after a restart',
        'Restarted the Box 2 several times but the Wi-Fi still keeps dropping',
      ],
    },
    suggested: ['wifi-2-4-or-5-ghz', 'restart-modem'],
    helps: { 'wifi-2-4-or-5-ghz': 0.05, 'restart-modem': 0.15 },
    opensNext: 0.6,
    files: 0.9,
    comesBack: 0.7,
    afterFailedArticle: {
      nl: ['Het artikel zegt dat ik 5 GHz moet gebruiken, maar dat heeft de Box 2 niet.', 'Modem herstart en alles geprobeerd, het blijft wegvallen.'],
      en: ['The article says to use 5 GHz, but the Box 2 does not have it.', 'Restarted and tried everything, it still drops.'],
    },
    reply: {
      nl: ['De Zeewind Box 2 heeft alleen 2,4 GHz en is daardoor gevoelig voor storing. We sturen u kosteloos een Zeewind Modem 3.'],
      en: ['The Zeewind Box 2 only has 2.4 GHz, which makes it sensitive to interference. We are sending you a Zeewind Modem 3 free of charge.'],
    },
    solution: {
      nl: ['Uw nieuwe Zeewind Modem 3 is geactiveerd en de wifi is sindsdien stabiel. U kunt de Box 2 met het retourlabel terugsturen.'],
      en: ['Your new Zeewind Modem 3 is active and the Wi-Fi has been stable since. Please send the Box 2 back with the return label.'],
    },
    solveHours: [24, 60],
  },
  {
    id: 'wifi-upstairs',
    topic: 'wifi',
    weight: 9,
    answers: ({ random }) => ({
      when: random.weighted([[['random'], 3], [['evening'], 2], [['morning', 'afternoon', 'evening'], 1]]),
      devices: random.sample(['laptop', 'phone', 'console', 'tv'], random.int(1, 3)),
      modem: random.weighted([['modem-3', 5], ['box-2', 1], ['unknown', 1]]),
      band: random.pick(['ghz-5', 'ghz-2-4', 'unknown']),
      distance: random.weighted([['other-floor', 3], ['far', 2]]),
      extender: random.weighted([['yes', 2], ['no', 3]]),
    }),
    texts: {
      nl: [
        'Boven op zolder heb ik bijna geen wifi',
        'Op de eerste verdieping valt de wifi steeds weg, beneden werkt het wel',
        'Wifi-versterker gekocht maar boven blijft het slecht',
        'Op de slaapkamer en in de tuin geen bereik',
        'Thuiswerken op zolder gaat niet, wifi valt steeds weg in videogesprekken',
      ],
      en: [
        'Hardly any Wi-Fi upstairs in the attic',
        'Wi-Fi keeps dropping on the first floor, downstairs it is fine',
        'Bought an extender but upstairs is still bad',
      ],
    },
    suggested: ['wifi-weak-upstairs', 'wifi-2-4-or-5-ghz'],
    helps: { 'wifi-weak-upstairs': 0.3, 'wifi-2-4-or-5-ghz': 0.25 },
    opensNext: 0.6,
    files: 0.85,
    comesBack: 0.6,
    afterFailedArticle: {
      nl: ['Het modem staat al zo hoog mogelijk en de versterker helpt niet.', 'Alles uit het artikel geprobeerd, boven blijft het slecht.'],
      en: ['The modem is already up high and the extender does not help.', 'Tried everything in the article, upstairs is still bad.'],
    },
    reply: {
      nl: ['In een huis met meerdere verdiepingen helpt een extra Zeewind wifi-punt meestal. We sturen er een naar u toe, met uitleg waar u hem neerzet.'],
      en: ['In a house with several floors an extra Zeewind Wi-Fi point usually helps. We are sending you one, with a guide on where to put it.'],
    },
    solution: {
      nl: ['Het wifi-punt is aangemeld en we zien een goede verbinding op de bovenverdieping. We sluiten de melding.'],
      en: ['The Wi-Fi point is connected and we see a good signal upstairs. We are closing the case.'],
    },
    solveHours: [16, 48],
  },
  {
    id: 'wifi-device',
    topic: 'wifi',
    weight: 5,
    answers: ({ random }) => {
      const device = random.weighted([['other', 3], ['console', 2], ['tv', 1]]);
      return {
        when: ['random'],
        devices: [device],
        ...(device === 'other' ? { 'other-device': random.pick(['Printer', 'Slimme thermostaat', 'Deurbel met camera', 'Slimme lampen']) } : {}),
        modem: random.weighted([['modem-3', 4], ['own-router', 1]]),
        band: random.pick(['ghz-5', 'one-name', 'unknown']),
        distance: random.pick(['same-room', 'next-room', 'other-floor']),
      };
    },
    texts: {
      nl: ['Mijn printer wil geen verbinding maken met de wifi', 'De spelcomputer vindt ons wifi-netwerk niet', 'Slimme deurbel maakt geen verbinding meer sinds het nieuwe modem', 'Eén apparaat komt niet op de wifi, de rest wel'],
      en: ['My printer will not connect to the Wi-Fi', 'The games console cannot find our network', 'One device will not join the Wi-Fi, everything else works'],
    },
    suggested: ['device-cannot-connect', 'wifi-2-4-or-5-ghz'],
    helps: { 'device-cannot-connect': 0.55, 'wifi-2-4-or-5-ghz': 0.5 },
    files: 0.6,
    reply: {
      nl: ['Sommige apparaten werken alleen op 2,4 GHz. We hebben op uw modem een apart 2,4 GHz-netwerk aangezet met de naam eindigend op -24.'],
      en: ['Some devices only work on 2.4 GHz. We have turned on a separate 2.4 GHz network on your modem, its name ends in -24.'],
    },
    solution: {
      nl: ['Fijn dat het apparaat via het 2,4 GHz-netwerk verbonden is. We sluiten de melding.'],
      en: ['Good to hear the device is connected through the 2.4 GHz network. We are closing the case.'],
    },
  },
  {
    id: 'wifi-password',
    topic: 'wifi',
    weight: 2,
    answers: ({ random }) => ({
      when: ['random'],
      devices: random.sample(['laptop', 'phone'], random.int(1, 2)),
      modem: 'modem-3',
      band: 'one-name',
      distance: 'same-room',
    }),
    texts: {
      nl: ['Ik wil het wifi-wachtwoord veranderen, ik denk dat de buren meekijken', 'Hoe verander ik de naam van mijn wifi-netwerk?'],
      en: ['How do I change my Wi-Fi password?', 'I want to rename my Wi-Fi network'],
    },
    suggested: ['change-wifi-password'],
    helps: { 'change-wifi-password': 0.9 },
    files: 0.5,
    reply: {
      nl: ['U kunt het wachtwoord wijzigen in Mijn Zeewind onder Mijn wifi. Wij kunnen het ook voor u doen; u krijgt het nieuwe wachtwoord dan per sms.'],
      en: ['You can change the password in Mijn Zeewind under My Wi-Fi. We can also do it for you and text you the new one.'],
    },
    solution: {
      nl: ['Het nieuwe wifi-wachtwoord is ingesteld en per sms naar u verstuurd.'],
      en: ['The new Wi-Fi password is set and was sent to you by text message.'],
    },
  },
];
