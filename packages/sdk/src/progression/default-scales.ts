import type { AnchoredScale, MeasuredScale, ScaleSet } from '../schemas/progression.js';

/** The id of the scale set shipped with the SDK and seeded on the reference server. */
export const DEFAULT_SCALE_SET_ID = 'default-scales';

type Pair = readonly [da: string, en: string];

// The step texts speak to the young person in the first person, in words a 16-year-old uses:
// they rate themselves on the same steps the professional does, and seed 003 says the
// municipality's standard wording is for the system, not for them.
function anchored(id: string, title: Pair, description: Pair, steps: readonly Pair[]): AnchoredScale {
  return {
    id,
    kind: 'anchored',
    title: { da: title[0], en: title[1] },
    description: { da: description[0], en: description[1] },
    inDefaultSet: true,
    steps: steps.map(([da, en]) => ({ text: { da, en } })),
  };
}

/** Attendance is counted, not judged, so it is a share of the agreed activities (seed 001 §4: fremmøde). */
const attendance: MeasuredScale = {
  id: 'attendance',
  kind: 'measured',
  title: { da: 'Fremmøde', en: 'Attendance' },
  description: { da: 'Hvor mange af de aftalte aktiviteter du kom til.', en: 'How many of the agreed activities you came to.' },
  inDefaultSet: true,
  unit: '%',
  min: 0,
  max: 100,
};

/**
 * The default progression scales (domain.md, Widget 3): the small progression of seed 001 §4
 * (fremmøde, impulskontrol, mestring), the citizen goals of UngiFokus (seed 002 §3.1: stability
 * and structure, belief in own abilities, well-being and life coping, network) and what seed 003
 * finds raises the chance of a job or education (health and everyday coping, cooperation, belief
 * in managing a job). Data, not code: a municipality may replace the set with a later version.
 */
export const defaultScaleSet: ScaleSet = {
  id: DEFAULT_SCALE_SET_ID,
  version: 1,
  scales: [
    attendance,
    anchored(
      'impulse-control',
      ['Impulskontrol', 'Impulse control'],
      ['At tænke, før du handler.', 'Thinking before you act.'],
      [
        ['Jeg gør tit ting, jeg fortryder', 'I often do things I regret'],
        ['Jeg bliver hurtigt vred og handler med det samme', 'I get angry fast and act at once'],
        ['Nogle gange kan jeg stoppe mig selv', 'Sometimes I can stop myself'],
        ['Jeg kan stoppe mig selv, hvis nogen hjælper', 'I can stop myself if someone helps'],
        ['Jeg stopper mig selv cirka hver anden gang', 'I stop myself about half the time'],
        ['Jeg tænker mig oftere om', 'I think first more often'],
        ['Jeg stopper mig selv de fleste gange', 'I stop myself most times'],
        ['Jeg styrer mig, også når jeg er presset', 'I stay in control even under pressure'],
        ['Jeg fortryder sjældent det, jeg gør', 'I rarely regret what I do'],
        ['Jeg styrer mine reaktioner, også når det er svært', 'I control how I react, even when it is hard'],
      ],
    ),
    anchored(
      'everyday-coping',
      ['Hverdagsmestring', 'Everyday coping'],
      ['Struktur og rytme i din dag.', 'Structure and rhythm in your day.'],
      [
        ['Mine dage har ingen fast rytme', 'My days have no rhythm at all'],
        ['Jeg sover om dagen og er vågen om natten', 'I sleep by day and stay up at night'],
        ['Jeg kommer op, hvis nogen vækker mig', 'I get up if someone wakes me'],
        ['Jeg klarer få faste ting med hjælp', 'I manage a few fixed things with help'],
        ['Jeg har faste tider nogle dage', 'I keep fixed times on some days'],
        ['Jeg står selv op de fleste dage', 'I get up on my own most days'],
        ['Jeg klarer mad, vasketøj og aftaler med lidt hjælp', 'I handle meals, laundry and plans with a little help'],
        ['Jeg har en fast rytme det meste af ugen', 'I keep a steady rhythm most of the week'],
        ['Jeg planlægger selv min uge', 'I plan my own week'],
        ['Jeg får min hverdag til at hænge sammen selv', 'I make my everyday life work on my own'],
      ],
    ),
    anchored(
      'health-coping',
      ['Helbredsmestring', 'Health coping'],
      ['At passe på din krop og dit helbred.', 'Looking after your body and health.'],
      [
        ['Jeg ved ikke, hvordan jeg passer på mig selv', "I don't know how to look after myself"],
        ['Jeg går ikke til læge, selv når jeg burde', "I don't see a doctor even when I should"],
        ['Jeg taler om mit helbred, hvis nogen spørger', 'I talk about my health if someone asks'],
        ['Jeg går til læge, hvis en voksen tager med', 'I see a doctor if an adult comes along'],
        ['Jeg passer min behandling en gang imellem', 'I follow my treatment now and then'],
        ['Jeg ved, hvad der får mig til at have det bedre', 'I know what makes me feel better'],
        ['Jeg passer min behandling det meste af tiden', 'I follow my treatment most of the time'],
        ['Jeg sover, spiser og bevæger mig nogenlunde fast', 'I sleep, eat and move fairly regularly'],
        ['Jeg siger selv til, når jeg har brug for hjælp', 'I ask for help myself when I need it'],
        ['Jeg passer godt på mit helbred', 'I take good care of my health'],
      ],
    ),
    anchored(
      'stability',
      ['Stabilitet', 'Stability'],
      ['Ro og faste rammer i dit liv.', 'Calm and steady ground in your life.'],
      [
        ['Alt i mit liv skifter hele tiden', 'Everything in my life keeps changing'],
        ['Jeg ved ikke, hvor jeg skal bo eller være', "I don't know where I will live or stay"],
        ['Der sker tit store ting, jeg ikke kan styre', "Big things I can't control happen often"],
        ['Nogle få ting er faste', 'A few things are steady'],
        ['Jeg har et fast sted at bo', 'I have a steady place to live'],
        ['De fleste uger ligner hinanden', 'Most weeks are alike'],
        ['Jeg har aftaler, jeg kan regne med', 'I have plans I can count on'],
        ['Jeg klarer det, når noget uventet sker', 'I cope when something unexpected happens'],
        ['Mit liv er roligt det meste af tiden', 'My life is calm most of the time'],
        ['Mit liv er stabilt, og jeg ved, hvad der skal ske', 'My life is stable and I know what comes next'],
      ],
    ),
    anchored(
      'self-belief',
      ['Tro på egne evner', 'Belief in own abilities'],
      ['At tro på, at du kan noget.', 'Believing you can do things.'],
      [
        ['Jeg tror ikke, jeg kan noget', "I don't think I can do anything"],
        ['Jeg giver op, før jeg prøver', 'I give up before I try'],
        ['Jeg prøver kun, hvis nogen presser på', 'I only try if someone pushes'],
        ['Jeg tør prøve små ting', 'I dare try small things'],
        ['Nogle gange tror jeg, jeg kan klare det', 'Sometimes I believe I can do it'],
        ['Jeg kan se ting, jeg er god til', 'I can see things I am good at'],
        ['Jeg prøver igen, når noget går galt', 'I try again when something goes wrong'],
        ['Jeg tror på, at jeg kan lære nye ting', 'I believe I can learn new things'],
        ['Jeg tør sige ja til nye opgaver', 'I dare say yes to new tasks'],
        ['Jeg stoler på, at jeg kan klare det, jeg vil', 'I trust I can do what I set out to do'],
      ],
    ),
    anchored(
      'well-being',
      ['Trivsel og livsmestring', 'Well-being and life coping'],
      ['Hvordan du har det, og hvordan du klarer op og ned.', 'How you feel and handle ups and downs.'],
      [
        ['Jeg har det meget dårligt', 'I feel very bad'],
        ['Jeg har det dårligt de fleste dage', 'I feel bad most days'],
        ['Jeg har sjældent en god dag', 'I rarely have a good day'],
        ['Jeg har nogle gode dage', 'I have some good days'],
        ['Jeg har lige mange gode og dårlige dage', 'My good and bad days are about even'],
        ['Jeg har flere gode end dårlige dage', 'I have more good days than bad'],
        ['Jeg ved, hvad der hjælper, når det er svært', 'I know what helps when things are hard'],
        ['Jeg har det godt det meste af tiden', 'I feel good most of the time'],
        ['Jeg kommer hurtigt over dårlige dage', 'I get over bad days quickly'],
        ['Jeg har det godt og klarer livets op og ned', "I feel good and handle life's ups and downs"],
      ],
    ),
    anchored(
      'network',
      ['Netværk og fællesskaber', 'Network and communities'],
      ['Folk og fællesskaber uden for systemet.', 'People and communities outside the system.'],
      [
        ['Jeg har ingen at være sammen med', 'I have nobody to be with'],
        ['Jeg ser kun min familie eller fagfolk', 'I only see family or professionals'],
        ['Jeg har kontakt med en enkelt ven', 'I am in touch with one friend'],
        ['Jeg har nogle få, jeg kan ringe til', 'I have a few people I can call'],
        ['Jeg er med i noget en gang imellem', 'I join something now and then'],
        ['Jeg går til noget fast, fx sport eller klub', 'I go to something regularly, like sport or a club'],
        ['Jeg har venner, jeg ser hver uge', 'I have friends I see every week'],
        ['Jeg føler mig som en del af et fællesskab', 'I feel part of a community'],
        ['Jeg har flere fællesskaber og folk at støtte mig til', 'I have several communities and people to lean on'],
        ['Jeg har et godt netværk og hjælper også andre', 'I have a good network and help others too'],
      ],
    ),
    anchored(
      'cooperation',
      ['Samarbejdsevne', 'Ability to cooperate'],
      ['At arbejde sammen med andre.', 'Working together with others.'],
      [
        ['Jeg kan ikke arbejde sammen med andre', 'I cannot work with others'],
        ['Jeg trækker mig, når jeg skal være sammen med andre', 'I pull back when I have to be with others'],
        ['Jeg samarbejder kun med dem, jeg kender godt', 'I only work with people I know well'],
        ['Jeg kan samarbejde lidt tid ad gangen', 'I can work with others for short spells'],
        ['Jeg kan samarbejde, når opgaven er klar', 'I can work with others when the task is clear'],
        ['Jeg kan sige til og fra', 'I can say yes and no to others'],
        ['Jeg kan samarbejde med nye mennesker', 'I can work with new people'],
        ['Jeg kan løse uenigheder uden at gå', 'I can sort out disagreements without leaving'],
        ['Andre kan regne med mig i en gruppe', 'Others can count on me in a group'],
        ['Jeg samarbejder godt, også når det er svært', 'I work well with others, even when it is hard'],
      ],
    ),
    anchored(
      'job-belief',
      ['Tro på job eller uddannelse', 'Belief in a job or education'],
      ['At tro på, at du kan klare et job eller en uddannelse.', 'Believing you can manage a job or education.'],
      [
        ['Jeg tror ikke, jeg kan klare job eller skole', "I don't think I can manage a job or school"],
        ['Jeg tør ikke tænke på job eller skole', "I don't dare think about a job or school"],
        ['Måske en dag, men ikke nu', 'Maybe one day, but not now'],
        ['Jeg kan forestille mig at prøve noget', 'I can imagine trying something'],
        ['Jeg vil gerne prøve en praktik eller et kort forløb', 'I would like to try an internship or a short course'],
        ['Jeg ved, hvad jeg gerne vil arbejde med', 'I know what work I would like'],
        ['Jeg tror, jeg kan klare det med støtte', 'I believe I can manage with support'],
        ['Jeg har prøvet det og klaret det', 'I have tried it and managed'],
        ['Jeg tror, jeg kan klare det næsten selv', 'I believe I can manage almost on my own'],
        ['Jeg er sikker på, at jeg kan klare det', 'I am sure I can manage it'],
      ],
    ),
  ],
};
