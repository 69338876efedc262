/**
 * Notes and contacts on a person's record: contacts a worker records (face to face, phone, video, group,
 * outreach, did not attend) and plain notes, the person's own entries and their comments on notes shared with
 * them. Notes are never deleted: an amendment keeps every earlier text with who changed it and why, and a note
 * entered in error is voided with a reason and stays visible. A note is shared with the person unless its author
 * says why not; a restricted note (for example about safeguarding) is seen only inside its author's organisation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notes and contacts")
@org.jspecify.annotations.NullMarked
package org.bridgeway.notes;
