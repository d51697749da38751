import { routes } from '../client/api-paths.js';
import { Offer, OfferInput, OfferList } from '../schemas/offer.js';
import type { OpenApiParts, ResourceDocs } from './openapi-parts.js';

/** The offer catalogue's routes of the OpenAPI document (issue #16). */
export function offerDocs({ ref, opaqueId, etag, currentEtag, problem }: OpenApiParts): ResourceDocs {
  const offerId = { name: 'offerId', in: 'path', required: true, description: "The offer's opaque id, e.g. `o-fgu`.", schema: opaqueId };
  return {
    schemas: [
      [
        Offer,
        {
          id: 'Offer',
          description:
            "One offer of the municipality's catalogue (tilbudsvifte). A young person is sent it without `legalBasis`, `capacityNote` and `audience.situation`.",
        },
      ],
      [
        OfferInput,
        {
          id: 'OfferInput',
          description: "An offer as an offer administrator writes it: the entry without `changedAt`, which the server sets. `id` must be the path's.",
        },
      ],
      [OfferList, { id: 'OfferList', description: 'The catalogue by name: every offer for staff, the active ones for a young person.' }],
    ],
    parameters: { [routes.offer.template]: [offerId] },
    operations: {
      listOffers: {
        summary: "The municipality's offer catalogue",
        responses: { '200': { description: 'The offers, by name.', content: { 'application/json': { schema: ref('OfferList') } } } },
      },
      getOffer: {
        summary: 'One offer of the catalogue',
        responses: { '200': { description: 'The offer.', headers: etag, content: { 'application/json': { schema: ref('Offer') } } } },
      },
      saveOffer: {
        summary: 'Add an offer to the catalogue, or change one',
        description:
          "The whole entry, as the offer is to be from now on. Retire an offer with `status: retired`; offers are never deleted, as plans and reviews refer to them. Every change is kept in the catalogue's history with who made it and when (not in a course's audit log: the catalogue holds no one's personal data). `id` must be the path's (`id_mismatch`); `name` and `kind` are what plans and reviews show, so they may change, and the reviews and plans keep what they recorded.",
        parameters: [
          {
            name: 'If-Match',
            in: 'header',
            required: false,
            description: 'The ETag of the offer the change is based on. `*` is refused with 428.',
            schema: { type: 'string' },
          },
          {
            name: 'If-None-Match',
            in: 'header',
            required: false,
            description: '`*` to add a new offer, only if there is none with this id. One of If-Match and If-None-Match is required (428).',
            schema: { type: 'string', enum: ['*'] },
          },
        ],
        responses: {
          '200': { description: 'The offer, changed.', headers: etag, content: { 'application/json': { schema: ref('Offer') } } },
          '201': { description: 'The offer, added.', headers: etag, content: { 'application/json': { schema: ref('Offer') } } },
          '412': {
            description:
              'The offer changed since the given ETag, or (If-None-Match) one with this id exists: the body carries `current` and the ETag header its tag. Without them when If-Match names an offer that is not there.',
            headers: currentEtag,
            content: { 'application/problem+json': { schema: { allOf: [ref('ProblemDetails'), { type: 'object', properties: { current: ref('Offer') } }] } } },
          },
          '428': problem('Send If-Match, or If-None-Match: * to add the offer.'),
        },
      },
    },
  };
}
