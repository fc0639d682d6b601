import { localDate } from '../demo-clock';
import type { Story } from './story';

const AMOUNTS: ReadonlyArray<readonly [string, string]> = [['€ 74,95', '€ 54,95'], ['€ 62,50', '€ 47,50'], ['€ 89,00', '€ 59,00']];

/** Bills and payments: the articles answer most questions. */
export const BILLING_STORIES: readonly Story[] = [
  {
    id: 'invoice-higher',
    topic: 'billing',
    weight: 5,
    answers: ({ random, at }) => {
      const [amount, expected] = random.pick(AMOUNTS);
      return {
        type: 'wrong-amount',
        'invoice-month': localDate(at, random.int(0, 20)),
        ...(random.chance(0.7) ? { amount, 'expected-amount': expected } : {}),
      };
    },
    texts: {
      nl: ['Mijn factuur is deze maand veel hoger dan normaal', 'Waarom betaal ik ineens 20 euro meer?', 'Bedrag op de factuur klopt niet, de korting is weg'],
      en: ['My bill is much higher than usual this month', 'Why do I suddenly pay 20 euros more?'],
    },
    suggested: ['invoice-higher'],
    helps: { 'invoice-higher': 0.55 },
    files: 0.8,
    reply: {
      nl: ['Uw welkomstkorting van 12 maanden is afgelopen; daardoor is het bedrag hoger. We kijken of er een voordeliger abonnement voor u is.'],
      en: ['Your 12-month welcome discount has ended, which is why the amount went up. We are checking whether a cheaper plan suits you.'],
    },
    solution: {
      nl: ['We hebben uw abonnement omgezet naar Internet 200; vanaf de volgende factuur betaalt u € 49,95.'],
      en: ['We have switched your plan to Internet 200; from the next bill you pay € 49.95.'],
    },
  },
  {
    id: 'direct-debit-failed',
    topic: 'billing',
    weight: 4,
    answers: ({ random, at }) => ({ type: 'payment-failed', 'invoice-month': localDate(at, random.int(0, 10)), 'direct-debit': 'yes' }),
    texts: {
      nl: ['De incasso is mislukt, hoe kan ik nu betalen?', 'Ik kreeg een mail dat mijn betaling niet gelukt is'],
      en: ['The direct debit failed, how can I pay now?', 'I got an e-mail that my payment failed'],
    },
    suggested: ['direct-debit-failed'],
    helps: { 'direct-debit-failed': 0.7 },
    reply: {
      nl: ['U kunt het openstaande bedrag betalen via de betaallink in Mijn Zeewind; de incasso van volgende maand gaat gewoon door.'],
      en: ['You can pay the open amount with the payment link in Mijn Zeewind; next month’s direct debit goes ahead as usual.'],
    },
    solution: { nl: ['We hebben uw betaling ontvangen. Dank u wel!'], en: ['We have received your payment. Thank you!'] },
  },
  {
    id: 'change-bank-account',
    topic: 'billing',
    weight: 5,
    answers: ({ random, at }) => ({ type: 'bank-account', ...(random.chance(0.7) ? { 'account-from': localDate(at, -random.int(5, 30)) } : {}) }),
    texts: {
      nl: ['Ik wil mijn rekeningnummer wijzigen', 'Nieuwe bank, hoe geef ik mijn nieuwe IBAN door?'],
      en: ['I want to change my bank account', 'New bank, how do I give you my new IBAN?'],
    },
    suggested: ['change-bank-account'],
    helps: { 'change-bank-account': 0.85 },
    reply: {
      nl: ['We hebben u een beveiligde link gemaild om uw nieuwe rekeningnummer door te geven.'],
      en: ['We have e-mailed you a secure link to give us your new account number.'],
    },
    solution: { nl: ['Uw nieuwe rekeningnummer is verwerkt.'], en: ['Your new account number has been processed.'] },
  },
  {
    id: 'invoice-copy',
    topic: 'billing',
    weight: 5,
    answers: ({ random, at }) => ({ type: 'invoice-copy', 'invoice-month': localDate(at, random.int(20, 120)) }),
    texts: {
      nl: ['Ik heb een kopie van een oude factuur nodig voor de belastingaangifte', 'Waar vind ik mijn facturen?'],
      en: ['I need a copy of an old bill', 'Where can I find my invoices?'],
    },
    suggested: ['invoice-copy'],
    helps: { 'invoice-copy': 0.9 },
    reply: { nl: ['We hebben de kopie van de factuur naar u gemaild.'], en: ['We have e-mailed you a copy of the bill.'] },
    solution: { nl: ['De kopie is verstuurd; u vindt alle facturen ook in Mijn Zeewind.'], en: ['The copy was sent; all bills are also in Mijn Zeewind.'] },
  },
];

const POSTCODES = ['3512 JK', '1017 CT', '2513 AA', '9711 LM', '5611 EM', '6811 KB'];

/** Moving house: the articles explain the steps, but many customers still need an appointment. */
export const MOVING_STORIES: readonly Story[] = [
  {
    id: 'moving-transfer',
    topic: 'moving',
    weight: 4,
    answers: ({ random, at }) => {
      const technician = random.pick(['yes', 'no']);
      return {
        'moving-date': localDate(at, -random.int(10, 45)),
        'new-postcode': random.pick(POSTCODES),
        'new-house-number': String(random.int(1, 180)),
        'keep-subscription': 'yes',
        technician,
        ...(technician === 'yes' && random.chance(0.5) ? { 'technician-notes': 'De aansluiting zit in de meterkast, naast de voordeur.' } : {}),
      };
    },
    texts: {
      nl: ['Wij gaan verhuizen en willen ons internet meenemen', 'Verhuizing volgende maand, hoe regel ik internet op het nieuwe adres?', 'Internet verhuizen naar nieuw adres'],
      en: ['We are moving next month, how do we take our internet along?', 'Moving house, want to keep my subscription'],
    },
    suggested: ['moving-transfer', 'moving-date-technician'],
    helps: { 'moving-transfer': 0.4, 'moving-date-technician': 0.1 },
    files: 0.9,
    reply: {
      nl: ['Uw verhuizing staat genoteerd. Op uw nieuwe adres is glasvezel beschikbaar; we plannen de overzetting op uw verhuisdatum.'],
      en: ['Your move is booked. Fibre is available at your new address; we will switch over on your moving date.'],
    },
    solution: {
      nl: ['De verhuizing is ingepland en u ontvangt de bevestiging per e-mail.'],
      en: ['The move is scheduled and you will get the confirmation by e-mail.'],
    },
  },
  {
    id: 'moving-technician',
    topic: 'moving',
    weight: 2,
    answers: ({ random, at }) => ({
      'moving-date': localDate(at, -random.int(3, 20)),
      'new-postcode': random.pick(POSTCODES),
      'new-house-number': String(random.int(1, 180)),
      'keep-subscription': 'yes',
      technician: 'yes',
    }),
    texts: {
      nl: ['Ik wil de afspraak met de monteur verzetten', 'Monteur komt op de verkeerde dag, kan dat later?'],
      en: ['I need to change the technician appointment'],
    },
    suggested: ['moving-date-technician'],
    helps: { 'moving-date-technician': 0.5 },
    reply: { nl: ['We hebben de afspraak verzet; u ontvangt een nieuwe bevestiging.'], en: ['We have moved the appointment; you will get a new confirmation.'] },
    solution: { nl: ['De nieuwe afspraak staat vast.'], en: ['The new appointment is confirmed.'] },
  },
  {
    id: 'moving-abroad',
    topic: 'moving',
    weight: 2,
    answers: ({ random, at }) => ({
      'moving-date': localDate(at, -random.int(20, 60)),
      'new-postcode': random.pick(['Buitenland', 'België', 'Abroad']),
      'new-house-number': '-',
      'keep-subscription': 'no',
      'new-subscription': 'cancel',
    }),
    texts: {
      nl: ['We verhuizen naar het buitenland, hoe zeg ik op?', 'Opzeggen wegens emigratie'],
      en: ['Moving abroad, how do I cancel?'],
    },
    suggested: ['cancel-moving-abroad'],
    helps: { 'cancel-moving-abroad': 0.6 },
    reply: { nl: ['We hebben uw opzegging per uw verhuisdatum verwerkt, zonder opzegkosten.'], en: ['We have processed your cancellation as of your moving date, free of charge.'] },
    solution: { nl: ['Uw opzegging is bevestigd. Veel succes in het buitenland!'], en: ['Your cancellation is confirmed. Good luck abroad!'] },
  },
];
