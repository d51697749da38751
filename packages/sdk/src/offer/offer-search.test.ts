import { expect } from '@open-wc/testing';
import { buildSeed } from '../seed/index.js';
import { rollUpOffers } from '../questionnaire/roll-up.js';
import { offerReviews } from './offer-reviews.js';
import { catalogueUnits, findOffers } from './offer-search.js';
import { offerChoiceOf } from './load-catalogue.js';

const seed = buildSeed('2026-11-23');
const offers = seed.offers;
const { definitions, responses } = seed.questionnaires;
const definition = definitions.at(-1)!;
const reviews = offerReviews(rollUpOffers(definition, responses, (id, version) => definitions.find((d) => d.id === id && d.version === version), offers));
const ids = (found: { id: string }[]) => found.map((offer) => offer.id);

describe('findOffers', () => {
  it('lets every active offer through an empty filter, and the retired one only when asked', () => {
    const retired = offers.filter((offer) => offer.status === 'retired');
    expect(retired).to.have.length.greaterThan(0);
    expect(findOffers(offers, {})).to.have.length(offers.length - retired.length);
    expect(findOffers(offers, { includeRetired: true })).to.have.length(offers.length);
  });

  it('finds every word of a search, in any order and case, Danish letters included', () => {
    const found = findOffers(offers, { text: 'MENTOR ungeindsatsen' });
    expect(ids(found)).to.include('o-mentor-ung');
    for (const offer of found) expect(`${offer.name} ${offer.description} ${offer.unit.name}`.toLowerCase()).to.contain('mentor');
    expect(findOffers(offers, { text: 'ÆØÅxyz' })).to.deep.equal([]);
  });

  it('narrows by goal kind, unit, age and waiting time, all at once', () => {
    const filter = { goalKind: 'job', age: 17, maxWaitingWeeks: 2 } as const;
    const found = findOffers(offers, filter);
    expect(found.length).to.be.greaterThan(0);
    for (const offer of found) {
      expect(offer.goalKinds).to.include('job');
      expect(offer.audience.minAge).to.be.at.most(17);
      expect(offer.audience.maxAge).to.be.at.least(17);
      expect(offer.waitingWeeks).to.not.equal(null);
      expect(offer.waitingWeeks!).to.be.at.most(2);
    }
    const unit = found[0]!.unit;
    expect(findOffers(offers, { ...filter, unitId: unit.id }).every((offer) => offer.unit.id === unit.id)).to.equal(true);
  });

  it('leaves out an offer that does not say its waiting time once a maximum is chosen', () => {
    const unsaid = { ...offers.find((offer) => offer.status === 'active')!, waitingWeeks: null };
    expect(ids(findOffers([unsaid], {}))).to.deep.equal([unsaid.id]);
    expect(findOffers([unsaid], { maxWaitingWeeks: 104 })).to.deep.equal([]);
  });

  it('keeps only offers whose latest review found relations to non-professionals', () => {
    expect(ids(findOffers(offers, { nonProfessionalRelations: true }, reviews))).to.deep.equal(['o-klub']);
    expect(reviews.get('o-mentor-job')?.givesNonProfessionalRelations).to.equal(false);
    expect(reviews.has('o-bostotte')).to.equal(false);
  });
});

describe('the catalogue facts', () => {
  it('lists each unit once, by Danish name', () => {
    const units = catalogueUnits(offers);
    expect(new Set(units.map((unit) => unit.id)).size).to.equal(units.length);
    expect(units.map((unit) => unit.name)).to.deep.equal([...units.map((unit) => unit.name)].sort((a, b) => a.localeCompare(b, 'da')));
  });

  it('turns an offer into the choice the plan’s effort form takes', () => {
    const offer = offers.find((candidate) => candidate.id === 'o-mentor-ung')!;
    expect(offerChoiceOf(offer)).to.deep.equal({ offer: { id: offer.id, name: offer.name, kind: 'mentor' }, unit: offer.unit });
  });

  it('reads the latest round of each reviewed offer, with its date', () => {
    const club = reviews.get('o-klub')!;
    expect(club.round).to.equal(2);
    expect(club.criteria.map((score) => score.criterionId)).to.deep.equal(['relations', 'empowerment', 'individual-focus']);
  });
});
