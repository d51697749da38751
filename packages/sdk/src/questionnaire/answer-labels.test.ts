import { expect } from '@open-wc/testing';
import { answerTargetLabels } from './answer-labels.js';
import { defaultQuestionnaireDefinition } from './default-definition.js';
import type { QuestionnaireDefinition } from '../schemas/questionnaire.js';

describe('answerTargetLabels', () => {
  const definition = defaultQuestionnaireDefinition as QuestionnaireDefinition;

  it("calls an item by its text and a sub-item 'item – sub-item'", () => {
    const labels = answerTargetLabels(definition, 'da');
    const item = definition.criteria.flatMap((criterion) => criterion.items).find((candidate) => candidate.subItems?.length)!;
    const subItem = item.subItems![0]!;
    expect(labels.get(item.id)).to.equal(item.text.da);
    expect(labels.get(subItem.id)).to.equal(`${item.text.da} – ${subItem.text.da}`);
  });

  it('names every item and sub-item of the definition', () => {
    const ids = definition.criteria.flatMap((criterion) => criterion.items.flatMap((item) => [item.id, ...(item.subItems ?? []).map((subItem) => subItem.id)]));
    expect([...answerTargetLabels(definition, 'en').keys()]).to.have.members(ids);
  });
});
