package org.bridgeway.referrals;

import java.util.List;

/** A panel meeting with its agenda still to decide, who was present, what was decided and the actions agreed. */
public record PanelMeetingView(PanelMeeting meeting, List<PanelAgendaItem> agenda, List<PanelAttendee> attendees,
    List<PanelDecisionRecord> decisions, List<PanelAction> actions) {}
