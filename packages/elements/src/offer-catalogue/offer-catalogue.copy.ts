import { defineCopy } from '../i18n/copy.js';
import type { OfferCatalogueAudienceCopy, OfferCatalogueCopy } from './offer-catalogue.copy.types.js';

const weeks = (count: number) => (count === 1 ? '1 uge' : `${count} uger`);
const oneDecimal = (score: number) => score.toFixed(1).replace('.', ',');

const goalKinds: OfferCatalogueAudienceCopy['goalKinds'] = {
  education: 'Uddannelse',
  job: 'Job',
  community: 'Fællesskab',
  coping: 'Mestring',
  health: 'Sundhed',
  housing: 'Bolig',
};

/** The catalogue's copy in Danish: the glossary's words for staff, plain words for the young person. */
export const da: OfferCatalogueCopy = {
  youth: {
    title: 'Det kunne hjælpe dig',
    loading: 'Henter tilbud …',
    empty: 'Der er ingen tilbud at vise lige nu.',
    found: (shown, total) => (shown === total ? `${total} tilbud` : `${shown} af ${total} tilbud passer`),
    noneFound: 'Ingen tilbud passer. Prøv at fjerne et valg.',
    searchLabel: 'Søg',
    goalKindLabel: 'Hvad vil du gerne?',
    goalKinds: {
      education: 'Skole og uddannelse',
      job: 'Arbejde',
      community: 'Være med sammen med andre',
      coping: 'Klare hverdagen',
      health: 'Have det godt',
      housing: 'Et sted at bo',
    },
    waitingLabel: 'Hvornår vil du starte?',
    waitingChoices: { any: 'Lige meget', none: 'Med det samme', atMost: (count) => `Inden for ${weeks(count)}` },
    ages: (min, max) => `For unge fra ${min} til ${max} år.`,
    waiting: (count) =>
      count === null ? 'Spørg, hvornår du kan starte.' : count === 0 ? 'Du kan starte med det samme.' : `Du kan starte om ca. ${weeks(count)}.`,
    contactLabel: 'Spørg',
    servesLabel: 'Kan hjælpe med',
    howToGetInLabel: 'Sådan kommer du i gang',
  },
  staff: {
    title: 'Tilbudsviften',
    loading: 'Henter tilbud …',
    empty: 'Kommunen har ingen tilbud i tilbudsviften endnu.',
    found: (shown, total) => (shown === total ? `${total} tilbud` : `${shown} af ${total} tilbud`),
    noneFound: 'Ingen tilbud passer til filtrene.',
    searchLabel: 'Søg i navn, beskrivelse, enhed og målgruppe',
    goalKindLabel: 'Måltype',
    goalKinds,
    waitingLabel: 'Ventetid',
    waitingChoices: { any: 'Alle', none: 'Ingen ventetid', atMost: (count) => `Højst ${weeks(count)}` },
    ages: (min, max) => `${min}–${max} år`,
    waiting: (count) => (count === null ? 'Ventetid ikke oplyst' : count === 0 ? 'Ingen ventetid' : `Ventetid ca. ${weeks(count)}`),
    contactLabel: 'Kontakt',
    servesLabel: 'Mål',
    howToGetInLabel: 'Sådan kommer den unge i gang',
  },
  filtersLabel: 'Find tilbud',
  anyChoice: 'Alle',
  unitLabel: 'Enhed',
  ageLabel: 'Den unges alder (13–29 år)',
  relationsLabel: 'Giver relationer til ikke-professionelle',
  relationsHint: 'Ifølge tilbuddets seneste vurdering efter de strategiske kriterier (i høj grad eller mere).',
  clearFilters: 'Nulstil filtre',
  situationLabel: 'Målgruppe',
  legalBasisLabel: 'Lovgrundlag',
  capacityLabel: 'Pladser og visitation',
  reviewHeading: 'Strategiske kriterier',
  reviewed: (date, round) => `Vurderet ${date} (runde ${round})`,
  notReviewed: 'Ikke vurderet efter de strategiske kriterier endnu.',
  score: (score) => (score === null ? 'ingen vurdering' : `${oneDecimal(score)} af 4`),
  addToPlan: 'Tilføj til planen',
  sentToPlan: (offer) => `${offer} står nu i planens formular. Gør indsatsen færdig dér, og gem.`,
  noPlanOnPage: 'Der er ingen plan for forløbet på siden, så tilbuddet blev ikke tilføjet.',
  planBusy: 'Planen har en formular med ændringer, der ikke er gemt. Gør den færdig, og prøv så igen.',
  planLoading: 'Planen er ved at blive hentet. Prøv igen om et øjeblik.',
  courseHasNoPlan: 'Forløbet har ingen plan endnu, så tilbuddet kan ikke tilføjes.',
};

/**
 * The catalogue's own copy: in its chunk, not in the shared catalogue, so a page without the
 * widget does not fetch it. English is a chunk of its own, fetched on first use.
 */
export const offerCatalogueCopy = defineCopy<OfferCatalogueCopy>(da, () => import('./offer-catalogue.copy.en.js').then((module) => module.en));
