import { expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { da as planDa } from '../plan/plan.copy.da.js';
import { da as progressionDa } from '../progression/progression.copy.da.js';
import { da as catalogueDa } from '../offer-catalogue/offer-catalogue.copy.js';
import { da as needsDa } from '../needs-bank/needs-bank.copy.js';
import { da as contactLogDa } from '../contact-log/contact-log.copy.js';
import { RHYTHM_CHOICES } from '../contact-log/log-views.js';
import { da as networkMeetingDa } from '../network-meeting/network-meeting.copy.js';
import { formatAppointmentTime, formatDate, messagesFor, type Fragment, type Messages } from './index.js';

/**
 * LIX (Björnsson's readability index, the Danish standard measure): words per sentence plus the
 * share of long words (more than six letters) in per cent. Under 25 is easy reading (children's
 * books), 25–34 is light (popular fiction), 35–44 is middle (newspapers), higher is heavy. Seed
 * 003: the young people do not understand the municipality's standard letters, so their copy is
 * held at 35 or under (issue #12).
 */
const LIX_CEILING = 35;
/**
 * A mean hides one wall of a sentence among many short labels, so each sentence is held to a
 * length as well (a date counts as three words: "28. marts 2027").
 */
const WORDS_CEILING = 25;

/** One text the young person can meet, named by where it lives in the catalogue. */
interface YouthText {
  key: string;
  text: string;
}

interface Sentence {
  key: string;
  words: number;
  long: number;
  text: string;
}

// A word is a run of letters and digits, kept whole across a hyphen ("E-mail", "SOSU-skolen").
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
// A sentence ends at . ! ? or : before a capital (or at the end of the text), so "28. marts" and
// "Mangler: vurdering" stay one sentence. A text without a full stop (a heading, a button, a
// label) is one sentence of its own, as LIX counts headings.
const SENTENCE_END = /(?<=[.!?:])\s+(?=[\p{Lu}„"])/u;

function sentencesOf({ key, text }: YouthText): Sentence[] {
  return text
    .split(SENTENCE_END)
    .map((sentence) => {
      const words = sentence.match(WORD) ?? [];
      const long = words.filter((word) => (word.match(/\p{L}/gu) ?? []).length > 6).length;
      return { key, words: words.length, long, text: sentence.trim() };
    })
    .filter((sentence) => sentence.words > 0);
}

function lix(texts: readonly YouthText[]): { lix: number; sentences: Sentence[] } {
  const sentences = texts.flatMap(sentencesOf);
  const words = sentences.reduce((sum, sentence) => sum + sentence.words, 0);
  const long = sentences.reduce((sum, sentence) => sum + sentence.long, 0);
  return { lix: words / sentences.length + (100 * long) / words, sentences };
}

/** What a screen shows of a fragment: a template's strings and values in order, without tags. */
function plain(fragment: unknown): string {
  if (typeof fragment === 'string' || typeof fragment === 'number') return String(fragment);
  const template = fragment as TemplateResult;
  if (!template?.strings) return '';
  return template.strings
    .map((part, index) => part + (index < template.values.length ? plain(template.values[index]) : ''))
    .join('')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const entries = (prefix: string, record: object): YouthText[] =>
  Object.entries(record)
    .filter(([, text]) => typeof text === 'string' && text !== '')
    .map(([name, text]) => ({ key: prefix ? `${prefix}.${name}` : name, text: text as string }));

const one = (key: string, fragment: Fragment): YouthText => ({ key, text: plain(fragment) });

// Typical arguments, from the demo's seed: a contact, a stand-in, an offer, a next action, a scale.
const contact = 'Jonas';
const deputy = 'Mette Holm';
const helper = 'Peter Nørgaard';
const offer = 'Virksomhedspraktik';
const action = 'Finde praktiksteder';
const scale = 'Tro på egne evner';

/**
 * Every text the young person can meet in each widget, as the widget puts it together. The
 * catalogue has one audience object per widget that splits (`youth`, `plan.youth`); the rest of
 * what the young person reads is shared with staff, so it is listed here by key, each for the
 * reason in its comment. Functions are called with typical arguments, once per wording they choose
 * between, so a name or a date counts where a sentence carries it. Not counted: data shown on its
 * own (the life goal, offer names, scale steps: the young person's and the municipality's words)
 * and opening hours ("man–fre 8.30–15.30": numbers, not prose). Not here at all:
 * `<uf-provider>` shows no text; `<uf-criteria-questionnaire>` and `<uf-criteria-summary>` are
 * staff tools (their errors are worded for staff, `describeError(…, 'staff')`).
 */
function youthCopy(
  da: Messages,
): Record<'contact-card' | 'plan' | 'progression' | 'offer-catalogue' | 'needs-bank' | 'contact-log' | 'network-meeting', YouthText[]> {
  const date = formatDate('2027-03-28', da);
  const later = formatDate('2027-09-28', da);
  // What `describeError(error, messages, 'youth')` can say: every kind except the two worded for staff.
  const { staffAccessDenied: _staffDenied, staffNotFound: _staffNotFound, ...youthErrors } = da.errors;
  const errors = [...entries('errors', youthErrors), { key: 'retry', text: da.retry }];
  const { youth } = da;
  // The plan's and the progression's copy travel in their widgets' chunks (see defineCopy).
  const plan = planDa;
  const progression = progressionDa;
  const raters = progression.ratersPlain;
  const catalogue = catalogueDa.youth;
  const needs = needsDa.youth;
  const contactLog = contactLogDa.youth;
  const meetings = networkMeetingDa.youth;
  return {
    'contact-card': [
      // `mode="youth"` (the default) reads `youth`; `loading` and what follows are shared with staff.
      ...entries('youth', youth),
      one('youth.deputyLabel', youth.deputyLabel(contact)),
      one('youth.absentNow', youth.absentNow(contact, 'holiday', date, deputy)),
      one('youth.absentSoon', youth.absentSoon(contact, date, later, deputy)),
      one('youth.aftercareActive(0)', youth.aftercareActive(contact, 0, date)),
      one('youth.aftercareActive', youth.aftercareActive(contact, 42, date)),
      one('youth.aftercareUpcoming', youth.aftercareUpcoming(contact, date, later)),
      one('youth.contactSince', youth.contactSince(contact, date)),
      one('youth.handovers(0)', youth.handovers(0)),
      one('youth.handovers', youth.handovers(2)),
      one('youth.lastContact', youth.lastContact(date, 'gåtur')),
      one('youth.lastContact(null)', youth.lastContact(null, null)),
      one('youth.nextAgreedContact', youth.nextAgreedContact(date, 0)),
      one('youth.nextAgreedContact(late)', youth.nextAgreedContact(date, 3)),
      { key: 'loading', text: da.loading },
      // Youth mode puts each role's title before its plain words: "Mentor: Jonas er én, du kan …".
      ...Object.entries(da.roles).map(([role, words]) => ({ key: `roles.${role}`, text: `${words.title}: ${contact} ${words.plainWords}` })),
      ...entries('channels', da.channels),
      one('channelList', da.channelList(`${contact} Kragh`)),
      ...entries('', { noFixedHours: da.noFixedHours, openNow: da.openNow, closedNow: da.closedNow }),
      // The preferred-channel choice is the young person's own: they pick, save, and meet conflicts.
      ...entries('', { noPreference: da.noPreference, savePreference: da.savePreference, saving: da.saving, notSaved: da.notSaved }),
      one('conflict', da.conflict(da.channels.sms, da.channels.phone)),
      one('conflictUnknown', da.conflictUnknown(da.channels.sms)),
      one('reapply', da.reapply(da.channels.sms)),
      one('keepTheirs', da.keepTheirs(da.channels.phone)),
      { key: 'undoChoice', text: da.undoChoice },
      ...entries('appointment', da.appointment),
      { key: 'aftercare.heading', text: da.aftercare.heading },
      one('aftercare.ended', da.aftercare.ended(date)),
      ...errors,
    ],
    plan: [
      // `mode="youth"` (the default) reads `plan.youth`, and these shared keys from youth-view.ts.
      ...entries('plan.youth', plan.youth),
      ...entries('plan.goalKindsPlain', plan.goalKindsPlain),
      { key: 'plan.goalStatus.reached', text: plan.goalStatus.reached },
      // Setbacks are staff-only (youthPlanView): learning and small successes are shown.
      { key: 'plan.noteKinds.learning', text: plan.noteKinds.learning },
      { key: 'plan.noteKinds.success', text: plan.noteKinds.success },
      one('plan.noteByOn', plan.noteByOn(helper, date)),
      { key: 'plan.nowHeading', text: plan.nowHeading },
      { key: 'plan.nothingNow', text: plan.nothingNow },
      one('plan.nowWith', plan.nowWith(offer, helper)),
      { key: 'plan.nextHeading', text: plan.nextHeading },
      one('plan.nextWithHelper', plan.nextWithHelper(action, helper, date, false)),
      one('plan.nextWithHelper(late)', plan.nextWithHelper(action, helper, date, true)),
      { key: 'plan.noActions', text: plan.noActions },
      { key: 'plan.commentLabel', text: plan.commentLabel },
      { key: 'plan.saveComment', text: plan.saveComment },
      // Saving their comment, and what goes wrong with it (plan.ts renderSaveProblem, youth branch).
      ...entries('plan', {
        saving: plan.saving,
        notSaved: plan.notSaved,
        conflictComment: plan.conflictComment,
        conflictUnknown: plan.conflictUnknown,
        youthReapply: plan.youthReapply,
        youthKeepTheirs: plan.youthKeepTheirs,
        undo: plan.undo,
      }),
      ...errors,
    ],
    progression: [
      // `rater="youth"`: the overview names raters in their words, and rating mode is theirs.
      ...entries('progression', { loading: progression.loading, empty: progression.empty, noReadings: progression.noReadings }),
      ...entries('progression.ratersPlain', raters),
      // The title and notices in the young person's own words, instead of the staff ones.
      { key: 'progression.plain.title', text: progression.plain.title },
      one('progression.plain.passive', progression.plain.passive(3)),
      one('progression.plain.disagreement', progression.plain.disagreement(scale, 2, 4)),
      one('progression.sinceFirst', progression.sinceFirst(raters.youth, 2)),
      // "Vis tallene" carries a hidden "for <skala>", so a screen reader hears them as one.
      { key: 'progression.showNumbers+numbersOf', text: `${progression.showNumbers} ${progression.numbersOf(scale)}` },
      ...entries('progression.columns', progression.columns),
      // The first → latest figure, each chart's accessible name, and the numbered list of small successes and setbacks.
      { key: 'progression.changeHeading', text: progression.changeHeading },
      ...entries('progression.changeKey', progression.changeKey),
      one('progression.fromTo', progression.fromTo('3', '6')),
      one('progression.fromTo(one)', progression.fromTo('3', null)),
      one(
        'progression.chartLabel',
        progression.chartLabel(
          scale,
          date,
          later,
          `${raters.youth}: ${progression.fromTo('3', '6')}. ${raters.professional}: ${progression.fromTo('4', '5')}.`,
        ),
      ),
      { key: 'progression.annotations', text: progression.annotations },
      ...entries('progression.annotationKinds', progression.annotationKinds),
      one('progression.rateHeading', progression.rateHeading(scale, 6, 10)),
      one('progression.measuredLabel', progression.measuredLabel('%')),
      ...entries('progression', {
        note: progression.note,
        save: progression.save,
        saved: progression.saved,
        saving: progression.saving,
        notSaved: progression.notSaved,
        nextScale: progression.nextScale,
        previousScale: progression.previousScale,
        chooseValue: progression.chooseValue,
        enterValue: progression.enterValue,
      }),
      one('progression.valueOutOfRange', progression.valueOutOfRange(0, 100, '%')),
      ...errors,
    ],
    'offer-catalogue': [
      // `mode="youth"` (the default) reads `youth`; the retired mark, reviews and "Tilføj til planen" are staff-only.
      ...entries('youth', { title: catalogue.title, loading: catalogue.loading, empty: catalogue.empty, noneFound: catalogue.noneFound }),
      one('youth.found', catalogue.found(4, 30)),
      one('youth.found(all)', catalogue.found(30, 30)),
      ...entries('youth', { searchLabel: catalogue.searchLabel, goalKindLabel: catalogue.goalKindLabel, waitingLabel: catalogue.waitingLabel }),
      ...entries('youth.goalKinds', catalogue.goalKinds),
      { key: 'youth.waitingChoices.any', text: catalogue.waitingChoices.any },
      { key: 'youth.waitingChoices.none', text: catalogue.waitingChoices.none },
      one('youth.waitingChoices.atMost', catalogue.waitingChoices.atMost(4)),
      // Each offer's facts, as renderYouthFacts words them.
      { key: 'youth.servesLabel', text: `${catalogue.servesLabel}: ${catalogue.goalKinds.job.toLowerCase()}, ${catalogue.goalKinds.coping.toLowerCase()}.` },
      one('youth.ages', catalogue.ages(16, 29)),
      one('youth.waiting(null)', catalogue.waiting(null)),
      one('youth.waiting(0)', catalogue.waiting(0)),
      one('youth.waiting', catalogue.waiting(2)),
      { key: 'youth.contactLabel', text: `${catalogue.contactLabel}: ${helper}` },
      { key: 'youth.howToGetInLabel', text: `${catalogue.howToGetInLabel}: Spørg din kontaktperson.` },
      { key: 'anyChoice', text: catalogueDa.anyChoice },
      { key: 'clearFilters', text: catalogueDa.clearFilters },
      ...errors,
    ],
    'needs-bank': [
      // `mode="youth"` reads `youth` and the loading line; a proposal is the professional's words in the copy's sentence.
      ...entries('youth', { title: needs.title, intro: needs.intro, empty: needs.empty, noProposals: needs.noProposals }),
      ...Object.entries(needs.goalKinds).map(([kind, about]) => ({ key: `youth.youShared(${kind})`, text: needs.youShared(about) })),
      { key: 'loading', text: needsDa.loading },
      one(
        'youth.proposal+youMeet',
        `${needs.proposal(offer, 'I mødes hver uge og taler om job', 'Tirsdage kl. 14')} ${needs.youMeet('Hanne fra Ungesundhed')}`,
      ),
      ...entries('youth.proposalStatus', { open: needs.proposalStatus.open }),
      one('youth.proposalStatus.accepted', needs.proposalStatus.accepted(date)),
      one('youth.proposalStatus.declined', needs.proposalStatus.declined(date)),
      ...errors,
    ],
    'contact-log': [
      // `mode="youth"` reads `youth`, the loading line and the rhythm's words; notes are the professionals' own words.
      ...entries('youth', {
        title: contactLog.title,
        intro: contactLog.intro,
        empty: contactLog.empty,
        entriesHeading: contactLog.entriesHeading,
        noShow: contactLog.noShow,
        youReachedOut: contactLog.youReachedOut,
      }),
      ...RHYTHM_CHOICES.map((days) => one(`youth.rhythm(${days})`, contactLog.rhythm(contactLogDa.rhythmWords(days)))),
      one('youth.lastContact', contactLog.lastContact(date)),
      one('youth.nextDue', contactLog.nextDue(date)),
      { key: 'youth.overdue', text: contactLog.overdue },
      one('youth.showAll', contactLog.showAll(12)),
      { key: 'loading', text: contactLogDa.loading },
      ...entries('channels', da.channels),
      ...errors,
    ],
    'network-meeting': [
      // `mode="youth"` (the default) reads `youth`, the loading line and each meeting's title; a
      // decision is the meeting's own words in the copy's sentence, as in Freja's seeded meeting.
      ...entries('youth', {
        title: meetings.title,
        intro: meetings.intro,
        empty: meetings.empty,
        next: meetings.next,
        earlier: meetings.earlier,
        yourPoints: meetings.yourPoints,
        decidedHeading: meetings.decidedHeading,
        minutesHeading: meetings.minutesHeading,
      }),
      one('meetingTitle', networkMeetingDa.meetingTitle(formatAppointmentTime('2026-12-01T09:00:00Z', undefined, da))),
      one('youth.where', meetings.where('Ungehuset, Havnegade 4')),
      { key: 'youth.whoHeading+you', text: `${meetings.whoHeading}: ${helper}, Karin Vestergaard, ${meetings.you}, Hanne Madsen (mor)` },
      one(
        'youth.decision+done',
        `${meetings.decision('Karin Vestergaard', 'Følge Freja til hundeklubben', 'Karin går med første gang og bliver, til Freja er tryg', date)} ${meetings.done}`,
      ),
      one('youth.decision', meetings.decision(helper, action, 'Peter finder tre dyrehandler, Freja vælger', date)),
      one('youth.newContact', meetings.newContact(helper, date)),
      { key: 'loading', text: networkMeetingDa.loading },
      ...errors,
    ],
  };
}

describe("the young person's copy in Danish", () => {
  it('counts LIX as Björnsson does', () => {
    // 7 words, 2 sentences, 2 long words ("kontaktperson", "efterværn"): 7/2 + 100 × 2/7.
    const { lix: measured, sentences } = lix([{ key: 'example', text: 'Din kontaktperson er Jonas. Det hedder efterværn.' }]);
    expect(sentences.map((sentence) => sentence.words)).to.deep.equal([4, 3]);
    expect(measured).to.be.closeTo(7 / 2 + (100 * 2) / 7, 1e-9);
    expect(lix([{ key: 'date', text: 'Til og med 28. marts 2027. Mangler: vurdering.' }]).sentences, 'a date and a label are no sentence ends').to.have.length(
      2,
    );
  });

  for (const [widget, texts] of Object.entries(youthCopy(messagesFor('da')))) {
    it(`<uf-${widget}>: LIX ${LIX_CEILING} or under, for all its copy and for its full sentences alone; no sentence over ${WORDS_CEILING} words`, () => {
      expect(
        texts.filter((entry) => !entry.text).map((entry) => entry.key),
        'every listed text renders',
      ).to.deep.equal([]);
      // Labels and buttons are short and pull the mean down; the sentences alone must pass too.
      const prose = texts.filter((entry) => /[.!?]$/.test(entry.text));
      for (const [what, measured] of [
        ['all copy', lix(texts)],
        ['full sentences', lix(prose)],
      ] as const) {
        expect(
          measured.lix,
          `${what}: LIX ${measured.lix.toFixed(1)} over ${measured.sentences.length} sentences; the heaviest:\n${heaviest(measured.sentences)}\n`,
        ).to.be.at.most(LIX_CEILING);
      }
      const tooLong = lix(texts).sentences.filter((sentence) => sentence.words > WORDS_CEILING);
      expect(
        tooLong.map((sentence) => `${sentence.key}: ${sentence.text}`),
        `sentences over ${WORDS_CEILING} words`,
      ).to.deep.equal([]);
    });
  }
});

/** The sentences that weigh most, to name in a failure; one-word labels would crowd the list, so four words or more. */
function heaviest(sentences: readonly Sentence[]): string {
  const sentenceLix = (sentence: Sentence) => sentence.words + (100 * sentence.long) / sentence.words;
  return sentences
    .filter((sentence) => sentence.words >= 4)
    .sort((a, b) => sentenceLix(b) - sentenceLix(a))
    .slice(0, 5)
    .map((sentence) => `  ${sentenceLix(sentence).toFixed(0)}  ${sentence.key}: ${sentence.text}`)
    .join('\n');
}
