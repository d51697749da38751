import type { Channel } from '../schemas/contact.js';
import type { FhirJson } from './fhir-types.js';
import { isObject } from './bundle-reader.js';

/**
 * A professional's phone, sms and e-mail channels as FHIR ContactPoints, in their order.
 * Channels to meet in person (a walk, a home visit) and each channel's hours and note are the
 * contact card's, not in the Bundle: R4's ContactPoint has no hours, and a meeting place is not a
 * way to reach someone.
 */
export function telecomOf(channels: readonly Channel[]): FhirJson[] {
  return channels.flatMap((channel): FhirJson[] => {
    switch (channel.kind) {
      case 'phone':
      case 'sms':
        return [{ system: channel.kind, value: channel.phone, use: 'work' }];
      case 'email':
        return [{ system: 'email', value: channel.email, use: 'work' }];
      default:
        return [];
    }
  });
}

/** The channels a PractitionerRole's telecom names, without hours (see {@link telecomOf}). */
export function channelsOf(telecom: unknown): Channel[] {
  return (Array.isArray(telecom) ? telecom.filter(isObject) : []).flatMap((point): Channel[] => {
    const value = point['value'];
    if (typeof value !== 'string') return [];
    if (point['system'] === 'phone' || point['system'] === 'sms') return [{ kind: point['system'], phone: value, hours: [] }];
    if (point['system'] === 'email') return [{ kind: 'email', email: value, hours: [] }];
    return [];
  });
}
