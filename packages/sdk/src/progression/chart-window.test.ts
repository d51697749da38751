import { expect } from '@open-wc/testing';
import type { CourseProgression } from '../schemas/progression.js';
import { chartWindow, progressionWindow } from './chart-window.js';

describe('chartWindow', () => {
  it('spans the earliest to the latest date, in any order', () => {
    expect(chartWindow(['2026-05-01', '2026-01-10', '2026-12-24'], '2026-11-23')).to.deep.equal({ from: '2026-01-10', to: '2026-12-24' });
  });

  it('reaches today when the course has gone quiet, so the quiet weeks show', () => {
    expect(chartWindow(['2026-03-01', '2026-06-01'], '2026-11-23')).to.deep.equal({ from: '2026-03-01', to: '2026-11-23' });
  });

  it('is only today without any dates', () => {
    expect(chartWindow([], '2026-11-23')).to.deep.equal({ from: '2026-11-23', to: '2026-11-23' });
  });

  it("covers a course's readings and annotations alike", () => {
    const progression = { readings: [{ date: '2026-04-01' }], annotations: [{ date: '2026-02-01' }] } as unknown as CourseProgression;
    expect(progressionWindow(progression, '2026-11-23')).to.deep.equal({ from: '2026-02-01', to: '2026-11-23' });
  });
});
