import { offerForYouth, offerListForYouth, operations } from '@ungeforlob/sdk';
import { Hono, type Context } from 'hono';
import { forAudience } from '../auth/youth-view.js';
import { shownTo } from '../auth/shown-to.js';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { requireWritePrecondition, staleVersionResponse } from '../http/entity-tag.js';
import { ProblemError, problems } from '../http/problems.js';
import { parseBody, parsePathId, readJsonBody } from '../http/request-validation.js';
import { refuseOtherMethods, serve } from '../http/serve.js';
import { findOffer, findOffers, writeOffer, type VersionedOffer } from '../offer/offer-queries.js';

type SaveOutcome = { kind: 'saved'; current: VersionedOffer } | { kind: 'stale'; current: VersionedOffer | null };

/**
 * `GET /offers`, `GET` and `PUT /offers/{offerId}`: the municipality's offer catalogue
 * (tilbudsvifte). Everyone signed in reads it; a young person gets the active offers in plain words
 * (the SDK's `offerListForYouth`). An offer administrator adds and changes offers with
 * If-None-Match / If-Match; every change is kept with who made it (`offer_changes`). The catalogue
 * holds no one's personal data, so reading it is not audited.
 */
export function offerRoutes(db: Database): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  serve(app, operations.listOffers, async (c) => c.json(forAudience(c.get('principal'), { offers: await findOffers(db) }, offerListForYouth)));

  serve(app, operations.getOffer, async (c) => {
    const found = await findOffer(db, parsePathId(c, 'offerId'));
    // Through the catalogue's rule: a young person is not shown a retired offer, so for them it is not there.
    const shown = found && shownOffer(c, found);
    if (!shown) throw new ProblemError(problems.notFound('There is no offer with this id.'));
    return c.json(shown.body, 200, { ETag: shown.etag });
  });

  serve(app, operations.saveOffer, async (c) => {
    const offerId = parsePathId(c, 'offerId');
    const precondition = requireWritePrecondition(c);
    const input = parseBody(operations.saveOffer.request, await readJsonBody(c));
    if (input.id !== offerId) {
      throw new ProblemError(problems.invalidRequest("The offer's id is not the path's.", [{ path: 'id', code: 'id_mismatch' }]));
    }
    const by = { actor: c.get('actor'), requestId: c.get('requestId') };
    const outcome = await db.transaction(async (tx): Promise<SaveOutcome> => {
      const written = await writeOffer(tx, input, precondition, by, new Date());
      return written ? { kind: 'saved', current: written } : { kind: 'stale', current: await findOffer(tx, offerId) };
    });
    if (outcome.kind === 'stale') {
      return staleVersionResponse(c, outcome.current && shownOffer(c, outcome.current), {
        changed: 'The offer changed since the version in If-Match, or exists already. `current` is the version now stored.',
        gone: 'There is no offer with this id: add it with If-None-Match: *.',
      });
    }
    // Only offer administrators write, and they are shown the whole entry.
    const { body, etag } = shownTo(c, versioned(outcome.current), offerForYouth);
    return c.json(body, precondition.kind === 'create' ? 201 : 200, { ETag: etag });
  });

  refuseOtherMethods(app, operations.listOffers.route, operations.getOffer.route);
  return app;
}

function versioned(current: VersionedOffer) {
  return { version: current.version, resource: current.offer };
}

/** The offer as the caller is shown it, with its tag; null for a young person when it is retired (the catalogue's rule). */
function shownOffer(c: Context<AppEnv>, current: VersionedOffer) {
  const [visible] = forAudience(c.get('principal'), { offers: [current.offer] }, offerListForYouth).offers;
  return visible ? shownTo(c, versioned(current), offerForYouth) : null;
}
