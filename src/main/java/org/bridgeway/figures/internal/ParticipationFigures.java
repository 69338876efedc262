package org.bridgeway.figures.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.dayservices.DayServiceFigures;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Measure;
import org.bridgeway.figures.Period;
import org.bridgeway.governance.Forum;
import org.bridgeway.governance.ForumAction;
import org.bridgeway.governance.ForumActions;
import org.bridgeway.notes.Notes;
import org.bridgeway.plans.Plans;
import org.bridgeway.work.PersonWork;
import org.bridgeway.workforce.Recruitment;
import org.bridgeway.workforce.RecruitmentPanel;
import org.springframework.stereotype.Component;

/**
 * The figures of taking part, asked of the modules that own them: work, volunteering, education or training (the
 * work module), community access (contacts from the notes and sessions attended from the day services) and
 * co-production (plans agreed with the person, recruitment panels with people who use services, forum actions
 * closed). Each count is the size of the list {@link ModuleRecords} shows behind it.
 */
@Component
class ParticipationFigures {

  /** Contacts in the 12 months ending on the last day that count as access to community care. */
  static final int ACCESS_CONTACTS = 2;

  private final PersonWork work;
  private final Notes notes;
  private final DayServiceFigures dayServices;
  private final Plans plans;
  private final Recruitment recruitment;
  private final Forum forum;
  private final ForumActions actions;

  ParticipationFigures(PersonWork work, Notes notes, DayServiceFigures dayServices, Plans plans,
      Recruitment recruitment, Forum forum, ForumActions actions) {
    this.work = work;
    this.notes = notes;
    this.dayServices = dayServices;
    this.plans = plans;
    this.recruitment = recruitment;
    this.forum = forum;
    this.actions = actions;
  }

  void measure(Map<FigureId, Measure> m, UUID alliance, Period period, Filters filters, Set<UUID> caseload) {
    m.put(FigureId.IN_WORK, Measure.count(inWork(alliance, caseload, period.end()).size()));
    boolean whole = !filters.any();
    m.put(FigureId.COMMUNITY_ACCESS, whole ? Measure.count(access(alliance, period.end()).size())
        : Measure.unavailable(ModuleFigures.WHOLE_ALLIANCE));
    m.put(FigureId.PLANS_AGREED, whole ? Measure.count(plansAgreed(alliance, period).size())
        : Measure.unavailable(ModuleFigures.WHOLE_ALLIANCE));
    m.put(FigureId.RECRUITMENT_PANELS, whole || filters.organisationOnly()
        ? Measure.count(panels(alliance, period, filters).size())
        : Measure.unavailable(ModuleFigures.ORGANISATION_ONLY));
    m.put(FigureId.FORUM_ACTIONS_CLOSED, whole
        ? Measure.count(forum.actionsClosedCounts(alliance, period.start(), period.end()).closed())
        : Measure.unavailable(ModuleFigures.WHOLE_ALLIANCE));
  }

  Set<UUID> inWork(UUID alliance, Set<UUID> caseload, LocalDate day) {
    return work.occupiedAmong(alliance, caseload, day);
  }

  /** Each person with at least two contacts in the 12 months ending on the day, with their number of contacts. */
  Map<UUID, Integer> access(UUID alliance, LocalDate day) {
    LocalDate from = day.minusYears(1).plusDays(1);
    Map<UUID, Integer> contacts = new HashMap<>(notes.contactsBetween(alliance, from, day));
    dayServices.attendedBetween(alliance, from, day).forEach((person, n) -> contacts.merge(person, n, Integer::sum));
    contacts.values().removeIf(n -> n < ACCESS_CONTACTS);
    return contacts;
  }

  Set<UUID> plansAgreed(UUID alliance, Period period) {
    return plans.agreedBetween(alliance, period.start(), period.end());
  }

  /** The panels in the period with a member who uses services, for the organisation's posts when one is given. */
  List<RecruitmentPanel> panels(UUID alliance, Period period, Filters filters) {
    return recruitment.panels(alliance, period.start(), period.end()).stream()
        .filter(RecruitmentPanel::serviceUserSat)
        .filter(p -> filters.organisationId() == null || filters.organisationId().equals(p.post().organisationId()))
        .toList();
  }

  List<ForumAction> actionsClosed(CurrentUser user, Period period) {
    return actions.closedBetween(user, period.start(), period.end());
  }
}
