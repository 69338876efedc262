package org.bridgeway.governance;

import java.util.List;

/** A meeting with who came and the issues raised, each with its actions. */
public record MeetingRecord(Meeting meeting, List<Attendee> attendees, List<Issue> issues) {}
