package org.bridgeway.notes;

import java.util.Arrays;
import java.util.List;

/** What a note records: a kind of contact with the person, a note with no contact, or the person's own entry. */
public enum ContactKind {
  FACE_TO_FACE("Face to face"),
  PHONE("Phone"),
  VIDEO("Video call"),
  GROUP("Group"),
  OUTREACH("Outreach"),
  DID_NOT_ATTEND("Did not attend"),
  NOTE("Note (no contact)"),
  PERSON_ENTRY("Their own entry");

  private final String label;

  ContactKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A contact that took place has a length; a missed one, a plain note or an own entry has none. */
  public boolean hasDuration() {
    return this != DID_NOT_ATTEND && this != NOTE && this != PERSON_ENTRY;
  }

  /** The kinds a worker records; own entries are the person's alone. */
  public static List<ContactKind> forWorkers() {
    return Arrays.stream(values()).filter(k -> k != PERSON_ENTRY).toList();
  }
}
