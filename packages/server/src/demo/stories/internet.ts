import { localDate } from '../demo-clock';
import type { Story } from './story';

/** Internet is down: an outage, a modem to restart, a dead adapter, a loose cable. */
export const INTERNET_STORIES: readonly Story[] = [
  {
    id: 'internet-outage',
    topic: 'internet',
    weight: 3,
    answers: ({ random, at }) => ({
      since: localDate(at, random.weighted([[0, 4], [1, 1]])),
      'modem-on': 'yes',
      light: random.weighted([['internet', 6], ['dsl', 2], ['unknown', 1]]),
      'cable-checked': 'yes',
      restarted: random.pick(['yes', 'no']),
      scope: 'all',
    }),
    texts: {
      nl: [
        'Sinds vanavond helemaal geen internet, het wereldbolletje op het modem brandt rood',
        'Is er een storing? Internet doet het op geen enkel apparaat meer',
        'Geen internet, lampje internet knippert oranje. Modem al herstart.',
        'Internet ligt er al een uur uit, de buren hebben het ook',
        'Storing? Alle apparaten zonder internet, modem lampje rood',
      ],
      en: [
        'No internet at all since this evening, the globe light on the modem is red',
        'Is there an outage? Nothing in the house can get online',
        'Internet down for an hour, the neighbours have the same problem',
      ],
    },
    suggested: ['outage-or-local', 'restart-modem'],
    helps: { 'outage-or-local': 0.55, 'restart-modem': 0.15 },
    files: 0.85,
    comesBack: 0.1,
    reply: {
      nl: ['Er is op dit moment een storing in uw wijk door een kabelbreuk. Onze monteurs zijn ermee bezig; we houden u op de hoogte.'],
      en: ['There is an outage in your area caused by a damaged cable. Our engineers are working on it; we will keep you posted.'],
    },
    solution: {
      nl: ['De storing in uw wijk is verholpen. Werkt het internet nog niet? Haal dan de stekker van het modem 30 seconden uit het stopcontact.'],
      en: ['The outage in your area has been fixed. If the internet still does not work, unplug the modem for 30 seconds.'],
    },
    solveHours: [1, 6],
  },
  {
    id: 'modem-restart',
    topic: 'internet',
    weight: 8,
    answers: ({ random, at }) => ({
      since: localDate(at, random.weighted([[0, 5], [1, 2], [3, 1]])),
      'modem-on': 'yes',
      light: random.weighted([['none', 4], ['unknown', 3], ['wifi', 1]]),
      restarted: 'no',
      scope: random.weighted([['all', 5], ['some', 2]]),
    }),
    texts: {
      nl: [
        'Internet werkt ineens niet meer, alle lampjes op het modem zijn groen',
        'Geen verbinding meer op de laptop en telefoon, modem lijkt gewoon aan te staan',
        'Internet valt steeds helemaal weg, daarna werkt het weer even',
        'Wel wifi maar geen internet, websites laden niet',
      ],
      en: [
        'Internet suddenly stopped working, all the lights on the modem look normal',
        'Connected to the Wi-Fi but no internet, pages do not load',
        'The internet keeps cutting out completely',
      ],
    },
    suggested: ['restart-modem', 'outage-or-local'],
    helps: { 'restart-modem': 0.72, 'outage-or-local': 0.15 },
    files: 0.7,
    reply: {
      nl: ['We zien dat uw modem steeds opnieuw verbinding maakt. We hebben uw lijn op afstand opnieuw ingesteld.'],
      en: ['We can see your modem keeps reconnecting. We have reset your line remotely.'],
    },
    solution: {
      nl: ['Uw lijn is opnieuw ingesteld en het modem is sindsdien stabiel verbonden. Laat het ons weten als het weer gebeurt.'],
      en: ['Your line has been reset and the modem has stayed connected since. Let us know if it happens again.'],
    },
  },
  {
    id: 'modem-no-power',
    topic: 'internet',
    weight: 2,
    answers: ({ random, at }) => ({ since: localDate(at, random.int(0, 2)), 'modem-on': 'no', scope: 'all' }),
    texts: {
      nl: ['Modem doet helemaal niets meer, geen enkel lampje brandt', 'Het modem gaat niet meer aan, ook niet in een ander stopcontact', 'Na onweer is het modem helemaal dood'],
      en: ['The modem is completely dead, no lights at all', 'The modem will not switch on, not even in another socket'],
    },
    suggested: ['modem-no-power'],
    helps: { 'modem-no-power': 0.35 },
    files: 0.9,
    reply: {
      nl: ['Dat klinkt als een defecte adapter. We sturen u vandaag een nieuwe adapter; morgen heeft u hem in huis.'],
      en: ['That sounds like a broken power adapter. We are sending you a new one today; you will have it tomorrow.'],
    },
    solution: {
      nl: ['De nieuwe adapter is bezorgd en uw modem is weer online. Fijn!'],
      en: ['The new adapter was delivered and your modem is back online.'],
    },
    solveHours: [8, 20],
  },
  {
    id: 'connection-cable',
    topic: 'internet',
    weight: 3,
    answers: ({ random, at }) => ({
      since: localDate(at, random.int(0, 3)),
      'modem-on': 'yes',
      light: random.weighted([['dsl', 3], ['internet', 2]]),
      'cable-checked': random.weighted([['no', 3], ['yes', 1]]),
      restarted: random.pick(['yes', 'no']),
      scope: 'all',
    }),
    texts: {
      nl: ['Lampje DSL brandt rood sinds we de woonkamer hebben verbouwd', 'Na het verplaatsen van het modem geen internet meer', 'Glasvezel lampje rood, kabel zit er wel in denk ik'],
      en: ['The DSL light is red since we moved the modem to another room', 'No internet after moving the modem, the fibre light is red'],
    },
    suggested: ['check-connection-cable', 'modem-lights'],
    helps: { 'check-connection-cable': 0.6, 'modem-lights': 0.1 },
    reply: {
      nl: ['Op afstand zien we geen signaal op uw lijn. Zit de kabel in de bovenste aansluiting van de wandcontactdoos?'],
      en: ['We see no signal on your line. Is the cable plugged into the top socket of the wall outlet?'],
    },
    solution: {
      nl: ['Het signaal op uw lijn is weer goed: de kabel zat in de verkeerde aansluiting. Veel internetplezier!'],
      en: ['The signal on your line is good again: the cable was in the wrong socket.'],
    },
  },
];
