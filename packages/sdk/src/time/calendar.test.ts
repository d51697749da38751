import { expect } from '@open-wc/testing';
import { addMonths, danishDateTime, daysBetween } from './calendar.js';

describe('calendar', () => {
  it('gives Danish wall-clock times the offset of their own day, summer or winter', () => {
    expect(danishDateTime('2026-06-27', '10:00')).to.equal('2026-06-27T10:00:00+02:00');
    expect(danishDateTime('2026-11-27', '10:00')).to.equal('2026-11-27T10:00:00+01:00');
    // The hour before each switch: still the old offset (the switch is at 02.00 in March, 03.00 in October).
    expect(danishDateTime('2026-03-29', '01:30')).to.equal('2026-03-29T01:30:00+01:00');
    expect(danishDateTime('2026-10-25', '01:30')).to.equal('2026-10-25T01:30:00+02:00');
    expect(danishDateTime('2026-03-29', '03:30')).to.equal('2026-03-29T03:30:00+02:00');
    expect(danishDateTime('2026-10-25', '03:30')).to.equal('2026-10-25T03:30:00+01:00');
    expect(danishDateTime('2026-03-29', '12:00')).to.equal('2026-03-29T12:00:00+02:00'); // the day summer time starts
    expect(danishDateTime('2026-10-25', '12:00')).to.equal('2026-10-25T12:00:00+01:00'); // the day it ends
  });

  it('counts calendar days across a DST switch without drift', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).to.equal(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).to.equal(2);
  });

  it('adds months, clamping to the end of a shorter month (aftercare: six months after the course)', () => {
    expect(addMonths('2026-08-31', 6)).to.equal('2027-02-28');
    expect(addMonths('2027-08-31', 6)).to.equal('2028-02-29');
  });
});
