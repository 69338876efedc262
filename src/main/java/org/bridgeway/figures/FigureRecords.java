package org.bridgeway.figures;

import java.util.List;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.figures.internal.FigureSources;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.Paged;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records behind a figure (its drill-down), for the same period and filters, read with the very definition
 * that counts the figure, so that the records always add up to it. Administrators and managers may drill down;
 * commissioners see aggregates only and practitioners do not see the figures. A record of a person the user may
 * not open ({@link People#mayOpen}) keeps its place in the list but shows nothing of them. Each page read is
 * audited as a list view.
 */
@Service
public class FigureRecords {

  public static final int PAGE_SIZE = 50;

  private final FigureSources sources;
  private final AllianceFigures figures;
  private final People people;
  private final AuditTrail audit;

  FigureRecords(FigureSources sources, AllianceFigures figures, People people, AuditTrail audit) {
    this.sources = sources;
    this.figures = figures;
    this.people = people;
    this.audit = audit;
  }

  /** One page of the records behind a figure, with the headings of their columns. */
  public record Page(FigureId figure, Period period, Filters filters, boolean ofPeople, List<String> headings,
      Paged<FigureRecord> records, long hidden, @Nullable String unavailable) {}

  /** True for the roles that may see the records behind the figures. */
  public static boolean mayDrill(CurrentUser user) {
    return user.is(Role.ADMIN) || user.is(Role.MANAGER);
  }

  @Transactional
  public Page read(CurrentUser user, FigureId figure, Period period, Filters filters, int page) {
    if (!mayDrill(user)) {
      throw new AccessDenied("records behind the figures");
    }
    figures.check(user, filters);
    FigureSources.Listing listing = sources.records(user, figure, period, filters, Math.max(0, page), PAGE_SIZE);
    List<FigureRecord> shown = listing.records().items().stream()
        .map(r -> r.personId() == null || people.mayOpen(user, r.personId()) ? r : r.hidden()).toList();
    long hidden = shown.stream().filter(r -> !r.shown()).count();
    Paged<FigureRecord> records = new Paged<>(shown, listing.records().page(), listing.records().size(),
        listing.records().total());
    audit.record(user, user.alliance(), AuditAction.VIEW, "Figure records", null, null, "Records behind \""
        + figure.title() + "\" for " + period.text() + (filters.any() ? ", narrowed" : "") + ": page "
        + (records.page() + 1) + " of " + records.pages() + ", " + shown.size() + " records of " + records.total()
        + (hidden > 0 ? ", " + hidden + " not shown" : ""));
    return new Page(figure, period, filters, listing.ofPeople(), listing.headings(), records, hidden,
        listing.unavailable());
  }
}
