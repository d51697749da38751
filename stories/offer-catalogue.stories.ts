import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TransportFault } from '@ungeforlob/sdk';
import { seedCourseIds, type Seed } from '@ungeforlob/sdk/seed';
import '@ungeforlob/elements';
import { LANGUAGE_AND_HEADING, memoryStage, STORY_NOW } from './story-stage.js';
import type { OfferCatalogueMode, UfOfferCatalogue } from '@ungeforlob/elements';

/**
 * Six offers of the seed's 31, so a story (and its screenshot at 320 px) stays a screen or two
 * long: two mentors from two units, a reviewed community offer, a reviewed and an unreviewed one
 * with waiting time, and one from civil society without a legal basis.
 */
const STORY_OFFERS = ['o-mentor-job', 'o-mentor-ung', 'o-klub', 'o-fgu', 'o-bostotte', 'o-psykolog'];

interface CatalogueArgs {
  mode: OfferCatalogueMode;
  lang: 'da' | 'en';
  headingLevel: number;
}

interface Scenario {
  /** The course "Tilføj til planen" adds to; none: no button. */
  course?: string;
  /** Answer the first request with this fault; Retry then succeeds. */
  fault?: TransportFault;
  timeoutMs?: number;
  /** The catalogue's offers; default the six above. */
  offers?: (seed: Seed) => Seed['offers'];
  /** Runs once the catalogue has loaded, to act out what happens next. */
  afterLoad?: (catalogue: UfOfferCatalogue) => void;
}

function scenario(options: Scenario): (args: CatalogueArgs) => TemplateResult {
  return (args) => {
    const { client, onLoaded } = memoryStage<UfOfferCatalogue>({
      ...options,
      seed: (seed) => ({ ...seed, offers: options.offers ? options.offers(seed) : seed.offers.filter((offer) => STORY_OFFERS.includes(offer.id)) }),
      audience: args.mode === 'staff' ? 'staff' : 'youth',
    });
    return html`
      <uf-provider .client=${client} course=${ifDefined(options.course)} lang=${args.lang}>
        <uf-offer-catalogue .now=${STORY_NOW} mode=${args.mode} heading-level=${args.headingLevel} @uf-offers-loaded=${onLoaded}></uf-offer-catalogue>
      </uf-provider>
    `;
  };
}

/** The professional searches for something no offer has. */
async function searchForNothing(catalogue: UfOfferCatalogue): Promise<void> {
  await catalogue.updateComplete;
  const search = catalogue.shadowRoot?.querySelector<HTMLInputElement>('#search');
  if (!search) return;
  search.value = 'ridning';
  search.dispatchEvent(new Event('input'));
}

const meta: Meta<CatalogueArgs> = {
  title: 'Widgets/Offer catalogue (tilbudsviften)',
  component: 'uf-offer-catalogue',
  args: { mode: 'staff', lang: 'da', headingLevel: 2 },
  argTypes: {
    mode: { control: 'inline-radio', options: ['youth', 'staff'] },
    ...LANGUAGE_AND_HEADING,
  },
};
export default meta;

type Story = StoryObj<CatalogueArgs>;

export const Staff: Story = { name: 'Staff, for a course (Tilføj til planen)', render: scenario({ course: seedCourseIds.steady }) };

export const StaffBrowsing: Story = { name: 'Staff, browsing (no course)', render: scenario({}) };

export const Youth: Story = { args: { mode: 'youth' }, render: scenario({ course: seedCourseIds.steady }) };

export const NoneFound: Story = { name: 'Nothing fits the filters', render: scenario({ afterLoad: (catalogue) => void searchForNothing(catalogue) }) };

export const Empty: Story = { name: 'Empty (no offers yet)', render: scenario({ offers: () => [] }) };

export const Loading: Story = { render: scenario({ fault: { kind: 'hang' }, timeoutMs: 600_000 }) };

export const ServerError: Story = { render: scenario({ fault: { kind: 'status', status: 500 } }) };

export const MalformedResponse: Story = { render: scenario({ fault: { kind: 'body', body: JSON.stringify({ offers: [{ id: 'o-1', name: 42 }] }) } }) };

export const English: Story = { args: { lang: 'en' }, render: scenario({ course: seedCourseIds.steady }) };
