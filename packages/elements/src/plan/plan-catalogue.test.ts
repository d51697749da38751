import { expect, waitUntil } from '@open-wc/testing';
import { buildSeed } from '@ungeforlob/sdk/seed';
import { offerChoiceOf } from '@ungeforlob/sdk';
import type { UfOfferAddToPlanDetail } from '../events/uf-offer-add-to-plan.js';
import type { UfPlan } from './plan.js';
import { TODAY, renderPlan, steady, aftercare, text } from './plan-fixture.js';

// The plan's add-effort form and the municipality's offer catalogue: read from the API unless the
// host sets `offers`, an offer handed over from <uf-offer-catalogue> with no host code, and the
// double-offer warning while the offer can still be chosen otherwise.

const catalogue = buildSeed(TODAY).offers;
const offerById = (id: string) => catalogue.find((offer) => offer.id === id)!;
const offerRequests = (requests: readonly string[]) => requests.filter((request) => request.endsWith('/offers'));

async function openAddEffort(plan: UfPlan): Promise<void> {
  plan.shadowRoot!.querySelector<HTMLButtonElement>('#add-effort')!.click();
  await waitUntil(() => plan.shadowRoot!.querySelector('.plan-form'), 'the form did not open');
  await plan.updateComplete;
}

const offerOptions = (plan: UfPlan) => [...plan.shadowRoot!.querySelectorAll<HTMLOptionElement>('#effort-offer option')].map((option) => option.value);
const warningsOf = (plan: UfPlan) => [...plan.shadowRoot!.querySelectorAll('[part="double-offer-warning"]')].map(text);

async function chooseOffer(plan: UfPlan, key: string): Promise<void> {
  const select = plan.shadowRoot!.querySelector<HTMLSelectElement>('#effort-offer')!;
  select.value = key;
  select.dispatchEvent(new Event('change'));
  await plan.updateComplete;
}

function handOver(courseId: string, offerId: string, init: { cancel?: boolean } = {}): CustomEvent<UfOfferAddToPlanDetail> {
  const offer = offerById(offerId);
  const event = new CustomEvent<UfOfferAddToPlanDetail>('uf-offer-add-to-plan', {
    detail: { courseId, offer, choice: offerChoiceOf(offer), outcome: 'unhandled' },
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  if (init.cancel) event.preventDefault();
  document.body.dispatchEvent(event);
  return event;
}

describe('<uf-plan> and the offer catalogue', function () {
  this.timeout(20_000);

  it('offers the municipality’s catalogue when the host sets no offers, and reads it once', async () => {
    const { plan, transport } = await renderPlan({ mode: 'staff', course: steady, offers: [] });
    await openAddEffort(plan);
    await waitUntil(() => offerOptions(plan).includes('o-mentor-ung@u-ungeindsats'), 'the catalogue’s offers arrive');
    const active = catalogue.filter((offer) => offer.status === 'active');
    expect(offerOptions(plan).filter(Boolean).length).to.be.at.least(active.length);
    expect(offerOptions(plan)).to.not.include(
      `${catalogue.find((offer) => offer.status === 'retired')!.id}@${catalogue.find((offer) => offer.status === 'retired')!.unit.id}`,
    );
    expect(offerRequests(transport.requests)).to.have.length(1);
  });

  it('keeps the host’s own offers as an override, and reads no catalogue then or for the young person', async () => {
    const staff = await renderPlan({ mode: 'staff', course: steady });
    await openAddEffort(staff.plan);
    expect(offerOptions(staff.plan)).to.not.include('o-mentor-ung@u-ungeindsats');
    expect(offerRequests(staff.transport.requests)).to.deep.equal([]);
    const youth = await renderPlan({ course: steady, offers: [] });
    await youth.plan.updateComplete;
    expect(offerRequests(youth.transport.requests)).to.deep.equal([]);
  });

  it('says when the catalogue cannot be read, still offers the plan’s own offers, and reads it again on request', async () => {
    let failOnce = true;
    const intercept = (method: string, url: string) => {
      if (!failOnce || method !== 'GET' || !url.endsWith('/offers')) return undefined;
      failOnce = false;
      return new Response('{}', { status: 503, headers: { 'content-type': 'application/problem+json' } });
    };
    const { plan } = await renderPlan({ mode: 'staff', course: steady, offers: [], intercept });
    await openAddEffort(plan);
    const notes = () => text(plan.shadowRoot!.querySelector('.offer-notes'));
    await waitUntil(() => notes().includes('tilbudsvifte kunne ikke hentes'), 'the failure is said');
    expect(offerOptions(plan), 'the plan’s own offers').to.include('o-mentor-job@u-ungeindsats');
    await expect(plan).to.be.accessible();
    [...plan.shadowRoot!.querySelectorAll<HTMLButtonElement>('.offer-notes button')][0]!.click();
    await waitUntil(() => offerOptions(plan).includes('o-mentor-ung@u-ungeindsats'), 'read again');
    expect(plan.shadowRoot!.activeElement?.id, 'focus stays in the form as the button goes').to.equal('effort-offer');
    expect(notes()).to.equal('');
  });

  it('warns of a double offer under the offer while it can still be chosen otherwise', async () => {
    const { plan } = await renderPlan({ mode: 'staff', course: steady, offers: [] });
    await openAddEffort(plan);
    await waitUntil(() => offerOptions(plan).includes('o-mentor-job@u-jobcenter'), 'the catalogue arrives');
    // The steady course has an active mentor from Ungeindsatsen: a mentor from the jobcentre would double it.
    await chooseOffer(plan, 'o-mentor-job@u-jobcenter');
    expect(warningsOf(plan)).to.deep.equal([
      'Dobbelttilbud: Den unge har allerede en aktiv indsats af samme slags i perioden: Mentor (beskæftigelse) fra Ungeindsatsen, Fjordby Kommune. Tal med dem, før I sætter et nyt i gang.',
    ]);
    await expect(plan).to.be.accessible();
    await chooseOffer(plan, 'o-psykolog@u-psykiatri');
    expect(warningsOf(plan)).to.deep.equal([]);
  });

  it('opens the add-effort form with an offer handed over from the catalogue, with no host code', async () => {
    const { plan } = await renderPlan({ mode: 'staff', course: steady, offers: [] });
    const event = handOver(steady, 'o-mentor-job');
    expect(event.detail.outcome).to.equal('opened');
    await waitUntil(() => plan.shadowRoot!.querySelector('.plan-form'), 'the form opens');
    await plan.updateComplete;
    expect(plan.shadowRoot!.querySelector<HTMLSelectElement>('#effort-offer')!.value).to.equal('o-mentor-job@u-jobcenter');
    expect(plan.shadowRoot!.activeElement?.id, 'focus on the form').to.equal('effort-form-heading');
    expect(warningsOf(plan)).to.have.length(1);
  });

  it('leaves an offer for another course, or one the host took (preventDefault), alone', async () => {
    const { plan } = await renderPlan({ mode: 'staff', course: steady, offers: [] });
    expect(handOver(aftercare, 'o-mentor-job').detail.outcome).to.equal('unhandled');
    expect(handOver(steady, 'o-mentor-job', { cancel: true }).detail.outcome).to.equal('unhandled');
    // A host listening on the document hears it before the plan (on the window) and takes it.
    const takeIt = (event: Event) => {
      event.preventDefault();
      (event as CustomEvent<UfOfferAddToPlanDetail>).detail.outcome = 'handled';
    };
    document.addEventListener('uf-offer-add-to-plan', takeIt);
    try {
      expect(handOver(steady, 'o-mentor-job').detail.outcome).to.equal('handled');
    } finally {
      document.removeEventListener('uf-offer-add-to-plan', takeIt);
    }
    await plan.updateComplete;
    expect(plan.shadowRoot!.querySelector('.plan-form')).to.equal(null);
  });

  it('keeps a form with unsaved changes: says the plan is busy, and sends the professional back to finish it', async () => {
    const { plan } = await renderPlan({ mode: 'staff', course: steady, offers: [] });
    await openAddEffort(plan);
    const how = plan.shadowRoot!.querySelector<HTMLInputElement>('#effort-how')!;
    how.value = 'Skrevet, ikke gemt';
    how.dispatchEvent(new Event('input'));
    await plan.updateComplete;
    expect(handOver(steady, 'o-mentor-job').detail.outcome).to.equal('busy');
    await waitUntil(() => plan.shadowRoot!.activeElement?.id === 'effort-form-heading', 'focus on the open form');
    expect(plan.shadowRoot!.querySelector<HTMLInputElement>('#effort-how')!.value).to.equal('Skrevet, ikke gemt');
    expect(text(plan.shadowRoot!.querySelector('.plan-form .form-alerts'))).to.not.equal('');
  });

  it('says when the course has no plan yet, and takes nothing before the plan has loaded', async () => {
    const seed = buildSeed(TODAY);
    delete seed.plans[steady];
    const { plan } = await renderPlan({ mode: 'staff', course: steady, offers: [], seed });
    expect(handOver(steady, 'o-mentor-job').detail.outcome).to.equal('noPlan');
    await plan.updateComplete;
    const loading = await renderPlan({ mode: 'staff', course: aftercare, offers: [], fault: { kind: 'hang' }, timeoutMs: 60_000 }, false);
    expect(handOver(aftercare, 'o-mentor-job').detail.outcome).to.equal('loading');
    loading.plan.remove();
  });

  it('warns of no double offer for an effort that is over', async () => {
    const { plan } = await renderPlan({ mode: 'staff', course: steady, offers: [] });
    await openAddEffort(plan);
    await waitUntil(() => offerOptions(plan).includes('o-mentor-job@u-jobcenter'), 'the catalogue arrives');
    await chooseOffer(plan, 'o-mentor-job@u-jobcenter');
    expect(warningsOf(plan)).to.have.length(1);
    const status = plan.shadowRoot!.querySelector<HTMLSelectElement>('#effort-status')!;
    status.value = 'completed';
    status.dispatchEvent(new Event('change'));
    await plan.updateComplete;
    expect(warningsOf(plan)).to.deep.equal([]);
  });
});
