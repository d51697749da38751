import { addDays, danishDateTime, type Effort, type Plan, type UfClient } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds } from '@ungeforlob/sdk/seed';

/** `<uf-plan>` as the plan benches drive it. */
export interface PlanElement extends HTMLElement {
  client: UfClient;
  now: Date;
  updateComplete: Promise<boolean>;
}

const UNITS = [
  { id: 'u-ungeindsats', name: 'Ungeindsatsen' },
  { id: 'u-jobcenter', name: 'Jobcenter' },
  { id: 'u-socialafd', name: 'Socialafdelingen' },
  { id: 'u-psykiatri', name: 'Børne- og ungdomspsykiatrien' },
  { id: 'u-fgu', name: 'FGU' },
  { id: 'u-fif', name: 'Idrætsforening' },
];
const STATUSES: Effort['status'][] = ['active', 'active', 'planned', 'paused', 'completed', 'stopped'];

/** The seeded calm plan with `count` efforts spread over six units and two years: the 200-effort case. */
export function planWithEfforts(today: string, count: number): Plan {
  const base = buildSeed(today).plans[seedCourseIds.steady]!;
  const goalIds = base.goals.map((goal) => goal.id);
  const efforts: Effort[] = Array.from({ length: count }, (_, index) => {
    const unit = UNITS[index % UNITS.length]!;
    const start = addDays(today, -400 + ((index * 7) % 500));
    return {
      id: `e-bench-${index}`,
      offer: { id: `o-bench-${index % 17}`, name: `Tilbud nr. ${index % 17}`, kind: `kind-${index % 17}` },
      unit,
      responsible: { name: `Medarbejder ${index % 23}`, unit },
      how: 'Møde hver anden uge og sms imellem',
      start,
      ...(index % 3 === 0 ? {} : { end: addDays(start, 60 + (index % 120)) }),
      status: STATUSES[index % STATUSES.length]!,
      goalIds: [goalIds[index % goalIds.length]!],
      nextAction:
        index % 4 === 0
          ? null
          : { text: `Opfølgning ${index}`, due: addDays(today, -10 + (index % 40)), responsible: { name: `Medarbejder ${index % 23}`, unit } },
      changedAt: danishDateTime(addDays(today, -(index % 90)), '10:00'),
    };
  });
  return { ...base, efforts };
}
