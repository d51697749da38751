/**
 * A UUID made from a name: the same name always gives the same UUID, so exporting a course twice
 * gives the same Bundle, and references between its resources need no lookup table. Not a
 * secret and not a checksum: four 32-bit lanes of a murmur-style mix, laid out as an RFC 9562
 * version 8 ("custom") UUID. A name is the course id and a resource's key: an id, or where the
 * API has none a person's name or a place. All of it is in the Bundle already.
 */
export function stableUuid(name: string): string {
  const hex = LANE_SEEDS.map((seed) => lane(name, seed).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const LANE_SEEDS = [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f] as const;

function lane(name: string, seed: number): number {
  let h = (seed ^ name.length) >>> 0;
  for (let i = 0; i < name.length; i += 1) {
    h = Math.imul(h ^ name.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 13;
  }
  // murmur3's finaliser: every input bit reaches every output bit.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
