import type { Id, IsoDate } from '../schemas/common.js';
import type { SharedNeed } from '../schemas/needs-bank.js';
import { addDays, danishDateTime } from '../time/calendar.js';
import { units } from './people.js';

// Needs shared to the needs bank (behovsbank), in the young people's own words. Team Nord's
// professionals see Freja's (Team Syd), and Team Syd's see Amalie's (Team Nord), which already has
// a proposal from another team waiting for the contact person's decision; Freja's
// earlier need was met otherwise, so its proposal was declined and the need closed.

const health = { id: 'u-sundhed', name: 'Ungesundhed, Fjordby Kommune' };

export function buildNeeds(today: IsoDate, courses: { steady: Id; manyHandovers: Id }): Record<Id, SharedNeed[]> {
  const at = (offset: number, time = '10:00') => danishDateTime(addDays(today, offset), time);
  return {
    [courses.steady]: [
      {
        id: 'n-s1',
        goalId: 'g-s3',
        goalKind: 'coping',
        text: 'Jeg har svært ved at komme op om morgenen. Jeg vil gerne have hjælp til at få en fast rytme.',
        agreedOn: addDays(today, -6),
        status: 'open',
        version: 1,
        sharedAt: at(-6),
        sharedBy: 'Jonas Kragh',
        changedAt: at(-6),
        proposals: [
          {
            id: 'p-s1a',
            offer: { id: 'o-soevn', name: 'Søvnforløb for unge', kind: 'sleepCourse' },
            unit: health,
            person: 'Hanne, sundhedsplejerske i Ungesundhed',
            how: 'Seks samtaler om søvn og morgener, og en plan du selv lægger',
            when: 'Torsdage kl. 14, fra om to uger',
            start: addDays(today, 14),
            from: 'Peter Nørgaard',
            at: at(-3, '13:20'),
            status: 'open',
            decision: null,
          },
        ],
      },
    ],
    [courses.manyHandovers]: [
      {
        id: 'n-h1',
        goalId: 'g-h2',
        goalKind: 'community',
        text: 'Jeg vil gerne gå med i en hundeklub, men jeg tør ikke komme alene første gang.',
        agreedOn: addDays(today, -2),
        status: 'open',
        version: 1,
        sharedAt: at(-2),
        sharedBy: 'Peter Nørgaard',
        changedAt: at(-2),
        proposals: [],
      },
      {
        id: 'n-h0',
        goalId: 'g-h1',
        goalKind: 'job',
        text: 'Jeg vil gerne have et fritidsjob, hvor jeg er sammen med dyr.',
        agreedOn: addDays(today, -20),
        status: 'closed',
        version: 2,
        sharedAt: at(-20),
        sharedBy: 'Peter Nørgaard',
        changedAt: at(-12),
        proposals: [
          {
            id: 'p-h0a',
            offer: { id: 'o-fritidsjob', name: 'Hjælp til fritidsjob', kind: 'sparetimeJob' },
            unit: units.youth,
            person: 'Ali Bakir, Ungeindsatsen',
            how: 'Vi finder sammen en dyrehandel eller en rideskole, der vil have en fritidsansat',
            when: 'Første møde i næste uge',
            from: 'Ali Bakir',
            at: at(-15, '09:40'),
            status: 'declined',
            decision: {
              outcome: 'declined',
              at: at(-12),
              by: 'Peter Nørgaard',
              reason: 'Jobcentret har fundet en praktik i en dyrehandel; den vil Freja hellere',
            },
          },
        ],
      },
    ],
  };
}
