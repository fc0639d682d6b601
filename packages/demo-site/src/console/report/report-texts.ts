import type { EscalationReason, InsightKind } from '@loket/sdk';
import type { Period } from './period';

// The Dutch texts are the source of truth: their shape is the type the English texts must match.
// Functions take numbers already formatted for the language, and the raw count where a plural
// depends on it. Sentences about report items come from `describeInsight` in the SDK, not from here.
const NL = {
  locale: 'nl-NL',
  title: 'Wat te verbeteren in de documentatie',
  lead: 'Artikelen die klanten niet hielpen, vragen waarop geen artikel antwoordt en onderwerpen met veel herhaalde contacten en escalaties. Bovenaan staat wat de meeste klanten raakte.',
  period: {
    legend: 'Periode',
    options: { '7d': '7 dagen', '30d': '30 dagen', '90d': '90 dagen', all: 'Alles' } satisfies Record<Period, string>,
    range: (from: string, until: string) => `${from} t/m ${until}`,
    everything: (until: string) => `Alles tot en met ${until}`,
    madeAt: (time: string) => `Gemaakt op ${time}`,
  },
  status: {
    loading: 'Het rapport wordt geladen…',
    loaded: (range: string) => `Rapport geladen: ${range}.`,
  },
  errors: {
    unauthorized: {
      title: 'Niet meer aangemeld',
      body: 'De aanmelding is verlopen of de sleutel is niet meer geldig. Meld opnieuw aan om het rapport te zien.',
    },
    network: {
      title: 'De server is niet bereikbaar',
      body: 'Controleer de internetverbinding en probeer het opnieuw.',
    },
    timeout: {
      title: 'Het rapport duurde te lang',
      body: 'De server antwoordde niet op tijd. Probeer het opnieuw, of kies een kortere periode.',
    },
    invalidResponse: {
      title: 'Het rapport kon niet worden gelezen',
      body: 'Het antwoord van de server klopt niet met deze versie van de console. Herlaad de pagina; helpt dat niet, meld het dan aan de beheerder.',
    },
    other: {
      title: 'Het rapport kon niet worden geladen',
      body: 'Probeer het opnieuw. Blijft het misgaan, meld het dan aan de beheerder.',
    },
    retry: 'Opnieuw proberen',
    signIn: 'Opnieuw aanmelden',
  },
  totals: {
    heading: 'In één oogopslag',
    reports: 'Hulpvragen met zelfhulp',
    solved: 'Geholpen door een artikel',
    failed: 'Artikel hielp niet',
    unanswered: 'Geen artikel gevonden',
    cases: 'Meldingen',
    repeated: 'Klant kwam terug',
    escalated: 'Geëscaleerd',
    ofReports: (share: string) => `${share} van de hulpvragen`,
    ofCases: (share: string) => `${share} van de meldingen`,
  },
  charts: {
    heading: 'Grafieken',
    showTable: 'Toon de cijfers als tabel',
    noData: 'Geen gegevens in deze periode.',
    series: {
      solved: 'Opgelost door een artikel',
      failed: 'Artikel hielp niet',
      unanswered: 'Geen artikel gevonden',
      cases: 'Meldingen (lijn)',
    },
    days: {
      headingDay: 'Zelfhulp en meldingen per dag',
      headingWeek: 'Zelfhulp en meldingen per week',
      axisCount: 'Aantal',
      axisDay: 'Dag',
      axisWeek: 'Week (vanaf maandag)',
      columnDay: 'Dag',
      columnWeek: 'Week',
      weekRange: (from: string, until: string) => `${from} t/m ${until}`,
      partialWeeks: 'De week aan het begin of eind van de periode kan minder dan zeven dagen tellen; de tabel geeft de dagen van elke week.',
      label: (unit: 'day' | 'week', range: string, solved: string, failed: string, unanswered: string, cases: string) =>
        `Gestapelde staven per ${unit === 'day' ? 'dag' : 'week'}, ${range}: samen ${solved} opgelost door een artikel, ${failed} waarbij het artikel niet hielp en ${unanswered} zonder artikel; de lijn toont ${cases} meldingen. De cijfers staan in de tabel hieronder.`,
    },
    failing: {
      heading: 'Artikelen die niet hielpen',
      axis: 'Deel van de klanten bij wie het artikel niet hielp',
      value: (rate: string, failed: string, judged: string) => `${rate} · ${failed} van ${judged}`,
      columnArticle: 'Artikel',
      columnRate: 'Hielp niet',
      columnFailed: 'Niet geholpen',
      columnJudged: 'Beoordeeld',
      label: (count: number) =>
        `Liggende staven: voor ${count === 1 ? 'één artikel' : `${count} artikelen`} het deel van de klanten bij wie het niet hielp. De cijfers staan in de tabel hieronder.`,
      empty: 'Geen artikelen die faalden in deze periode.',
    },
    groups: {
      heading: 'Onbeantwoorde vragen en knelpunten',
      axis: 'Getroffen klanten',
      value: (affected: string) => affected,
      columnItem: 'Onderwerp',
      columnKind: 'Soort',
      columnAffected: 'Getroffen klanten',
      label: (count: number) =>
        `Liggende staven: voor ${count === 1 ? 'één onbeantwoorde vraag of knelpunt' : `${count} onbeantwoorde vragen en knelpunten`} hoeveel klanten het raakte. De cijfers staan in de tabel hieronder.`,
      empty: 'Geen onbeantwoorde vragen of knelpunten in deze periode.',
    },
  },
  list: {
    heading: 'Wat eerst verbeteren',
    intro: 'Gerangschikt naar het aantal getroffen klanten.',
    empty: 'Niets te verbeteren in deze periode: geen artikelen die faalden, geen onbeantwoorde vragen en geen knelpunten.',
    rank: (rank: string) => `Nummer ${rank}`,
    affected: (count: number): string => (count === 1 ? 'klant geraakt' : 'klanten geraakt'),
    kinds: {
      failing_article: 'Artikel hielp niet',
      unanswered: 'Onbeantwoorde vraag',
      hotspot: 'Knelpunt',
    } satisfies Record<InsightKind, string>,
    failing: {
      funnel: 'Van getoond tot opgelost',
      shown: 'Getoond',
      tried: 'Geopend',
      solved: 'Opgelost',
      failed: 'Hielp niet',
      filedAfter: 'Daarna een melding gedaan',
      environments: 'Waar het het vaakst faalt',
      environment: (label: string, rate: string, failed: string, judged: string) => `${label}: hielp niet voor ${rate} (${failed} van ${judged})`,
      article: 'Artikel',
    },
    unanswered: {
      topic: 'Onderwerp',
      noTopic: 'Geen onderwerp gekozen',
      words: 'Kenmerkende woorden',
      examples: 'Voorbeelden in de woorden van klanten',
      answers: 'Antwoorden die velen gaven',
      answerCount: (count: string) => `${count}×`,
      filed: 'Daarna een melding gedaan',
    },
    hotspot: {
      topic: 'Onderwerp',
      environment: 'Omgeving',
      cases: 'Meldingen',
      repeated: 'Klant kwam terug',
      repeatContacts: 'Herhaalde contacten',
      escalated: 'Geëscaleerd',
      reasons: 'Redenen van escalatie',
      reasonNames: {
        failed_attempts: 'Artikelen hielpen niet',
        repeat_contacts: 'Klant kwam herhaaldelijk terug',
        response_time_breached: 'Reactietijd overschreden',
      } satisfies Record<EscalationReason, string>,
    },
  },
  share: {
    heading: 'Delen',
    intro: 'Zet het rapport in een issue of deel het met de schrijvers van de documentatie.',
    copyMarkdown: 'Kopieer als Markdown',
    downloadMarkdown: 'Download Markdown',
    downloadCsv: 'Download CSV',
    copied: 'Het rapport staat als Markdown op het klembord.',
    copyFallback: 'Kopiëren is hier niet toegestaan. De Markdown hieronder is geselecteerd: druk op Ctrl+C (Cmd+C op een Mac).',
    textareaLabel: 'Het rapport als Markdown',
    downloaded: (fileName: string) => `${fileName} is gedownload.`,
    fileName: 'documentatie-rapport',
  },
};

/** Every text of the documentation fix report page, for one language. */
export type ReportTexts = typeof NL;

const EN: ReportTexts = {
  locale: 'en-GB',
  title: 'What to fix in the documentation',
  lead: 'Articles that did not help customers, questions no article answers, and topics with many repeat contacts and escalations. What affected the most customers comes first.',
  period: {
    legend: 'Period',
    options: { '7d': '7 days', '30d': '30 days', '90d': '90 days', all: 'Everything' },
    range: (from, until) => `${from} to ${until}`,
    everything: (until) => `Everything up to ${until}`,
    madeAt: (time) => `Made on ${time}`,
  },
  status: {
    loading: 'Loading the report…',
    loaded: (range) => `Report loaded: ${range}.`,
  },
  errors: {
    unauthorized: {
      title: 'Signed out',
      body: 'Your sign-in has expired or the key is no longer valid. Sign in again to see the report.',
    },
    network: {
      title: 'The server cannot be reached',
      body: 'Check the internet connection and try again.',
    },
    timeout: {
      title: 'The report took too long',
      body: 'The server did not answer in time. Try again, or choose a shorter period.',
    },
    invalidResponse: {
      title: 'The report could not be read',
      body: 'The server’s answer does not match this version of the console. Reload the page; if that does not help, tell your administrator.',
    },
    other: {
      title: 'The report could not be loaded',
      body: 'Try again. If it keeps failing, tell your administrator.',
    },
    retry: 'Try again',
    signIn: 'Sign in again',
  },
  totals: {
    heading: 'At a glance',
    reports: 'Reports with self-help',
    solved: 'Helped by an article',
    failed: 'Article did not help',
    unanswered: 'No article found',
    cases: 'Cases',
    repeated: 'Customer came back',
    escalated: 'Escalated',
    ofReports: (share) => `${share} of reports`,
    ofCases: (share) => `${share} of cases`,
  },
  charts: {
    heading: 'Charts',
    showTable: 'Show the figures as a table',
    noData: 'No data in this period.',
    series: {
      solved: 'Solved by an article',
      failed: 'Article did not help',
      unanswered: 'No article found',
      cases: 'Cases (line)',
    },
    days: {
      headingDay: 'Self-help and cases per day',
      headingWeek: 'Self-help and cases per week',
      axisCount: 'Number',
      axisDay: 'Day',
      axisWeek: 'Week (from Monday)',
      columnDay: 'Day',
      columnWeek: 'Week',
      weekRange: (from, until) => `${from} to ${until}`,
      partialWeeks: 'The week at the start or end of the period can have fewer than seven days; the table gives the days of each week.',
      label: (unit, range, solved, failed, unanswered, cases) =>
        `Stacked bars per ${unit}, ${range}: in all ${solved} solved by an article, ${failed} where the article did not help and ${unanswered} with no article; the line shows ${cases} cases. The figures are in the table below.`,
    },
    failing: {
      heading: 'Articles that did not help',
      axis: 'Share of customers the article did not help',
      value: (rate, failed, judged) => `${rate} · ${failed} of ${judged}`,
      columnArticle: 'Article',
      columnRate: 'Did not help',
      columnFailed: 'Not helped',
      columnJudged: 'Judged',
      label: (count) =>
        `Horizontal bars: for ${count === 1 ? 'one article' : `${count} articles`} the share of customers it did not help. The figures are in the table below.`,
      empty: 'No failing articles in this period.',
    },
    groups: {
      heading: 'Unanswered questions and hotspots',
      axis: 'Customers affected',
      value: (affected) => affected,
      columnItem: 'Subject',
      columnKind: 'Kind',
      columnAffected: 'Customers affected',
      label: (count) =>
        `Horizontal bars: for ${count === 1 ? 'one unanswered question or hotspot' : `${count} unanswered questions and hotspots`} how many customers it affected. The figures are in the table below.`,
      empty: 'No unanswered questions or hotspots in this period.',
    },
  },
  list: {
    heading: 'What to fix first',
    intro: 'Ranked by the number of customers affected.',
    empty: 'Nothing to fix in this period: no failing articles, no unanswered questions and no hotspots.',
    rank: (rank) => `Number ${rank}`,
    affected: (count) => (count === 1 ? 'customer affected' : 'customers affected'),
    kinds: {
      failing_article: 'Article did not help',
      unanswered: 'Unanswered question',
      hotspot: 'Hotspot',
    },
    failing: {
      funnel: 'From shown to solved',
      shown: 'Shown',
      tried: 'Opened',
      solved: 'Solved',
      failed: 'Did not help',
      filedAfter: 'Case filed afterwards',
      environments: 'Where it fails most',
      environment: (label, rate, failed, judged) => `${label}: did not help ${rate} (${failed} of ${judged})`,
      article: 'Article',
    },
    unanswered: {
      topic: 'Topic',
      noTopic: 'No topic chosen',
      words: 'Telling words',
      examples: 'Examples in the customers’ words',
      answers: 'Answers many gave',
      answerCount: (count) => `${count}×`,
      filed: 'Case filed afterwards',
    },
    hotspot: {
      topic: 'Topic',
      environment: 'Environment',
      cases: 'Cases',
      repeated: 'Customer came back',
      repeatContacts: 'Repeat contacts',
      escalated: 'Escalated',
      reasons: 'Reasons for escalation',
      reasonNames: {
        failed_attempts: 'Articles did not help',
        repeat_contacts: 'Customer came back repeatedly',
        response_time_breached: 'Response time exceeded',
      },
    },
  },
  share: {
    heading: 'Share',
    intro: 'Put the report in an issue or share it with the documentation writers.',
    copyMarkdown: 'Copy as Markdown',
    downloadMarkdown: 'Download Markdown',
    downloadCsv: 'Download CSV',
    copied: 'The report is on the clipboard as Markdown.',
    copyFallback: 'Copying is not allowed here. The Markdown below is selected: press Ctrl+C (Cmd+C on a Mac).',
    textareaLabel: 'The report as Markdown',
    downloaded: (fileName) => `${fileName} downloaded.`,
    fileName: 'documentation-report',
  },
};

/** The report page's texts by language. */
export const REPORT_TEXTS: Record<'nl' | 'en', ReportTexts> = { nl: NL, en: EN };
