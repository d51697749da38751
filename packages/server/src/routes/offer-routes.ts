import { offerListForYouth, operations } from '@ungeforlob/sdk';
import { Hono } from 'hono';
import { forAudience } from '../auth/youth-view.js';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError, problems } from '../http/problems.js';
import { parsePathId } from '../http/request-validation.js';
import { refuseOtherMethods, serve } from '../http/serve.js';
import { findOffer, findOffers } from '../offer/offer-queries.js';

/**
 * `GET /offers` and `GET /offers/{offerId}`: the municipality's offer catalogue (tilbudsvifte).
 * Everyone signed in reads it; a young person gets the active offers in plain words (the SDK's
 * `offerListForYouth`). The catalogue holds no one's personal data, so reading it is not audited.
 */
export function offerRoutes(db: Database): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  serve(app, operations.listOffers, async (c) => c.json(forAudience(c.get('principal'), { offers: await findOffers(db) }, offerListForYouth)));

  serve(app, operations.getOffer, async (c) => {
    const offer = await findOffer(db, parsePathId(c, 'offerId'));
    // Through the catalogue's rule: a young person is not shown a retired offer, so for them it is not there.
    const [shown] = forAudience(c.get('principal'), { offers: offer ? [offer] : [] }, offerListForYouth).offers;
    if (!shown) throw new ProblemError(problems.notFound('There is no offer with this id.'));
    return c.json(shown);
  });

  refuseOtherMethods(app, operations.listOffers.route, operations.getOffer.route);
  return app;
}
