import type { GoalKind } from '@ungeforlob/sdk';

/** What the catalogue says differently to the young person and to a professional. */
export interface OfferCatalogueAudienceCopy {
  title: string;
  loading: string;
  /** The municipality has no offers in the catalogue. */
  empty: string;
  /** "12 af 30 tilbud", announced as the filter changes. */
  found: (shown: number, total: number) => string;
  noneFound: string;
  searchLabel: string;
  goalKindLabel: string;
  goalKinds: Record<GoalKind, string>;
  waitingLabel: string;
  /** The waiting-time filter's choices: any, none, at most 2, 4 or 8 weeks. */
  waitingChoices: { any: string; none: string; atMost: (weeks: number) => string };
  /** "For unge fra 16 til 29 år". */
  ages: (min: number, max: number) => string;
  /** How long until one can start; null weeks: the unit does not say. */
  waiting: (weeks: number | null) => string;
  /** "Spørg" / "Kontakt", before the contact's name. */
  contactLabel: string;
  /** "Mål", before the goal kinds the offer serves. */
  servesLabel: string;
  /** Before the offer's own words on how to get in. */
  howToGetInLabel: string;
}

/** The offer catalogue's own copy (see `defineCopy`). */
export interface OfferCatalogueCopy {
  youth: OfferCatalogueAudienceCopy;
  staff: OfferCatalogueAudienceCopy;
  filtersLabel: string;
  anyChoice: string;
  unitLabel: string;
  ageLabel: string;
  relationsLabel: string;
  relationsHint: string;
  clearFilters: string;
  situationLabel: string;
  legalBasisLabel: string;
  capacityLabel: string;
  reviewHeading: string;
  /** "Vurderet 12. oktober 2026 (runde 2)". */
  reviewed: (date: string, round: number) => string;
  notReviewed: string;
  /** A criterion's mean: "3,0 af 4"; null: no rating given. */
  score: (score: number | null) => string;
  addToPlan: string;
  /** After the add: the plan's form holds the offer now. */
  sentToPlan: (offer: string) => string;
  /** No `<uf-plan>` for the course on the page took the offer. */
  noPlanOnPage: string;
  /** The plan has another form with unsaved changes open. */
  planBusy: string;
  /** The plan has not loaded yet. */
  planLoading: string;
  /** The course has no plan yet. */
  courseHasNoPlan: string;
}
