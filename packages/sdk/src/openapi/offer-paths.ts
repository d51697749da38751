import { routes } from '../client/api-paths.js';
import { Offer, OfferList } from '../schemas/offer.js';
import type { OpenApiParts, ResourceDocs } from './openapi-parts.js';

/** The offer catalogue's routes of the OpenAPI document (issue #16). */
export function offerDocs({ ref, opaqueId }: OpenApiParts): ResourceDocs {
  const offerId = { name: 'offerId', in: 'path', required: true, description: "The offer's opaque id, e.g. `o-fgu`.", schema: opaqueId };
  return {
    schemas: [
      [
        Offer,
        {
          id: 'Offer',
          description: "One offer of the municipality's catalogue (tilbudsvifte). A young person is sent it without `legalBasis` and `capacityNote`.",
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
        responses: { '200': { description: 'The offer.', content: { 'application/json': { schema: ref('Offer') } } } },
      },
    },
  };
}
