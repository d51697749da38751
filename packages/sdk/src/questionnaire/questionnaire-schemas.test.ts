import { expect } from '@open-wc/testing';
import { Answer, QuestionnaireDefinition, QuestionnaireSubject } from '../schemas/questionnaire.js';
import { defaultQuestionnaireDefinition } from './default-definition.js';
import { defaultDefinitionV2, ruleDefinition } from './test-definitions.js';

const paths = (value: unknown) => {
  const parsed = QuestionnaireDefinition.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
};

describe('QuestionnaireDefinition', () => {
  it('takes the default definition, which is plain JSON data in Danish and English', () => {
    const roundTripped = JSON.parse(JSON.stringify(defaultQuestionnaireDefinition)) as unknown;
    expect(paths(roundTripped)).to.deep.equal([]);
    const texts = defaultQuestionnaireDefinition.criteria.flatMap((criterion) => criterion.items.map((item) => item.text));
    expect(texts.every((text) => text.da && text.en)).to.equal(true);
  });

  it('has the three strategic criteria and empowerment’s five dimensions', () => {
    expect(defaultQuestionnaireDefinition.criteria.map((criterion) => criterion.id)).to.deep.equal(['relations', 'empowerment', 'individual-focus']);
    const definition: QuestionnaireDefinition = defaultQuestionnaireDefinition;
    const difference = definition.criteria[1]?.items.find((item) => item.subItems);
    expect(difference?.subItems?.map((subItem) => subItem.text.en)).to.deep.equal([
      'insight',
      'engagement',
      'visions',
      'experience of acting',
      'critical sense',
    ]);
  });

  it('takes a version 2 with one more item without any code change', () => {
    expect(paths(defaultDefinitionV2())).to.deep.equal([]);
    expect(paths(ruleDefinition)).to.deep.equal([]);
  });

  it('refuses an item id used twice, also between an item and a sub-item, naming the second', () => {
    const twice = structuredClone(ruleDefinition);
    twice.criteria[1]!.items[2]!.id = 'a';
    expect(paths(twice)).to.deep.equal(['criteria.1.items.2.id']);
    const subItemClash = structuredClone(ruleDefinition);
    subItemClash.criteria[1]!.items[1]!.subItems![1]!.id = 'd';
    expect(paths(subItemClash)).to.deep.equal(['criteria.1.items.1.subItems.1.id']);
  });

  it('refuses a criterion id used twice', () => {
    const twice = structuredClone(ruleDefinition);
    twice.criteria[1]!.id = 'c1';
    expect(paths(twice)).to.deep.equal(['criteria.1.id']);
  });

  it('refuses a condition on a later item, an unknown one, or one without a rating', () => {
    const later = structuredClone(ruleDefinition);
    later.criteria[0]!.items[0]!.showWhen = [{ kind: 'rating', itemId: 'b', atMost: 2 }];
    expect(paths(later)).to.deep.equal(['criteria.0.items.0.showWhen.0.itemId']);
    const unknown = structuredClone(ruleDefinition);
    unknown.criteria[0]!.items[1]!.showWhen = [{ kind: 'rating', itemId: 'zz', atMost: 2 }];
    expect(paths(unknown)).to.deep.equal(['criteria.0.items.1.showWhen.0.itemId']);
    const textOnly = structuredClone(ruleDefinition);
    textOnly.criteria[1]!.items[2]!.showWhen = [{ kind: 'rating', itemId: 'e', atMost: 2 }];
    expect(paths(textOnly)).to.deep.equal(['criteria.1.items.2.showWhen.0.itemId']);
  });

  it('lets a condition name an earlier sub-item', () => {
    const onSubItem = structuredClone(ruleDefinition);
    onSubItem.criteria[1]!.items[2]!.showWhen = [{ kind: 'rating', itemId: 'e1', atLeast: 3 }];
    expect(paths(onSubItem)).to.deep.equal([]);
  });

  it('refuses requiring a part the item does not ask for, and bounds that cannot both hold', () => {
    const requiredNotAsked = structuredClone(ruleDefinition);
    requiredNotAsked.criteria[0]!.items[2]!.required = ['rating', 'nextStep'];
    expect(paths(requiredNotAsked)).to.deep.equal(['criteria.0.items.2.required.1']);
    const impossible = structuredClone(ruleDefinition);
    impossible.criteria[0]!.items[1]!.showWhen = [{ kind: 'rating', itemId: 'a', atLeast: 3, atMost: 2 }];
    expect(paths(impossible)).to.deep.equal(['criteria.0.items.1.showWhen.0.atLeast']);
  });

  it('refuses a scale that is not the four steps 1–4 in order', () => {
    const threeSteps = structuredClone(ruleDefinition);
    threeSteps.scale.steps = threeSteps.scale.steps.slice(0, 3);
    expect(paths(threeSteps)).to.deep.equal(['scale.steps']);
    const shuffled = structuredClone(ruleDefinition);
    shuffled.scale.steps = [...shuffled.scale.steps].reverse();
    expect(paths(shuffled)).to.deep.equal(['scale.steps']);
  });
});

describe('answers and subjects', () => {
  it('takes ratings 1–4 and "unknown", nothing else', () => {
    for (const rating of [1, 2, 3, 4, 'unknown']) expect(Answer.safeParse({ rating }).success, String(rating)).to.equal(true);
    for (const rating of [0, 5, 2.5, '3', null]) expect(Answer.safeParse({ rating }).success, String(rating)).to.equal(false);
  });

  it('refuses empty texts and unknown parts', () => {
    expect(Answer.safeParse({ reflection: '' }).success).to.equal(false);
    expect(Answer.safeParse({ comment: 'x' }).success).to.equal(false);
  });

  it('knows a course and an offer, with opaque ids only', () => {
    expect(QuestionnaireSubject.safeParse({ kind: 'course', id: 'c-4f2a91' }).success).to.equal(true);
    expect(QuestionnaireSubject.safeParse({ kind: 'offer', id: 'o-fgu' }).success).to.equal(true);
    expect(QuestionnaireSubject.safeParse({ kind: 'citizen', id: 'p-1' }).success).to.equal(false);
    expect(QuestionnaireSubject.safeParse({ kind: 'course', id: '010190-1234' }).success).to.equal(false);
  });
});
