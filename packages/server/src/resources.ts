import type { Seed } from '@ungeforlob/sdk/seed';
import type { Hono } from 'hono';
import { seedContactLogsIfEmpty } from './contact-log/contact-log-queries.js';
import type { Database } from './db/database.js';
import { initialSchema } from './db/migrations/001-initial-schema.js';
import { planSchema } from './db/migrations/002-plans.js';
import { questionnaireSchema } from './db/migrations/003-questionnaires.js';
import { progressionSchema } from './db/migrations/004-progression.js';
import { accessSchema } from './db/migrations/005-access.js';
import { offerSchema } from './db/migrations/006-offers.js';
import { offerAdministrationSchema } from './db/migrations/007-offer-administration.js';
import { leaderSchema } from './db/migrations/008-leaders.js';
import { needsBankSchema } from './db/migrations/009-needs-bank.js';
import { contactLogSchema } from './db/migrations/010-contact-log.js';
import { networkMeetingSchema } from './db/migrations/011-network-meetings.js';
import type { Migration } from './db/migrations/migration.js';
import type { AppEnv } from './http/app-env.js';
import { seedMeetingsIfEmpty } from './network-meeting/meeting-queries.js';
import { accessRoutes } from './routes/access-routes.js';
import { contactLogRoutes } from './routes/contact-log-routes.js';
import { contactRoutes } from './routes/contact-routes.js';
import { fhirRoutes } from './routes/fhir-routes.js';
import { needsBankRoutes } from './routes/needs-bank-routes.js';
import { networkMeetingRoutes } from './routes/network-meeting-routes.js';
import { offerRoutes } from './routes/offer-routes.js';
import { planRoutes } from './routes/plan-routes.js';
import { progressionRoutes } from './routes/progression-routes.js';
import { questionnaireRoutes } from './routes/questionnaire-routes.js';
import {
  seedAccessIfEmpty,
  seedCoursesIfEmpty,
  seedNeedsIfEmpty,
  seedOfferCatalogue,
  seedPlansIfEmpty,
  seedProgressionIfEmpty,
  seedQuestionnairesIfEmpty,
} from './seed/seed-database.js';

/** What the server needs of one resource of the contract. */
export interface ServerResource {
  /** Its routes, mounted under the API's base path; `serve()` holds each to its operation in the contract. */
  readonly routes: (db: Database) => Hono<AppEnv>;
  /** The migrations of its tables. Versions are unique across every resource and applied in their order. */
  readonly migrations: readonly Migration[];
  /** Fills its tables from the SDK's seed when they are empty (the demo); true when it wrote. */
  readonly seed?: (db: Database, seed: Seed, options: { access: boolean }) => Promise<boolean>;
}

/**
 * The server's one list of resources: registering one here mounts its routes, migrates its tables
 * and seeds them, and nothing else need change (docs/adding-a-widget.md). In seeding order: the
 * courses come with the contacts, and every other part belongs to a course.
 */
export const resources: Readonly<Record<string, ServerResource>> = {
  contact: { routes: contactRoutes, migrations: [initialSchema], seed: seedCoursesIfEmpty },
  plan: { routes: planRoutes, migrations: [planSchema], seed: seedPlansIfEmpty },
  // Before the questionnaires: their reviews are of the catalogue's offers. Its table is theirs (003); 006 adds the entries.
  // The fictional catalogue only where the development issuer signs people in, as for access below.
  offers: {
    routes: offerRoutes,
    migrations: [offerSchema, offerAdministrationSchema],
    seed: (db, seed, { access }) => (access ? seedOfferCatalogue(db, seed) : Promise.resolve(false)),
  },
  questionnaire: { routes: questionnaireRoutes, migrations: [questionnaireSchema], seed: seedQuestionnairesIfEmpty },
  progression: { routes: progressionRoutes, migrations: [progressionSchema], seed: seedProgressionIfEmpty },
  // After the plans, whose goals the needs are for. The seed's needs have proposals of the
  // fictional catalogue's offers from the seed's users: only where the development issuer signs them in.
  needs: {
    routes: needsBankRoutes,
    migrations: [needsBankSchema],
    seed: (db, seed, { access }) => (access ? seedNeedsIfEmpty(db, seed) : Promise.resolve(false)),
  },
  // After the plans, as the needs bank: a course's contacts with the young person and the agreed rhythm.
  // The seed's logs are for the seed's courses that exist here, like their readings.
  contactLog: { routes: contactLogRoutes, migrations: [contactLogSchema], seed: seedContactLogsIfEmpty },
  // After the contacts, which a held meeting's handover changes: a course's network meetings. The
  // seed's contacts already are as its held meetings left them, so seeding applies no handover.
  meetings: { routes: networkMeetingRoutes, migrations: [networkMeetingSchema], seed: seedMeetingsIfEmpty },
  // A course as FHIR R4: read from the other resources' tables, with none of its own.
  fhir: { routes: fhirRoutes, migrations: [] },
  // Teams and sign-ins are seeded only where the development issuer signs people in.
  access: {
    routes: accessRoutes,
    migrations: [accessSchema, leaderSchema],
    seed: (db, seed, { access }) => (access ? seedAccessIfEmpty(db, seed) : Promise.resolve(false)),
  },
};
