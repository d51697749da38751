import type { QuestionnaireDefinition } from '../schemas/questionnaire.js';
import { defaultQuestionnaireDefinition } from './default-definition.js';

// Fixtures shared by the questionnaire's tests (not exported from the package).

const scale = defaultQuestionnaireDefinition.scale;

/**
 * A small definition with every rule in it: a conditional follow-up (shown when A is rated 2 or
 * lower), a course-only item, sub-items, an item without "don't know", and optional parts.
 */
export const ruleDefinition: QuestionnaireDefinition = {
  id: 'rules',
  version: 1,
  title: { da: 'Regler' },
  scale,
  criteria: [
    {
      id: 'c1',
      title: { da: 'Første' },
      items: [
        { id: 'a', text: { da: 'A' }, parts: ['rating', 'reflection', 'nextStep'], required: ['rating'] },
        {
          id: 'b',
          text: { da: 'B, når A er lav' },
          parts: ['rating', 'reflection'],
          required: ['rating', 'reflection'],
          showWhen: [{ kind: 'rating', itemId: 'a', atMost: 2 }],
        },
        { id: 'c', text: { da: 'C, når B er lav' }, parts: ['rating'], required: ['rating'], showWhen: [{ kind: 'rating', itemId: 'b', atMost: 2 }] },
      ],
    },
    {
      id: 'c2',
      title: { da: 'Anden' },
      items: [
        { id: 'd', text: { da: 'D, kun i forløb' }, parts: ['rating'], required: ['rating'], showWhen: [{ kind: 'subject', subjectKinds: ['course'] }] },
        {
          id: 'e',
          text: { da: 'E med underpunkter' },
          parts: ['reflection'],
          subItems: [
            { id: 'e1', text: { da: 'e1' }, required: true },
            { id: 'e2', text: { da: 'e2' } },
          ],
        },
        { id: 'f', text: { da: 'F uden ved ikke' }, parts: ['rating'], allowUnknown: false },
      ],
    },
  ],
};

/** Version 2 of the default definition, as a municipality would load it: one extra item, nothing else. */
export function defaultDefinitionV2(): QuestionnaireDefinition {
  const v2 = structuredClone(defaultQuestionnaireDefinition) as QuestionnaireDefinition;
  v2.version = 2;
  v2.criteria[0]!.items.push({
    id: 'relations-civil-society',
    text: { da: 'Samarbejder tilbuddet med foreninger og civilsamfund?', en: 'Does the offer work with clubs and civil society?' },
    parts: ['rating', 'reflection', 'nextStep'],
    required: ['rating'],
  });
  return v2;
}
