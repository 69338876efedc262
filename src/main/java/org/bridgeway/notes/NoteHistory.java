package org.bridgeway.notes;

import java.util.List;

/** A note with every text it has had, newest first. */
public record NoteHistory(Note note, List<NoteVersion> versions) {}
