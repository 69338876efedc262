package org.bridgeway.portal;

import java.util.Map;
import org.bridgeway.audit.AuditAction;

/**
 * What an entry of the audit trail says was done, in words the person reads: "Looked at your notes", "Added
 * a note". Kinds of record not named here are "something on your record"; an entry's own detail is not shown,
 * as it is written for the alliance's administrators.
 */
final class AccessWords {

  private static final Map<String, String> THINGS = Map.ofEntries(
      Map.entry("Person", "your record"),
      Map.entry("Notes", "your notes"),
      Map.entry("Note", "a note"),
      Map.entry("NoteComment", "your comment on a note"),
      Map.entry("CareTeam", "your team"),
      Map.entry("CareTeamMember", "who is in your team"),
      Map.entry("Pathway", "where you have lived"),
      Map.entry("Stay", "a place you lived"),
      Map.entry("MovePlan", "your move plan"),
      Map.entry("MoveVisit", "a visit for your move"),
      Map.entry("Referral", "a referral"),
      Map.entry("SupportContact", "your circle of support"),
      Map.entry(MyRecord.HOME, "your home page in Bridgeway"),
      Map.entry(AccessLog.SUBJECT, "who has looked at your record"),
      Map.entry(RecordCopy.SUBJECT, "a copy of your record"));

  private AccessWords() {}

  static String what(AuditAction action, String subjectType) {
    String thing = THINGS.getOrDefault(subjectType, "something on your record");
    return switch (action) {
      case VIEW -> "Looked at " + thing;
      case SEARCH -> subjectType.equals("Person") ? "Found you, to make a referral" : "Looked at " + thing;
      case CREATE -> "Added " + thing;
      case UPDATE -> "Changed " + thing;
      case VOID -> "Took back " + thing;
      case EXPORT -> "Downloaded " + thing;
      case DENIED -> "Tried to open " + thing + " and was stopped";
    };
  }
}
