package org.bridgeway.portal;

import org.bridgeway.access.CurrentUser;
import org.bridgeway.notes.MyNotes;
import org.bridgeway.notes.Note;
import org.bridgeway.notes.NoteComment;
import org.bridgeway.portal.internal.CopyZip;

/** notes.txt: the notes shared with the person and their own entries, newest first, each with their comments. */
final class NotesText {

  private NotesText() {}

  static void write(CopyZip zip, MyNotes notes, CurrentUser user) {
    zip.line("My notes").line("========").line("")
        .line("The notes your team shared with you, and what you wrote yourself, newest first.").line("");
    notes.each(user, note -> note(zip, note));
  }

  private static void note(CopyZip zip, Note note) {
    String heading = PlainWords.day(note.contactDate()) + ": " + (note.byPerson() ? "written by you"
        : note.kind().label() + ", written by " + note.authorName() + " from " + note.organisationName()
        + (note.durationMinutes() == null ? "" : ", " + note.durationMinutes() + " minutes"));
    zip.line(heading).line("-".repeat(Math.min(heading.length(), 78)));
    if (note.voided()) {
      zip.line("Taken back by your team, because: " + note.voidReason());
    }
    if (note.amended()) {
      zip.line("This note was changed after it was first written.");
    }
    note.text().lines().forEach(zip::line);
    for (NoteComment c : note.comments()) {
      zip.line("").line("Your comment, " + PlainWords.when(c.writtenAt()) + ":");
      c.text().lines().forEach(zip::line);
    }
    zip.line("");
  }
}
