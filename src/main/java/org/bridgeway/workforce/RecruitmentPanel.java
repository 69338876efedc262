package org.bridgeway.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The interview panel for a post on a day, and its members. People who use services <em>sat on</em> it when at
 * least one member uses services, <em>chaired</em> it when the chair does, and <em>wrote questions</em> when
 * the panel records that they wrote some of the interview questions.
 */
public record RecruitmentPanel(UUID id, RecruitmentPost post, LocalDate interviewDate,
    boolean questionsByServiceUsers, int version, List<PanelMember> members) {

  public boolean serviceUserSat() {
    return members.stream().anyMatch(PanelMember::usesServices);
  }

  public boolean serviceUserChaired() {
    return members.stream().anyMatch(m -> m.usesServices() && m.chair());
  }
}
