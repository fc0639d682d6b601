import type { Texts } from './stories/index';

/** A question support asks about a topic, and what customers answer. */
export type QuestionAndAnswer = { question: Texts; answer: Texts };

/** Questions support asks before it can help, by topic. */
export const QUESTIONS: Readonly<Record<string, QuestionAndAnswer>> = {
  internet: {
    question: { nl: ['Kunt u een foto sturen van de lampjes op het modem? Dan kijken we met u mee.'], en: ['Could you send a photo of the lights on the modem? Then we can take a look with you.'] },
    answer: { nl: ['Hierbij de foto. Het internetlampje brandt nog steeds rood.', 'Foto gestuurd, alle lampjes zijn nu groen behalve één.'], en: ['Here is the photo. The internet light is still red.'] },
  },
  wifi: {
    question: { nl: ['Hoeveel apparaten zijn er ongeveer tegelijk verbonden, en waar in huis staat het modem?'], en: ['Roughly how many devices are connected at once, and where in the house is the modem?'] },
    answer: { nl: ['Een stuk of tien apparaten. Het modem staat in de meterkast in de gang.', 'Zo’n vijf apparaten, het modem staat beneden in de woonkamer.'], en: ['About ten devices. The modem is in the hallway cupboard.'] },
  },
  software: {
    question: { nl: ['Kunt u een schermafbeelding sturen van wat u ziet?'], en: ['Could you send a screenshot of what you see?'] },
    answer: { nl: ['Ja, de schermafbeelding zit hierbij.', 'Schermafbeelding gemaakt en toegevoegd.'], en: ['Yes, the screenshot is attached.'] },
  },
  tv: {
    question: { nl: ['Kunt u het serienummer van de tv-box doorgeven? Het staat op de sticker aan de onderkant.'], en: ['Could you give us the serial number of the TV box? It is on the sticker underneath.'] },
    answer: { nl: ['Het serienummer staat op de foto die ik heb meegestuurd.', 'Heb ik opgezocht en hierbij gestuurd.'], en: ['The serial number is on the photo I attached.'] },
  },
  billing: {
    question: { nl: ['Over welke factuur gaat het precies: die van deze maand of een eerdere?'], en: ['Which bill is it about exactly: this month’s or an earlier one?'] },
    answer: { nl: ['Het gaat om de factuur van deze maand.', 'De factuur van vorige maand.'], en: ['It is about this month’s bill.'] },
  },
  moving: {
    question: { nl: ['Heeft u de sleutel van de nieuwe woning al? Dan kan de monteur eerder langskomen.'], en: ['Do you have the keys to the new home yet? Then the technician can come earlier.'] },
    answer: { nl: ['We krijgen de sleutel aan het begin van de maand.', 'Ja, we hebben de sleutel al.'], en: ['We get the keys at the start of the month.'] },
  },
  other: {
    question: { nl: ['Met welk e-mailadres logt u in op Mijn Zeewind?'], en: ['Which e-mail address do you use to log in to Mijn Zeewind?'] },
    answer: { nl: ['Met hetzelfde adres als waarmee ik deze melding heb gedaan.', 'Met mijn oude adres, dat ik nog steeds gebruik.'], en: ['The same address I used for this report.'] },
  },
};

/** What customers write when they come back about a case that is not solved. */
export const COMING_BACK: Texts = {
  nl: [
    'Het probleem is nog steeds niet opgelost.',
    'Nog steeds hetzelfde probleem, ik heb al eerder contact gehad.',
    'Het gebeurt weer, ik wacht nog op een oplossing.',
    'Dit is de tweede keer dat ik dit meld. Graag snel hulp.',
  ],
  en: ['The problem is still not solved.', 'Still the same problem, I contacted you before.', 'It is happening again, I am still waiting for a fix.'],
};

/** Added to a description when the articles tried did not help and the story says nothing more. */
export const AFTER_FAILED_ARTICLE: Texts = {
  nl: ['Het artikel heb ik geprobeerd, maar het helpt niet.', 'Alle stappen uit het artikel gedaan, zonder resultaat.'],
  en: ['I tried the article, but it does not help.', 'Followed every step in the article, no luck.'],
};

/** Support's answer to a customer who came back. */
export const AFTER_COMING_BACK: Texts = {
  nl: ['Excuses dat het nog niet is opgelost. We hebben uw melding met voorrang opgepakt en kijken er vandaag naar.'],
  en: ['Sorry this is not solved yet. We have given your case priority and are looking at it today.'],
};

/** Support closes a case after the customer did not answer a question. */
export const NO_ANSWER_CLOSED: Texts = {
  nl: ['We hebben nog niets van u gehoord en sluiten deze melding. Reageer gerust als u nog hulp nodig heeft.'],
  en: ['We have not heard from you, so we are closing this case. Reply any time if you still need help.'],
};
