import { expect } from '@open-wc/testing';
import { ConflictError, HttpError, NetworkError, PlanEditOverlapError, PlanEditTargetGoneError, ResponseValidationError, TimeoutError } from '@ungeforlob/sdk';
import {
  canRetry,
  defineCopy,
  describeError,
  formatDate,
  formatWeekdays,
  formatWeeklyHours,
  loadMessages,
  messagesFor,
  pickLocale,
  type Messages,
} from './index.js';
import { refusedFields } from './error-message.js';

const da = messagesFor('da');
let en: Messages;
const route = 'GET /courses/{courseId}/contact';

describe('i18n', () => {
  // First, in a page that has not fetched English yet: the lazy path itself.
  it('gives Danish until the English file has arrived, then renders the waiting widget again in English', async () => {
    let renders = 0;
    const host = { requestUpdate: () => void (renders += 1) };
    expect(messagesFor('en', host)).to.equal(da);
    en = await loadMessages('en');
    expect(en.languageTag).to.match(/^en/);
    expect(renders).to.equal(1);
    expect(messagesFor('en', host)).to.equal(en);
    expect(renders, 'no second render once it is here').to.equal(1);
  });

  it("a widget's own catalogue: Danish at once, English on first use, and fetched with the provider's English", async () => {
    let fetches = 0;
    const copy = defineCopy({ title: 'Kontaktlog' }, () => Promise.resolve({ title: 'Contact log' }).finally(() => void (fetches += 1)));
    let renders = 0;
    const host = { requestUpdate: () => void (renders += 1) };
    expect(copy.for('da', host).title).to.equal('Kontaktlog');
    expect(fetches, 'Danish fetches nothing').to.equal(0);
    await loadMessages('en');
    expect(fetches, "the provider's English fetch takes every catalogue's").to.equal(1);
    expect(copy.for('en', host).title).to.equal('Contact log');
    expect(renders, 'it was there before the widget asked').to.equal(0);

    const later = defineCopy({ title: 'Netværksmøde' }, () => Promise.resolve({ title: 'Network meeting' }));
    expect(later.for('en', host).title, 'Danish until it has arrived').to.equal('Netværksmøde');
    await later.load('en');
    expect(renders, 'then the widget renders again').to.equal(1);
    expect(later.for('en', host).title).to.equal('Network meeting');
  });

  it('offers a retry only for failures that can pass, and words refusals for staff and the young person apart', () => {
    const http = (status: number) => new HttpError(route, status);
    expect([401, 403, 404, 400, 422, 408, 429, 500, 503].map((status) => [status, canRetry(http(status))])).to.deep.equal([
      [401, true],
      [403, false],
      [404, false],
      [400, false],
      [422, false],
      [408, true],
      [429, true],
      [500, true],
      [503, true],
    ]);
    expect(canRetry(new NetworkError(route)) && canRetry(new TimeoutError(route, 10)) && canRetry(new ResponseValidationError(route, []))).to.equal(true);
    // The same rule decides a failed save: a conflict is re-applied on top of the other version, so
    // saving again helps; a plan edit whose part someone removed meanwhile fails the same way again.
    expect([409, 412].map((status) => canRetry(new ConflictError(route, status, undefined)))).to.deep.equal([true, true]);
    expect(canRetry(new PlanEditOverlapError('e-1')), 'saving mine over theirs is a choice').to.equal(true);
    expect(canRetry(new PlanEditTargetGoneError('e-1'))).to.equal(false);
    expect(describeError(http(403), da, 'youth')).to.equal(da.errors.accessDenied);
    expect(describeError(http(403), da, 'staff')).to.equal(da.errors.staffAccessDenied);
    expect(describeError(http(404), da, 'youth')).to.equal(da.errors.notFound);
    expect(describeError(http(404), da, 'staff')).to.equal(da.errors.staffNotFound);
    expect(describeError(http(400), da), 'a refusal does not say "try again in a moment"').to.equal(da.errors.refused);
  });

  it('reads the fields a refused request names, and nothing from any other failure', () => {
    const errors = [{ path: 'efforts[1].how', code: 'too_big' }];
    const refused = (status: number) => new HttpError('PUT /courses/{courseId}/plan', status, { status, errors });
    expect(refusedFields(refused(400))).to.deep.equal(errors);
    expect(refusedFields(refused(422))).to.deep.equal(errors);
    expect(refusedFields(new HttpError(route, 400))).to.deep.equal([]);
    expect(
      [refused(403), refused(500), new ConflictError(route, 412, { status: 412, errors }), new NetworkError(route), null].map(refusedFields),
    ).to.deep.equal([[], [], [], [], []]);
  });

  it('picks the element lang, then the provider, then Danish', () => {
    expect(pickLocale('en-GB', 'da')).to.equal('en');
    expect(pickLocale(null, 'en')).to.equal('en');
    expect(pickLocale('fr', undefined)).to.equal('da');
    expect(pickLocale('', undefined)).to.equal('da');
  });

  it('maps each kind of error to one sentence', () => {
    const sentences = [
      new NetworkError(route),
      new TimeoutError(route, 10_000),
      new HttpError(route, 401),
      new HttpError(route, 403),
      new HttpError(route, 404),
      new HttpError(route, 503),
      new HttpError(route, 418),
      new ResponseValidationError(route, [{ path: 'person', code: 'invalid_type' }]),
      new ConflictError(route, 412, undefined),
      new Error('boom'),
      'not even an error',
    ].map((error) => describeError(error, da));
    expect(sentences).to.deep.equal([
      da.errors.network,
      da.errors.timeout,
      da.errors.signedOut,
      da.errors.accessDenied,
      da.errors.notFound,
      da.errors.server,
      // A refusal of the request itself (418 here): "try again in a moment" would never help (issue #12).
      da.errors.refused,
      da.errors.validation,
      da.errors.conflict,
      da.errors.unknown,
      da.errors.unknown,
    ]);
    expect(new Set(Object.values(da.errors)).size, 'every kind has its own sentence').to.equal(Object.keys(da.errors).length);
  });

  it('writes opening hours the Danish way', () => {
    expect(formatWeeklyHours({ days: [1, 2, 3, 4, 5], from: '08:30', to: '15:30' }, da)).to.equal('man–fre 8.30–15.30');
    expect(formatWeekdays([2, 4], da)).to.equal('tir og tor');
    expect(formatWeekdays([1, 2, 4, 5, 6], da)).to.equal('man, tir og tor–lør');
    expect(formatWeeklyHours({ days: [6, 7], from: '10:00', to: '12:00' }, en)).to.equal('Sat and Sun 10:00–12:00');
  });

  it('formats calendar dates without time-zone drift', () => {
    expect(formatDate('2027-03-28', da)).to.equal('28. marts 2027');
    expect(formatDate('2026-10-25', en)).to.equal('25 October 2026');
  });
});
