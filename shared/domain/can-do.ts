import type { AssessmentSkill, Level } from './assessment-levels';

/**
 * The self-assessment checklist: short can-do lines in plain Norwegian, in our own words
 * (never the Council of Europe descriptor texts). The skills are the five of the European
 * Language Portfolio: oral interaction and oral production apart.
 */
export const elpSkills = ['lese', 'lytte', 'skrive', 'muntlig-samhandling', 'muntlig-produksjon'] as const;
export type ElpSkill = (typeof elpSkills)[number];

/** Which assessment skill an ELP skill counts towards (both oral ones towards «muntlig»). */
export const elpAssessmentSkill: Record<ElpSkill, AssessmentSkill> = {
  lese: 'lese',
  lytte: 'lytte',
  skrive: 'skrive',
  'muntlig-samhandling': 'muntlig',
  'muntlig-produksjon': 'muntlig',
};

export const canDoLevels = ['A1', 'A2', 'B1', 'B2'] as const satisfies readonly Level[];
export type CanDoLevel = (typeof canDoLevels)[number];

export interface CanDoLine {
  id: string;
  skill: ElpSkill;
  level: CanDoLevel;
  nb: string;
}

const line = (id: string, skill: ElpSkill, level: CanDoLevel, nb: string): CanDoLine => ({ id, skill, level, nb });

export const canDoLines: readonly CanDoLine[] = [
  line('lese-a1-1', 'lese', 'A1', 'Jeg kan lese navn, tall og klokkeslett på skilt og lapper.'),
  line('lese-a1-2', 'lese', 'A1', 'Jeg kan finne datoen og stedet i en kort innkalling.'),
  line('lese-a2-1', 'lese', 'A2', 'Jeg kan lese en kort melding fra skolen eller barnehagen.'),
  line('lese-a2-2', 'lese', 'A2', 'Jeg kan finne det jeg trenger i en vaktliste eller en meny.'),
  line('lese-b1-1', 'lese', 'B1', 'Jeg kan lese en bruksanvisning og gjøre det den sier.'),
  line('lese-b1-2', 'lese', 'B1', 'Jeg kan forstå det viktigste i en nyhetssak om noe jeg kjenner.'),
  line('lese-b2-1', 'lese', 'B2', 'Jeg kan lese lange tekster fra jobben og forstå detaljene.'),
  line('lese-b2-2', 'lese', 'B2', 'Jeg kan se hva skribenten mener, også når det ikke står rett ut.'),

  line('lytte-a1-1', 'lytte', 'A1', 'Jeg forstår når noen sier navnet sitt, tall og priser langsomt.'),
  line('lytte-a1-2', 'lytte', 'A1', 'Jeg forstår enkle beskjeder som «sett deg» og «vent her».'),
  line('lytte-a2-1', 'lytte', 'A2', 'Jeg forstår en kort beskjed på telefonen om tid og sted.'),
  line('lytte-a2-2', 'lytte', 'A2', 'Jeg forstår hva kollegaen viser meg når hun forklarer en oppgave.'),
  line('lytte-b1-1', 'lytte', 'B1', 'Jeg forstår det viktigste på et møte om noe jeg kjenner.'),
  line('lytte-b1-2', 'lytte', 'B1', 'Jeg forstår nyheter på radio når de snakker om kjente ting.'),
  line('lytte-b2-1', 'lytte', 'B2', 'Jeg forstår en diskusjon mellom flere som snakker fort.'),
  line('lytte-b2-2', 'lytte', 'B2', 'Jeg forstår foredrag og lange forklaringer på jobben.'),

  line('skrive-a1-1', 'skrive', 'A1', 'Jeg kan skrive navnet, adressen og telefonnummeret mitt i et skjema.'),
  line('skrive-a1-2', 'skrive', 'A1', 'Jeg kan skrive en kort lapp med noen få ord.'),
  line('skrive-a2-1', 'skrive', 'A2', 'Jeg kan skrive en SMS om at jeg er syk og ikke kommer.'),
  line('skrive-a2-2', 'skrive', 'A2', 'Jeg kan skrive noen setninger om hva jeg gjorde i går.'),
  line('skrive-b1-1', 'skrive', 'B1', 'Jeg kan skrive en e-post der jeg spør om noe og forklarer hvorfor.'),
  line('skrive-b1-2', 'skrive', 'B1', 'Jeg kan skrive en kort rapport om hva som skjedde på jobben.'),
  line('skrive-b2-1', 'skrive', 'B2', 'Jeg kan skrive en søknad med gode grunner for det jeg ber om.'),
  line('skrive-b2-2', 'skrive', 'B2', 'Jeg kan skrive en tekst der jeg sammenligner to løsninger.'),

  line('samhandling-a1-1', 'muntlig-samhandling', 'A1', 'Jeg kan hilse, si hvem jeg er og si takk.'),
  line('samhandling-a1-2', 'muntlig-samhandling', 'A1', 'Jeg kan spørre «hva koster det?» og forstå et enkelt svar.'),
  line('samhandling-a2-1', 'muntlig-samhandling', 'A2', 'Jeg kan avtale en time hos legen på telefonen.'),
  line('samhandling-a2-2', 'muntlig-samhandling', 'A2', 'Jeg kan spørre kollegaen hva jeg skal gjøre nå.'),
  line('samhandling-b1-1', 'muntlig-samhandling', 'B1', 'Jeg kan være med i en samtale om kjente ting uten å ha forberedt meg.'),
  line('samhandling-b1-2', 'muntlig-samhandling', 'B1', 'Jeg kan klage i en butikk og forklare hva som er galt.'),
  line('samhandling-b2-1', 'muntlig-samhandling', 'B2', 'Jeg kan si min mening på et møte og svare på motargumenter.'),
  line('samhandling-b2-2', 'muntlig-samhandling', 'B2', 'Jeg kan snakke med en norsk kollega om nesten alt uten at noen av oss må anstrenge seg.'),

  line('produksjon-a1-1', 'muntlig-produksjon', 'A1', 'Jeg kan si hvor jeg bor og hvor jeg kommer fra.'),
  line('produksjon-a1-2', 'muntlig-produksjon', 'A1', 'Jeg kan si noen ord om familien min.'),
  line('produksjon-a2-1', 'muntlig-produksjon', 'A2', 'Jeg kan fortelle kort om jobben eller praksisplassen min.'),
  line('produksjon-a2-2', 'muntlig-produksjon', 'A2', 'Jeg kan fortelle hva jeg gjorde i helgen.'),
  line('produksjon-b1-1', 'muntlig-produksjon', 'B1', 'Jeg kan fortelle om noe som skjedde, i riktig rekkefølge.'),
  line('produksjon-b1-2', 'muntlig-produksjon', 'B1', 'Jeg kan forklare kort hvorfor jeg mener noe.'),
  line('produksjon-b2-1', 'muntlig-produksjon', 'B2', 'Jeg kan legge fram et tema fra jobben for en gruppe.'),
  line('produksjon-b2-2', 'muntlig-produksjon', 'B2', 'Jeg kan forklare fordeler og ulemper ved et valg.'),
];

const knownLines = new Set(canDoLines.map((item) => item.id));
export const isCanDoLineId = (id: string): boolean => knownLines.has(id);

/**
 * Translations of the lines, keyed by line id then ISO 639 code. Empty until the glossaries
 * (issue 7) hold them; the lookup already falls back to Norwegian.
 */
export type CanDoTranslations = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The line in the participant's language where a translation exists, otherwise in Norwegian. */
export function canDoText(
  item: CanDoLine,
  language: string | null,
  translations: CanDoTranslations = {},
): { text: string; language: string } {
  const translated = language ? translations[item.id]?.[language] : undefined;
  return translated ? { text: translated, language: language ?? 'nb' } : { text: item.nb, language: 'nb' };
}

/**
 * The level a ticked checklist gives for one skill: the highest level whose lines are all
 * ticked, with every lower level ticked as well; under A1 when not even A1 is complete.
 */
export function selfAssessedLevel(skill: AssessmentSkill, ticked: ReadonlySet<string>): Level {
  let level: Level = 'under-A1';
  for (const candidate of canDoLevels) {
    const lines = canDoLines.filter((item) => elpAssessmentSkill[item.skill] === skill && item.level === candidate);
    if (!lines.every((item) => ticked.has(item.id))) break;
    level = candidate;
  }
  return level;
}

/**
 * Simple pictograms per ELP skill (SVG path data on a 24×24 grid), drawn by us, so the
 * checklist looks the same on screen and on paper whatever fonts are installed.
 */
export const elpSkillIcons: Record<ElpSkill, string> = {
  // An open book.
  lese: 'M2 5c3-1 6-1 10 1v14c-4-2-7-2-10-1zM22 5c-3-1-6-1-10 1v14c4-2 7-2 10-1z',
  // An ear.
  lytte: 'M8 9a5 5 0 0 1 10 0c0 3-3 4-3 7a3 3 0 0 1-6 0M11 9a2 2 0 0 1 4 0',
  // A pencil.
  skrive: 'M4 20l1-5L16 4l4 4L9 19zM14 6l4 4',
  // Two speech bubbles.
  'muntlig-samhandling': 'M2 4h12v8H7l-3 3v-3H2zM10 14h12v-6M16 14v0M22 14v4l-3-2h-7',
  // A head speaking.
  'muntlig-produksjon': 'M9 21v-4H6l1-5a6 6 0 1 1 10 4v5M18 8l3-1M18 11h3M18 14l3 1',
};
