import { defaultQuestionnaireDefinition } from '../questionnaire/default-definition.js';
import { visibleTargets } from '../questionnaire/answer-targets.js';
import type { IsoDate } from '../schemas/common.js';
import type { Plan } from '../schemas/plan.js';
import type { Answers, QuestionnaireResponse } from '../schemas/questionnaire.js';
import { addDays, danishDateTime } from '../time/calendar.js';
import { units } from './people.js';
import { offers } from './plans.js';
import type { QuestionnaireSeed } from './questionnaires.js';

/**
 * The seed with `count` more courses (default 12) whose plans use the club and the job mentor and
 * whose course rounds are submitted, so the leaders' overview has offers with five courses or more
 * to show beside the demo's five courses, which are too few. For stories and tests of the overview;
 * the courses have no people, contacts or progression, as the overview reads none of that.
 */
export function withMoreCourses<S extends { plans: Record<string, Plan>; questionnaires: QuestionnaireSeed }>(seed: S, today: IsoDate, count = 12): S {
  const plans: Record<string, Plan> = { ...seed.plans };
  const responses: QuestionnaireResponse[] = [...seed.questionnaires.responses];
  for (let index = 0; index < count; index += 1) {
    const courseId = `c-more-${index}`;
    // Every other course uses the job mentor; every course the club: so the club's figures show, and the mentor's in part.
    const used = index % 2 === 0 ? [offers.club, offers.jobMentor] : [offers.club];
    plans[courseId] = {
      courseId,
      firstName: 'Ung',
      lifeGoal: { text: 'Et liv med venner og arbejde.', dreams: [], changedAt: danishDateTime(addDays(today, -120), '10:00') },
      goals: [],
      efforts: used.map((offer, position) => ({
        id: `e-more-${index}-${position}`,
        offer,
        unit: offer === offers.club ? units.civilSociety : units.jobcentre,
        responsible: { name: 'Maja Friis (træner)', unit: units.civilSociety },
        start: addDays(today, -100),
        status: 'active',
        goalIds: [],
        nextAction: null,
        changedAt: danishDateTime(addDays(today, -100), '10:00'),
      })),
      notes: [],
      transitions: {},
      youthComment: null,
      revisions: [],
    };
    const subject = { kind: 'course', id: courseId } as const;
    const answers: Answers = {};
    const level = ((index % 3) + 2) as 2 | 3 | 4;
    for (const target of visibleTargets(defaultQuestionnaireDefinition, {}, subject))
      if (target.parts.includes('rating')) answers[target.id] = { rating: level };
    responses.push({
      id: `r-more-${index}`,
      subject,
      definition: { id: defaultQuestionnaireDefinition.id, version: defaultQuestionnaireDefinition.version },
      round: 1,
      answers,
      submittedAt: danishDateTime(addDays(today, -20 - index), '13:00'),
      submittedBy: { role: 'professional', name: 'Jonas Kragh' },
    });
  }
  return { ...seed, plans, questionnaires: { ...seed.questionnaires, responses } };
}
