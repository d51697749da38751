/** The leaders' overview's own copy (see `defineCopy`). */
export interface CriteriaRollupCopy {
  title: string;
  loading: string;
  empty: string;
  filtersLabel: string;
  unitLabel: string;
  anyUnit: string;
  periodLabel: string;
  /** A period's name: `all`, `2026`, `2026-H2`, `2026-Q4`. */
  period: (period: string) => string;
  /** The text alternative's first sentence. */
  summary: (offers: number, reviewed: number) => string;
  /** Why some figures say "for få til at vise". */
  suppressionNote: (minimum: number) => string;
  caption: (period: string) => string;
  offerColumn: string;
  /** The offer's own latest review, with its change. */
  review: (score: string, change: string) => string;
  noReview: string;
  /** The courses that used the offer: their mean (no count: see the overview's schema). */
  courses: (score: string) => string;
  suppressed: string;
  /** A change on the 1–4 scale: "steget 0,5", "faldet 0,3", "uændret"; empty when there is nothing to compare with. */
  change: (delta: number | null) => string;
  roundsButton: string;
  roundsCaption: (offer: string) => string;
  roundColumn: string;
  dateColumn: string;
  noScore: string;
  /** Explains the bars, which repeat the table's review scores. */
  barsNote: string;
}
