import type { Id, IsoDate } from '../schemas/common.js';
import type { OfferRef } from '../schemas/plan.js';
import type { Answers, QuestionnaireDefinition, QuestionnaireResponse, QuestionnaireSubject, Rating } from '../schemas/questionnaire.js';
import { visibleTargets } from '../questionnaire/answer-targets.js';
import { defaultQuestionnaireDefinition } from '../questionnaire/default-definition.js';
import { addDays, danishDateTime } from '../time/calendar.js';
import { offers } from './plans.js';

/** What the seed holds for the strategic-criteria questionnaire. */
export interface QuestionnaireSeed {
  /** The definitions, each version once: the default, version 1. */
  definitions: QuestionnaireDefinition[];
  /** The fictional offer catalogue (tilbudsvifte): the subjects of offer reviews. */
  offers: OfferRef[];
  /** Submitted rounds, two per subject for most, so comparison and roll-up show something. */
  responses: QuestionnaireResponse[];
}

type CriterionId = 'relations' | 'empowerment' | 'individual-focus';

interface Round {
  subject: QuestionnaireSubject;
  round: number;
  daysAgo: number;
  by: string;
  /** The typical rating per criterion; items vary around it, so scores are not all whole numbers. */
  levels: Record<CriterionId, 1 | 2 | 3 | 4>;
  /** Items answered "don't know / not relevant". */
  unknown?: Id[];
  reflection?: { itemId: Id; text: string; nextStep?: string };
}

const definition: QuestionnaireDefinition = defaultQuestionnaireDefinition;
/** Around each criterion's level: the same item always varies the same way, so the seed is stable. */
const variation = [0, -1, 1, 0, 1, -1];

function answersFor(round: Round): Answers {
  const answers: Answers = {};
  visibleTargets(definition, {}, round.subject)
    .filter((target) => target.parts.includes('rating'))
    .forEach((target, index) => {
      const level = round.levels[target.criterionId as CriterionId];
      const rating: Rating = round.unknown?.includes(target.id)
        ? 'unknown'
        : (Math.min(4, Math.max(1, level + (variation[index % variation.length] ?? 0))) as 1 | 2 | 3 | 4);
      answers[target.id] = { rating };
    });
  if (round.reflection) {
    const { itemId, text, nextStep } = round.reflection;
    answers[itemId] = { ...answers[itemId], reflection: text, ...(nextStep ? { nextStep } : {}) };
  }
  return answers;
}

/**
 * Two rounds for two seeded courses and for most offers, a few months apart, with dates relative to
 * `today`: the summary shows change since last round, and the roll-up has rows with and without it.
 */
export function buildQuestionnaireSeed(today: IsoDate, courseIds: { steady: Id; aftercare: Id }): QuestionnaireSeed {
  const course = (id: Id): QuestionnaireSubject => ({ kind: 'course', id });
  const offer = (ref: OfferRef): QuestionnaireSubject => ({ kind: 'offer', id: ref.id });
  const rounds: Round[] = [
    {
      subject: course(courseIds.steady),
      round: 1,
      daysAgo: 150,
      by: 'Jonas Kragh',
      levels: { relations: 1, empowerment: 2, 'individual-focus': 2 },
      reflection: {
        itemId: 'relations-non-professionals',
        text: 'Kender kun fagfolk uden for familien.',
        nextStep: 'Spørge til fodboldklubben ved næste gåtur.',
      },
    },
    {
      subject: course(courseIds.steady),
      round: 2,
      daysAgo: 30,
      by: 'Jonas Kragh',
      levels: { relations: 3, empowerment: 3, 'individual-focus': 3 },
      unknown: ['empowerment-critical-sense'],
      reflection: {
        itemId: 'relations-non-professionals',
        text: 'Træner og holdkammerater i fodboldklubben.',
        nextStep: 'Følge op på praktikken med holdet i tankerne.',
      },
    },
    { subject: course(courseIds.aftercare), round: 1, daysAgo: 400, by: 'Mette Holm', levels: { relations: 2, empowerment: 2, 'individual-focus': 3 } },
    { subject: course(courseIds.aftercare), round: 2, daysAgo: 70, by: 'Mette Holm', levels: { relations: 3, empowerment: 4, 'individual-focus': 3 } },
    { subject: offer(offers.jobMentor), round: 1, daysAgo: 330, by: 'Jonas Kragh', levels: { relations: 2, empowerment: 3, 'individual-focus': 3 } },
    { subject: offer(offers.jobMentor), round: 2, daysAgo: 60, by: 'Jonas Kragh', levels: { relations: 2, empowerment: 3, 'individual-focus': 4 } },
    { subject: offer(offers.club), round: 1, daysAgo: 300, by: 'Mette Holm', levels: { relations: 3, empowerment: 2, 'individual-focus': 2 } },
    { subject: offer(offers.club), round: 2, daysAgo: 45, by: 'Mette Holm', levels: { relations: 4, empowerment: 3, 'individual-focus': 2 } },
    { subject: offer(offers.fgu), round: 1, daysAgo: 280, by: 'Ali Bakir', levels: { relations: 2, empowerment: 2, 'individual-focus': 3 } },
    { subject: offer(offers.fgu), round: 2, daysAgo: 40, by: 'Ali Bakir', levels: { relations: 2, empowerment: 2, 'individual-focus': 2 } },
    // One round only, with "don't know" where the reviewer could not judge: no change to show yet.
    {
      subject: offer(offers.psychologist),
      round: 1,
      daysAgo: 20,
      by: 'Sofie Lund',
      levels: { relations: 1, empowerment: 3, 'individual-focus': 3 },
      unknown: ['relations-measured', 'focus-follow-up'],
    },
  ];
  const responses = rounds.map((round): QuestionnaireResponse => ({
    id: `r-seed-${round.subject.id}-${round.round}`,
    subject: round.subject,
    definition: { id: definition.id, version: definition.version },
    round: round.round,
    answers: answersFor(round),
    submittedAt: danishDateTime(addDays(today, -round.daysAgo), '13:00'),
    submittedBy: { role: 'professional', name: round.by },
  }));
  return { definitions: [definition], offers: Object.values(offers), responses };
}
