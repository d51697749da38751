import { NoteKind, Revision, RevisionAction, RevisionTarget, type RevisionChange } from '../schemas/plan.js';
import { authorReference, coding, compact, concept, extension, type BundleBuilder } from './bundle-builder.js';
import { extensionOf, extensionsOf, list, optionalText, partOf, text, type BundleReader } from './bundle-reader.js';
import { HL7, ufExtension } from './fhir-codes.js';
import type { FhirExtension, FhirJson, FhirReference, FhirResource } from './fhir-types.js';
import { parsedAs } from './parsed-as.js';

/** FHIR's own word for who made a change: its author. */
const AUTHOR = concept(coding(HL7.provenanceParticipantType, 'author', 'Author'));

/**
 * Each revision of the plan as a Provenance of the CarePlan, in the plan's order (newest first):
 * when, by whom and why, and which parts changed how. What a change was from and to is not in a
 * revision (the API keeps no old personal text), so it is not here either.
 */
export function writeRevisions(bundle: BundleBuilder, revisions: readonly Revision[], carePlan: FhirReference): void {
  for (const revision of revisions) {
    bundle.add(
      'Provenance',
      `revision/${revision.number}`,
      compact({
        extension: [extension('revision-number', { valuePositiveInt: revision.number }), ...revision.changes.map(changeExtension)],
        target: [carePlan],
        recorded: revision.at,
        reason: revision.reason === undefined ? undefined : [{ text: revision.reason }],
        agent: [
          {
            type: AUTHOR,
            who: authorReference(bundle, revision.by),
          },
        ],
      }),
    );
  }
}

function changeExtension(change: RevisionChange): FhirExtension {
  const parts: FhirJson[] = [
    { url: 'target', valueCode: change.target },
    ...(change.targetId === undefined ? [] : [{ url: 'targetId', valueString: change.targetId }]),
    { url: 'action', valueCode: change.action },
    ...(change.noteKind === undefined ? [] : [{ url: 'noteKind', valueCode: change.noteKind }]),
  ];
  return { url: ufExtension('revision-change'), extension: parts };
}

/** The plan's revisions from the Provenances of its CarePlan, in the Bundle's order. */
export function readRevisions(reader: BundleReader, carePlan: FhirResource): Revision[] {
  return reader
    .all('Provenance')
    .filter((provenance) => list(provenance, 'target').some((target) => reader.resolve(target, 'CarePlan', 'Provenance.target') === carePlan))
    .map((provenance, index) => parsedAs(Revision, `Provenance[${index}]`, readRevision(reader, provenance, `Provenance[${index}]`)));
}

function readRevision(reader: BundleReader, provenance: FhirResource, at: string): unknown {
  const reason = list(provenance, 'reason')[0];
  return {
    ...compact({
      number: extensionOf(provenance, 'revision-number')?.['valuePositiveInt'],
      at: text(provenance, 'recorded', at),
      by: reader.author(list(provenance, 'agent')[0]?.['who'], `${at}.agent.who`),
      reason: reason ? optionalText(reason, 'text') : undefined,
    }),
    changes: extensionsOf(provenance, 'revision-change').map((change) =>
      compact({
        target: partCode(partOf(change, 'target'), RevisionTarget.options),
        targetId: partOf(change, 'targetId')?.['valueString'],
        action: partCode(partOf(change, 'action'), RevisionAction.options),
        noteKind: partCode(partOf(change, 'noteKind'), NoteKind.options),
      }),
    ),
  };
}

/** A part's `valueCode` when it is one of `codes`; anything else is left for the schema to refuse. */
function partCode(part: FhirJson | undefined, codes: readonly string[]): string | undefined {
  const code = part?.['valueCode'];
  return typeof code === 'string' && codes.includes(code) ? code : undefined;
}
