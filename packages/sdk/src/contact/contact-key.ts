// Its own module, so a store that only says the contact is stale (the network meetings', after a
// handover) does not bring the whole ContactStore into its page's chunk.

/** Where a client's contact store holds the course's contact, so other stores can say it is stale. */
export const contactKey = (courseId: string) => ['contact', courseId] as const;
