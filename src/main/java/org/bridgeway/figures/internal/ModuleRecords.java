package org.bridgeway.figures.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.StaffContract;
import org.bridgeway.community.ConnectionFigures;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.FigureRecord;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Period;
import org.bridgeway.figures.internal.FigureSources.Listing;
import org.bridgeway.governance.ForumAction;
import org.bridgeway.outcomes.PairedScores;
import org.bridgeway.shared.Paged;
import org.bridgeway.workforce.RecruitmentPanel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The records behind the figures owned by other modules: the same sets of people (or staff, panels, actions) that
 * {@link ModuleFigures} and {@link ParticipationFigures} count, one page at a time. People are listed by name.
 */
@Component
class ModuleRecords {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private final ModuleFigures modules;
  private final ParticipationFigures participation;
  private final PathwayFigureStore pathway;

  ModuleRecords(ModuleFigures modules, ParticipationFigures participation, PathwayFigureStore pathway) {
    this.modules = modules;
    this.participation = participation;
    this.pathway = pathway;
  }

  /** The listing of a figure not on the pathway, or null for one this class does not list. */
  @Nullable Listing records(CurrentUser user, FigureId id, Period period, Filters filters, Set<UUID> caseload,
      @Nullable List<UUID> dayServices, int page, int size) {
    UUID alliance = user.alliance();
    LocalDate last = period.end();
    String unavailable = unavailable(id, filters);
    if (unavailable != null) {
      return Listing.unavailable(unavailable);
    }
    return switch (id) {
      case DAY_SERVICE_REGISTERED, DAY_SERVICE_REGULAR, DAY_SERVICE_SEVERAL ->
          people(alliance, modules.dayServicePeople(id, alliance, period, dayServices), Map.of(), List.of(), page,
              size);
      case CONNECTIONS_PER_PERSON, CONNECTIONS_SHARE -> connections(alliance, id, caseload, last, page, size);
      case HEALTH_CHECKS -> people(alliance, modules.healthChecksComplete(alliance, caseload, last), Map.of(),
          List.of(), page, size);
      case PAIRED_OUTCOMES, PAIRED_OUTCOMES_SHARE, PAIRED_OUTCOMES_CHANGE -> pairs(user, caseload, last, page, size);
      case IN_WORK -> people(alliance, participation.inWork(alliance, caseload, last), Map.of(), List.of(), page,
          size);
      case COMMUNITY_ACCESS -> {
        Map<UUID, Integer> access = participation.access(alliance, last);
        yield people(alliance, access.keySet(), words(access, n -> n + " contacts"), List.of("Contacts in the 12 "
            + "months"), page, size);
      }
      case PLANS_AGREED -> people(alliance, participation.plansAgreed(alliance, period), Map.of(), List.of(), page,
          size);
      case RECRUITMENT_PANELS -> listed(participation.panels(alliance, period, filters), List.of("Post", "Where",
          "Interview", "Members who use services"), p -> new FigureRecord(null, p.post().title(), "",
          List.of(p.post().where(), p.interviewDate().format(DAY), String.valueOf(p.members().stream()
              .filter(m -> m.usesServices()).count())), true), page, size);
      case FORUM_ACTIONS_CLOSED -> listed(participation.actionsClosed(user, period), List.of("Action", "Issue",
          "Owner", "Closed", "What we did"), a -> action(a), page, size);
      case WORKFORCE_HEADCOUNT, WORKFORCE_MEAN_HOURS, WORKFORCE_WTE, WORKFORCE_LIVED_EXPERIENCE ->
          staff(alliance, id, last, filters, page, size);
      default -> null;
    };
  }

  /** Why the figure cannot be listed for the filters, as {@link ParticipationFigures} says it cannot be counted. */
  private static @Nullable String unavailable(FigureId id, Filters filters) {
    return switch (id) {
      case COMMUNITY_ACCESS, PLANS_AGREED, FORUM_ACTIONS_CLOSED -> filters.any() ? ModuleFigures.WHOLE_ALLIANCE : null;
      case RECRUITMENT_PANELS, WORKFORCE_HEADCOUNT, WORKFORCE_MEAN_HOURS, WORKFORCE_WTE, WORKFORCE_LIVED_EXPERIENCE ->
          filters.any() && !filters.organisationOnly() ? ModuleFigures.ORGANISATION_ONLY : null;
      default -> null;
    };
  }

  private Listing connections(UUID alliance, FigureId id, Set<UUID> caseload, LocalDate day, int page, int size) {
    ConnectionFigures figures = modules.connections(alliance, caseload, day);
    Set<UUID> listed = id == FigureId.CONNECTIONS_PER_PERSON ? caseload : figures.perPerson().entrySet().stream()
        .filter(e -> e.getValue() > 0).map(Map.Entry::getKey).collect(Collectors.toSet());
    return people(alliance, listed, words(figures.perPerson(), String::valueOf), List.of("Active connections"), page,
        size);
  }

  private Listing pairs(CurrentUser user, Set<UUID> caseload, LocalDate day, int page, int size) {
    Map<UUID, String> words = new HashMap<>();
    for (PairedScores.Pair p : modules.pairs(user, caseload, day)) {
      words.put(p.personId(), p.earliest().stripTrailingZeros().toPlainString() + " on " + p.earliestOn().format(DAY)
          + " to " + p.latest().stripTrailingZeros().toPlainString() + " on " + p.latestOn().format(DAY)
          + ": change " + signed(p.change()));
    }
    return people(user.alliance(), words.keySet(), words, List.of("DIALOG scores"), page, size);
  }

  private Listing staff(UUID alliance, FigureId id, LocalDate day, Filters filters, int page, int size) {
    List<StaffContract> staff = modules.staff(alliance, day, filters.organisationId()).stream()
        .filter(s -> id != FigureId.WORKFORCE_LIVED_EXPERIENCE || s.livedExperience()).toList();
    return listed(staff, List.of("Member of staff", "Organisation", "Team", "Contracted hours", "Lived experience"),
        s -> new FigureRecord(null, s.name(), "", List.of(s.organisationName(), s.teamName() == null ? ""
            : s.teamName(), s.contractedHours().stripTrailingZeros().toPlainString(), s.livedExperience() ? "Yes"
            : "No"), true), page, size);
  }

  private static FigureRecord action(ForumAction a) {
    return new FigureRecord(null, a.what(), "", List.of(a.issue(), a.ownerName(), a.closedOn() == null ? ""
        : a.closedOn().format(DAY), a.whatWeDid() == null ? "" : a.whatWeDid()), true);
  }

  private Listing people(UUID alliance, Set<UUID> ids, Map<UUID, String> words, List<String> headings, int page,
      int size) {
    Map<UUID, String> shown = headings.isEmpty() ? Map.of() : words;
    return new Listing(true, headings, new Paged<>(pathway.people(alliance, ids, shown, page, size), page, size,
        ids.size()), null);
  }

  private static <T> Listing listed(List<T> all, List<String> headings, Function<T, FigureRecord> record, int page,
      int size) {
    List<FigureRecord> rows = all.stream().map(record).sorted(Comparator.comparing(FigureRecord::name)).toList();
    int from = Math.min(rows.size(), page * size);
    return new Listing(false, headings, new Paged<>(rows.subList(from, Math.min(rows.size(), from + size)), page,
        size, rows.size()), null);
  }

  private static <V> Map<UUID, String> words(Map<UUID, V> values, Function<V, String> text) {
    Map<UUID, String> words = new HashMap<>();
    values.forEach((k, v) -> words.put(k, text.apply(v)));
    return words;
  }

  private static String signed(BigDecimal change) {
    return (change.signum() > 0 ? "+" : "") + change.stripTrailingZeros().toPlainString();
  }
}
