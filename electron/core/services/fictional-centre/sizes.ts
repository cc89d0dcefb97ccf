/** How big a fictional centre is. `decade` is ten years of a 1,000-participant centre. */
export interface CentreSize {
  participants: number;
  /** Classes spread over the years; each runs one school year. */
  classes: number;
  years: number;
  lessons: number;
  attendanceRows: number;
  /** Goals in all, the bundled catalogue included; the rest are teachers' own. */
  goals: number;
  practiceSites: number;
  /** Share of participants with a placement. */
  placementShare: number;
  teachers: number;
  assistants: number;
  /** Level records in all, Norskprøven sub-test results included. */
  assessments: number;
  /** Captured material (rows; see materials.ts for why not files). */
  materials: number;
  /** Glossary terms, each translated into the eight glossary languages. */
  glossaryTerms: number;
}

export const centreSizes = {
  demo: {
    participants: 15,
    classes: 1,
    years: 1,
    lessons: 120,
    attendanceRows: 900,
    goals: 0,
    practiceSites: 4,
    placementShare: 0.6,
    teachers: 2,
    assistants: 2,
    assessments: 60,
    materials: 30,
    glossaryTerms: 60,
  },
  year: {
    participants: 1_000,
    classes: 60,
    years: 1,
    lessons: 15_000,
    attendanceRows: 150_000,
    goals: 500,
    practiceSites: 120,
    placementShare: 0.5,
    teachers: 30,
    assistants: 12,
    assessments: 5_000,
    materials: 2_000,
    glossaryTerms: 3_000,
  },
  decade: {
    participants: 10_000,
    classes: 600,
    years: 10,
    lessons: 150_000,
    attendanceRows: 1_500_000,
    goals: 5_000,
    practiceSites: 600,
    placementShare: 0.5,
    teachers: 60,
    assistants: 25,
    assessments: 50_000,
    materials: 20_000,
    glossaryTerms: 30_000,
  },
} as const satisfies Record<string, CentreSize>;

export type CentreSizeName = keyof typeof centreSizes;
export const isCentreSizeName = (value: string): value is CentreSizeName => Object.hasOwn(centreSizes, value);
