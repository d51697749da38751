import type { AnswerPart, QuestionnaireDefinition } from '../schemas/questionnaire.js';

const asked: AnswerPart[] = ['rating', 'reflection', 'nextStep'];
const ratingRequired: AnswerPart[] = ['rating'];

/** The id of the strategic-criteria questionnaire; new versions keep it. */
export const STRATEGIC_CRITERIA_ID = 'strategic-criteria';

/**
 * The strategic-criteria questionnaire of seed 001 §3.1–3.3 (Ballerup): relations/network,
 * empowerment, and individual & flexible focus, rated on the 1–4 fidelity scale of seed 004.
 *
 * Data, not code: it is valid JSON, and a municipality edits it by loading a new version through
 * the API (`POST /questionnaires`), never by changing this file. The questions keep the seed's
 * Danish wording, turned where needed into a question that can be answered "to what degree".
 */
export const defaultQuestionnaireDefinition = {
  id: STRATEGIC_CRITERIA_ID,
  version: 1,
  title: { da: 'Strategiske kriterier', en: 'Strategic criteria' },
  intro: {
    da: 'Spørgsmålene er et værktøj til at vurdere et tilbud, og til at sætte eller genfinde retningen i et konkret forløb. Svar 1–4, eller "Ved ikke / ikke relevant". Skriv gerne en refleksion og det næste skridt.',
    en: 'The questions are a tool to review an offer, and to set or regain the direction of a young person’s course. Answer 1–4, or "Don’t know / not relevant". Add a reflection and the next step where you can.',
  },
  scale: {
    steps: [
      { value: 1, label: { da: 'Slet ikke', en: 'Not at all' } },
      { value: 2, label: { da: 'I mindre grad', en: 'To a small degree' } },
      { value: 3, label: { da: 'I høj grad', en: 'To a high degree' } },
      { value: 4, label: { da: 'I meget høj grad', en: 'To a very high degree' } },
    ],
    unknown: { da: 'Ved ikke / ikke relevant', en: 'Don’t know / not relevant' },
  },
  criteria: [
    {
      id: 'relations',
      title: { da: 'Relationsdannelse og netværk', en: 'Relations and network' },
      description: {
        da: 'Opnår den unge relationer til ikke-professionelle gennem det konkrete tilbud?',
        en: 'Does the young person gain relations to non-professionals through the offer?',
      },
      items: [
        {
          id: 'relations-non-professionals',
          text: {
            da: 'Giver indsatsen den unge relationer til ikke-professionelle?',
            en: 'Does the effort give the young person relations to non-professionals?',
          },
          parts: asked,
          required: ratingRequired,
        },
        {
          id: 'relations-communities',
          text: {
            da: 'Peger tilbuddet mod at øge den unges deltagelsesmuligheder i brede almene fællesskaber?',
            en: 'Does the offer point toward wider participation in ordinary communities?',
          },
          parts: asked,
          required: ratingRequired,
        },
        {
          id: 'relations-measured',
          text: { da: 'Kan vi måle disse øgede deltagelsesmuligheder?', en: 'Can we measure that increased participation?' },
          help: { da: 'Skriv i refleksionen, hvordan vi måler det.', en: 'Say in the reflection how we measure it.' },
          parts: asked,
          required: ratingRequired,
        },
      ],
    },
    {
      id: 'empowerment',
      title: { da: 'Empowerment', en: 'Empowerment' },
      description: {
        da: 'Udgangspunktet er, at den unge er ekspert i eget liv.',
        en: 'The young person is the expert in their own life.',
      },
      items: [
        {
          id: 'empowerment-capacity',
          text: {
            da: 'Har den unge efter indsatsen (eller de parallelle indsatser) fået øgede handlekompetencer og dermed mindre behov for støtte?',
            en: 'After the effort (or parallel efforts), has the young person gained more capacity to act, and so less need for support?',
          },
          parts: asked,
          required: ratingRequired,
        },
        {
          id: 'empowerment-difference',
          text: { da: 'Kan vi se en forskel, når det kommer til den unges …', en: 'Can we see a difference in the young person’s …' },
          parts: ['reflection', 'nextStep'],
          subItems: [
            { id: 'empowerment-insight', text: { da: 'indsigt', en: 'insight' }, required: true },
            { id: 'empowerment-engagement', text: { da: 'engagement', en: 'engagement' }, required: true },
            { id: 'empowerment-visions', text: { da: 'visioner', en: 'visions' }, required: true },
            { id: 'empowerment-acting', text: { da: 'handleerfaringer', en: 'experience of acting' }, required: true },
            { id: 'empowerment-critical-sense', text: { da: 'kritiske sans', en: 'critical sense' }, required: true },
          ],
        },
        {
          id: 'empowerment-own-expert',
          text: {
            da: 'Tager dialog, indsatser og beslutninger afsæt i den unges og familiens ressourcer, behov, drømme og ønsker for fremtiden?',
            en: 'Do dialogue, efforts and decisions start from the resources, needs, dreams and wishes of the young person and their family?',
          },
          parts: asked,
          required: ratingRequired,
        },
      ],
    },
    {
      id: 'individual-focus',
      title: { da: 'Individuelt og fleksibelt fokus', en: 'Individual and flexible focus' },
      items: [
        {
          id: 'focus-goals-first',
          text: {
            da: 'Er den unges livs-, job- og uddannelsesmål udgangspunktet for planer, indsatser og dialog?',
            en: 'Are the young person’s life, job and education goals the starting point of plans, efforts and dialogue?',
          },
          parts: asked,
          required: ratingRequired,
        },
        {
          // An offer has no plan of its own: this question is asked in a course only.
          id: 'focus-life-goal-in-plan',
          text: {
            da: 'Kan vi i planen se den unges livsmål og den opfattede vej til at nå det?',
            en: 'Can we see the young person’s life goal in the plan, and the path they see to it?',
          },
          parts: asked,
          required: ratingRequired,
          showWhen: [{ kind: 'subject', subjectKinds: ['course'] }],
        },
        {
          id: 'focus-follow-up',
          text: {
            da: 'Samler vi hurtigt op, når den unges livsmål ændres, eller når dele af planen ikke nås?',
            en: 'Do we follow up quickly when the young person’s life goal changes, or a part of the plan fails?',
          },
          parts: asked,
          required: ratingRequired,
        },
        {
          id: 'focus-learning',
          text: {
            da: 'Bruger vi den unges læring til at justere målene eller vejen til dem?',
            en: 'Do we use the young person’s learning to adjust the goals, or the path to them?',
          },
          parts: asked,
          required: ratingRequired,
        },
        {
          id: 'focus-responsibility',
          text: { da: 'Kan vi se, hvem der har ansvar for hvilke dele af planen?', en: 'Can we see who is responsible for which part of the plan?' },
          parts: asked,
          required: ratingRequired,
        },
        {
          id: 'focus-responsibility-when',
          text: { da: 'Kan vi se, hvordan og hvornår ansvaret skal løftes?', en: 'Can we see how and when that responsibility is to be carried out?' },
          parts: asked,
          required: ratingRequired,
        },
      ],
    },
  ],
} satisfies QuestionnaireDefinition;
