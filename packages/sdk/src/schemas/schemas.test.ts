import { expect } from '@open-wc/testing';
import { Id } from './common.js';
import { Appointment, StaffPerson, WeeklyHours } from './contact.js';

const person = (photoUrl: string) => ({ id: 's-1', name: 'Jonas Kragh', photoUrl });

describe('StaffPerson.photoUrl', () => {
  it('takes https URLs and paths on the page’s own origin', () => {
    expect(StaffPerson.safeParse(person('https://kommune.example/foto/jk.jpg')).success).to.equal(true);
    expect(StaffPerson.safeParse(person('/foto/jk.jpg')).success).to.equal(true);
  });

  it('refuses everything that would reach another origin or run', () => {
    for (const url of [
      '//tracker.example/x.png',
      '/\\\\tracker.example/x.png',
      'http://kommune.example/x.jpg',
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      'https://x.example/a"onerror="b',
    ]) {
      expect(StaffPerson.safeParse(person(url)).success, url).to.equal(false);
    }
  });
});

describe('Id', () => {
  it('refuses anything shaped like a CPR number', () => {
    for (const id of ['0101901234', '010190-1234']) expect(Id.safeParse(id).success, id).to.equal(false);
    expect(Id.safeParse('c-4f2a91').success).to.equal(true);
  });
});

describe('time spans', () => {
  it('refuses opening hours that end before they start, naming the field', () => {
    const parsed = WeeklyHours.safeParse({ days: [1], from: '15:30', to: '08:30' });
    expect(parsed.success).to.equal(false);
    expect(parsed.error?.issues[0]?.path).to.deep.equal(['to']);
    expect(WeeklyHours.safeParse({ days: [1], from: '08:30', to: '15:30' }).success).to.equal(true);
  });

  it('refuses an appointment that ends before it starts', () => {
    const appointment = { start: '2026-11-27T10:00:00+01:00', channel: 'walk' };
    expect(Appointment.safeParse({ ...appointment, end: '2026-11-27T09:00:00+01:00' }).success).to.equal(false);
    expect(Appointment.safeParse({ ...appointment, end: '2026-11-27T11:00:00+01:00' }).success).to.equal(true);
    expect(Appointment.safeParse(appointment).success).to.equal(true);
  });
});

describe('PlanUpdate', () => {
  it('refuses an effort that ends before it starts, as the stored Effort does, so a server never stores what it cannot serve', async () => {
    const { PlanUpdate } = await import('./plan.js');
    const { buildSeed } = await import('../seed/index.js');
    const { changedAt: _stamp, ...effort } = buildSeed('2026-11-23').plans['c-4f2a91']!.efforts[0]!;
    const update = { lifeGoal: { text: 'Tømrer', dreams: [] }, goals: [], notes: [], efforts: [{ ...effort, end: '2020-01-01' }] };
    const parsed = PlanUpdate.safeParse(update);
    expect(parsed.success).to.equal(false);
    expect(parsed.error?.issues[0]?.path).to.deep.equal(['efforts', 0, 'end']);
  });
});
