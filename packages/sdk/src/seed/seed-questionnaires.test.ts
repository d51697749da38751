import { expect } from '@open-wc/testing';
import { answerProblems } from '../questionnaire/answer-problems.js';
import { rollUpOffers } from '../questionnaire/roll-up.js';
import { scoreResponse } from '../questionnaire/scores.js';
import { QuestionnaireDefinition, QuestionnaireResponse } from '../schemas/questionnaire.js';
import { buildSeed, seedCourseIds } from './index.js';

const seed = buildSeed('2026-11-23').questionnaires;
const [definition] = seed.definitions;

describe('seed questionnaires', () => {
  it('ship the default definition, valid, as version 1', () => {
    expect(seed.definitions).to.have.length(1);
    expect(QuestionnaireDefinition.safeParse(definition).success).to.equal(true);
    expect(definition!.version).to.equal(1);
  });

  it('hold only complete, valid rounds, as a server would have accepted them', () => {
    for (const response of seed.responses) {
      expect(QuestionnaireResponse.safeParse(response).success, response.id).to.equal(true);
      expect(answerProblems(definition!, response.answers, response.subject, { complete: true }), response.id).to.deep.equal([]);
    }
    expect(new Set(seed.responses.map((response) => response.id)).size).to.equal(seed.responses.length);
  });

  it('show change: two rounds for two courses and three offers, with a rise for Amalie', () => {
    const roundsOf = (id: string) => seed.responses.filter((response) => response.subject.id === id);
    expect(roundsOf(seedCourseIds.steady).map((response) => response.round)).to.deep.equal([1, 2]);
    expect(roundsOf(seedCourseIds.aftercare)).to.have.length(2);
    const [first, second] = roundsOf(seedCourseIds.steady).map((response) => scoreResponse(response, definition!));
    expect(second![0]!.score!).to.be.greaterThan(first![0]!.score!);
    const offersWithTwo = seed.offers.filter((offer) => roundsOf(offer.id).length === 2);
    expect(offersWithTwo).to.have.length(3);
  });

  it('give the roll-up a row per reviewed offer, with "don’t know" counted', () => {
    const rollUp = rollUpOffers(definition!, seed.responses, () => definition, seed.offers);
    expect(rollUp.rows).to.have.length(4);
    expect(rollUp.rows.some((row) => row.criteria.some((score) => score.unknown > 0))).to.equal(true);
  });
});
