import { expect } from '@open-wc/testing';
import type { Channel, Contact } from '../schemas/contact.js';
import type { QuestionnaireDefinition } from '../schemas/questionnaire.js';
import { planForYouth } from '../access/youth-view.js';
import { buildSeed, seedCourseIds, seedFhirCourse, withPlanHistory } from '../seed/index.js';
import { FhirImportError } from './bundle-reader.js';
import { courseBundle, courseFromBundle } from './course-bundle.js';
import type { FhirCourse } from './fhir-course.js';
import type { FhirBundle, FhirResource } from './fhir-types.js';
import { fhirScalesOf } from './fhir-course.js';
import { stableUuid } from './stable-uuid.js';

const seed = buildSeed('2026-11-23');
const { steady, manyHandovers } = seedCourseIds;

/** Phone, sms and e-mail without hours or note: what a PractitionerRole's telecom carries. */
const reachable = (channels: readonly Channel[]): Channel[] =>
  channels.flatMap((channel): Channel[] => {
    if (channel.kind === 'email') return [{ kind: 'email', email: channel.email, hours: [] }];
    if (channel.kind === 'phone' || channel.kind === 'sms') return [{ kind: channel.kind, phone: channel.phone, hours: [] }];
    return [];
  });

/** The course less what docs/fhir.md lists under "Not exported", as the import gives it back. */
function lessWhatIsNotExported(course: FhirCourse, contactOnCard: Contact | null): FhirCourse {
  const { caseload: _caseload, ...contact } = course.contact ?? ({} as Contact);
  return {
    ...course,
    contact: course.contact && {
      ...contact,
      channels: reachable(contact.channels),
      absences: contact.absences.map(({ reason: _reason, ...absence }) => ({
        ...absence,
        deputy: { ...absence.deputy, channels: reachable(absence.deputy.channels) },
      })),
    },
    // The definitions are compared on their own (see `asked`): their texts are Danish only.
    questionnaires: { definitions: [], responses: course.questionnaires.responses },
    progression: { ...course.progression, scales: [...course.progression.scales].sort((a, b) => a.id.localeCompare(b.id)) },
    contactLog: course.contactLog && { ...course.contactLog, rhythm: course.contactLog.rhythm && { ...course.contactLog.rhythm, version: 1 } },
    meetings: course.meetings.map((meeting) => ({
      ...meeting,
      version: 1,
      // The new contact's channels are their PractitionerRole's: the card's, where the card names them first.
      handover: meeting.handover && {
        ...meeting.handover,
        channels: reachable(contactOnCard?.person.id === meeting.handover.to.id ? contactOnCard.channels : meeting.handover.channels),
      },
    })),
  };
}

/** What a definition asks, in its order: enough to read every round against it. */
const asked = (definition: QuestionnaireDefinition) => ({
  id: definition.id,
  version: definition.version,
  title: definition.title.da,
  criteria: definition.criteria.map((criterion) => ({
    id: criterion.id,
    items: criterion.items.map((item) => ({ id: item.id, text: item.text.da, parts: item.parts, subItems: item.subItems?.map((subItem) => subItem.id) })),
  })),
});

function resourcesOf(bundle: FhirBundle, resourceType: string): FhirResource[] {
  return bundle.entry.map((entry) => entry.resource).filter((resource) => resource.resourceType === resourceType);
}

describe('a course as FHIR', () => {
  for (const { id, shows } of seed.courses) {
    it(`reads back everything its Bundle carries (${shows})`, () => {
      const course = seedFhirCourse(seed, id);
      const bundle = courseBundle(course);
      const back = courseFromBundle(bundle);
      expect({
        ...back,
        progression: { ...back.progression, scales: [...back.progression.scales].sort((a, b) => a.id.localeCompare(b.id)) },
        questionnaires: { definitions: [], responses: back.questionnaires.responses },
      }).to.deep.equal(lessWhatIsNotExported(course, course.contact));
      expect(back.questionnaires.definitions.map(asked)).to.deep.equal(course.questionnaires.definitions.map(asked));
      expect(courseBundle(back)).to.deep.equal(bundle);
    });
  }

  it('gives the same Bundle for the same course, and its own uuids to each course', () => {
    const first = courseBundle(seedFhirCourse(seed, steady));
    expect(courseBundle(seedFhirCourse(seed, steady))).to.deep.equal(first);
    const other = new Set(courseBundle(seedFhirCourse(seed, manyHandovers)).entry.map((entry) => entry.fullUrl));
    expect(first.entry.filter((entry) => other.has(entry.fullUrl))).to.deep.equal([]);
    expect(first.entry.every((entry) => entry.fullUrl === `urn:uuid:${entry.resource.id}`)).to.equal(true);
    expect(new Set(first.entry.map((entry) => entry.fullUrl)).size).to.equal(first.entry.length);
  });

  it("carries the plan's history as Provenance, and a young person's Bundle only the history they are shown", () => {
    const course = seedFhirCourse(seed, steady);
    const plan = withPlanHistory(course.plan!);
    const bundle = courseBundle({ ...course, plan });
    const provenance = resourcesOf(bundle, 'Provenance');
    expect(provenance.map((entry) => entry['recorded'])).to.deep.equal(plan.revisions.map((revision) => revision.at));
    expect(courseFromBundle(bundle).plan).to.deep.equal(plan);
    const youth = courseFromBundle(courseBundle({ ...course, plan: planForYouth(plan) })).plan!;
    expect(youth.revisions.map((revision) => revision.changes.map((change) => change.target))).to.deep.equal([['comment']]);
    // The reason of a revision that changed a hidden note may be about it: it is not sent.
    expect(JSON.stringify(bundle).includes('udeblivelser')).to.equal(true);
    expect(JSON.stringify(courseBundle({ ...course, plan: planForYouth(plan) })).includes('udeblivelser')).to.equal(false);
  });

  it('keeps apart what the API lets share an id or a person: decisions of two meetings, a meeting and the appointment, a name spelt twice', () => {
    const course = structuredClone(seedFhirCourse(seed, manyHandovers));
    const [latest, middle, oldest] = course.meetings;
    // Decision ids are unique within a meeting, not across meetings; meeting and entry ids are the client's.
    oldest!.decisions[0]!.id = middle!.decisions[0]!.id;
    latest!.id = 'next-appointment';
    course.contactLog!.entries[0]!.id = middle!.id;
    // The contact (staff id s-pn05) as an effort's responsible person, under a shorter name.
    const contact = course.contact!;
    course.plan!.efforts[0]!.responsible = { name: 'Peter N.', unit: contact.unit, staffId: contact.person.id };
    // A scale redefined from measured to anchored, with an old reading between steps.
    const anchored = course.progression.readings.find(
      (reading) => course.progression.scales.find((scale) => scale.id === reading.scaleId)?.kind === 'anchored',
    )!;
    anchored.value = 2.5;
    const bundle = courseBundle(course);
    const back = courseFromBundle(bundle);
    expect(back.meetings.map((meeting) => meeting.decisions.map((decision) => decision.id))).to.deep.equal(
      course.meetings.map((meeting) => meeting.decisions.map((decision) => decision.id)),
    );
    expect(back.meetings.map((meeting) => meeting.id)).to.deep.equal(course.meetings.map((meeting) => meeting.id));
    expect(back.contact!.nextAppointment).to.deep.equal(course.contact!.nextAppointment);
    expect(back.contactLog!.entries.map((entry) => entry.id)).to.deep.equal(course.contactLog!.entries.map((entry) => entry.id));
    expect(back.plan!.efforts[0]!.responsible).to.deep.equal(course.plan!.efforts[0]!.responsible);
    expect(back.progression.readings.find((reading) => reading.id === anchored.id)!.value).to.equal(2.5);
    expect(JSON.stringify(bundle)).not.to.contain('"valueInteger":2.5');
    expect(courseBundle(back)).to.deep.equal(bundle);
  });

  it('keeps a goal id the plan no longer has, and a reading on a scale the set no longer has', () => {
    const course = seedFhirCourse(seed, steady);
    const plan = structuredClone(course.plan!);
    plan.efforts[0]!.goalIds.push('g-removed');
    plan.notes.push({
      id: 'n-old',
      kind: 'learning',
      date: '2026-11-01',
      text: 'Om et mål, der er taget af planen',
      author: { role: 'professional', name: 'Jonas Kragh' },
      goalId: 'g-gone',
    });
    const readings = [
      ...course.progression.readings,
      { id: 'r-old', scaleId: 'retired-scale', value: 3, date: '2026-10-01', ratedBy: 'youth' as const, author: 'Amalie' },
    ];
    const edited: FhirCourse = { ...course, plan, progression: { ...course.progression, readings, scales: fhirScalesOf(seed.progression.scaleSet, readings) } };
    expect(edited.progression.scales.map((scale) => scale.id)).not.to.include('retired-scale');
    const back = courseFromBundle(courseBundle(edited));
    expect(back.plan!.efforts[0]!.goalIds).to.deep.equal(plan.efforts[0]!.goalIds);
    expect(back.plan!.notes.at(-1)).to.deep.equal(plan.notes.at(-1));
    expect(back.progression.readings.at(-1)).to.deep.equal(readings.at(-1));
  });

  it('makes RFC 9562 version 8 UUIDs, different for names one character apart', () => {
    const uuid = stableUuid('c-1/Goal/goal/g-1');
    expect(uuid).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('c-1/Goal/goal/g-2')).not.to.equal(uuid);
    expect(stableUuid('c-1/Goal/goal/g-1')).to.equal(uuid);
  });

  it('puts the life goal and the plan goals in KL categories, and a next action in a Task of the plan', () => {
    const bundle = courseBundle(seedFhirCourse(seed, steady));
    const categories = resourcesOf(bundle, 'Goal').map((goal) => JSON.stringify(goal['category']));
    expect(categories[0]).to.contain('416fe27d-3ccf-4390-8742-8b52a9d8dc78');
    expect(categories.slice(1).every((category) => category.includes('0bb3daef-538d-45dc-b444-abdbcb63f6bc'))).to.equal(true);
    const [carePlan] = resourcesOf(bundle, 'CarePlan');
    const tasks = resourcesOf(bundle, 'Task').filter((task) => JSON.stringify(task['basedOn']).includes(`urn:uuid:${carePlan!.id}`));
    expect(tasks.length).to.equal(seed.plans[steady]!.efforts.filter((effort) => effort.nextAction).length);
  });

  describe('refuses a Bundle it did not write, saying where and never what', () => {
    const bundle = courseBundle(seedFhirCourse(seed, steady));
    const lifeGoalText = seed.plans[steady]!.lifeGoal.text;

    function refusal(change: (copy: FhirBundle) => void): FhirImportError {
      const copy = structuredClone(bundle);
      change(copy);
      try {
        courseFromBundle(copy);
      } catch (error) {
        expect(error).to.be.instanceOf(FhirImportError);
        return error as FhirImportError;
      }
      throw new Error('read back a Bundle it should refuse');
    }

    it('not a collection Bundle', () => {
      expect(() => courseFromBundle({ resourceType: 'Bundle', type: 'document', entry: [] })).to.throw(FhirImportError);
      expect(() => courseFromBundle('[]')).to.throw(FhirImportError);
    });

    it('no young person', () => {
      expect(refusal((copy) => (copy.entry = copy.entry.filter((entry) => entry.resource.resourceType !== 'Patient'))).at).to.equal('Patient');
    });

    it("a goal status the plan does not have, or a life goal's text removed", () => {
      const goalStatus = refusal((copy) => (resourcesOf(copy, 'Goal')[1]!['lifecycleStatus'] = 'on-hold'));
      expect(goalStatus.at).to.equal('Goal.lifecycleStatus');
      const lifeGoal = refusal((copy) => (resourcesOf(copy, 'Goal')[0]!['description'] = { text: '' }));
      expect(lifeGoal.message).not.to.contain(lifeGoalText);
    });

    it('a reference to no entry of the Bundle', () => {
      const error = refusal((copy) => {
        const [carePlan] = resourcesOf(copy, 'CarePlan');
        carePlan!['goal'] = [{ reference: 'urn:uuid:00000000-0000-8000-8000-000000000000' }];
      });
      expect(error.at).to.equal('CarePlan.goal');
    });

    it('a rater the scales do not know', () => {
      const error = refusal(
        (copy) => (resourcesOf(copy, 'Observation')[0]!['method'] = { coding: [{ system: 'https://ungeforlob.dk/fhir/CodeSystem/rater', code: 'boss' }] }),
      );
      expect(error.at).to.equal('Observation.method');
    });
  });
});
