import type { Id, IsoDate } from '../schemas/common.js';
import type { Contact } from '../schemas/contact.js';
import type { NetworkMeeting, Participant } from '../schemas/network-meeting.js';
import { addDays, danishDateTime, daysBetween } from '../time/calendar.js';
import { units } from './people.js';

// Network meetings (netværksmøder, seed 004) on Freja's course: two held meetings whose decisions
// moved the plan (the job mentor's next action, then the social mentor's, with the handover to
// Peter at the second), and a third planned for next week, where Freja's own point comes first.

export function buildMeetings(today: IsoDate, courseId: Id, contact: Contact): Record<Id, NetworkMeeting[]> {
  const at = (offset: number, time: string) => danishDateTime(addDays(today, offset), time);
  const peter = { name: 'Peter Nørgaard', unit: units.jobcentre, staffId: 's-pn05' };
  const karin = { name: 'Karin Vestergaard', unit: units.social };
  const participants: Participant[] = [
    { id: 'pa-peter', role: 'coordinator', name: peter.name, unit: peter.unit },
    { id: 'pa-karin', role: 'professional', name: karin.name, unit: karin.unit },
    { id: 'pa-freja', role: 'youth', name: 'Freja Madsen' },
    { id: 'pa-mor', role: 'supporter', name: 'Hanne Madsen', relation: 'mor' },
  ];
  const held = (offset: number, fields: Pick<NetworkMeeting, 'id' | 'points' | 'decisions' | 'handover' | 'minutes'>): NetworkMeeting => ({
    ...fields,
    at: at(offset, '13:00'),
    where: 'Ungehuset, Havnegade 4',
    status: 'held',
    participants,
    courseId,
    version: 2,
    changedAt: at(offset, '15:00'),
    changedBy: peter.name,
  });
  return {
    [courseId]: [
      {
        id: 'm-h3',
        at: at(7, '10:00'),
        where: 'Ungehuset, Havnegade 4',
        status: 'planned',
        participants,
        points: [
          { id: 'pt-h3a', from: 'youth', text: 'Jeg forstår ikke, hvorfor jeg har to mentorer.' },
          { id: 'pt-h3b', from: 'professional', text: 'Aftale, hvem der følger op på praktikken.' },
        ],
        decisions: [],
        handover: null,
        minutes: null,
        courseId,
        version: 1,
        changedAt: at(-2, '09:00'),
        changedBy: peter.name,
      },
      // Held on the day Peter took over, so the minutes' "fra i dag" and the handover's date agree.
      held(daysBetween(today, contact.contactSince), {
        id: 'm-h2',
        points: [{ id: 'pt-h2a', from: 'youth', text: 'Jeg vil gerne gå i en hundeklub, men ikke alene.' }],
        decisions: [
          {
            id: 'd-h2a',
            action: 'Følge Freja til hundeklubben',
            how: 'Karin går med første gang og bliver, til Freja er tryg',
            owner: karin,
            due: addDays(today, 9),
            effortId: 'e-h2',
            status: 'agreed',
            inPlan: true,
            followUp: 'open',
          },
        ],
        handover: { to: contact.person, unit: contact.unit, channels: contact.channels, on: contact.contactSince },
        minutes: {
          text: 'Peter er din nye kontaktperson fra i dag. Karin går med dig til hundeklubben første gang. Vi ses igen om fem uger.',
          sharedWithYouth: true,
        },
      }),
      held(-40, {
        id: 'm-h1',
        points: [{ id: 'pt-h1a', from: 'youth', text: 'Jeg vil gerne arbejde med dyr.' }],
        decisions: [
          {
            id: 'd-h1a',
            action: 'Finde praktiksteder',
            how: 'Peter finder tre dyrehandler, Freja vælger',
            owner: peter,
            due: addDays(today, -2),
            effortId: 'e-h1',
            status: 'agreed',
            inPlan: true,
            followUp: 'open',
          },
        ],
        handover: null,
        minutes: { text: 'Freja vil arbejde med dyr. Peter finder praktiksteder i dyrehandler.', sharedWithYouth: true },
      }),
    ],
  };
}
