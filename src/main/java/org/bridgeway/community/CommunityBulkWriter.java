package org.bridgeway.community;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.bridgeway.shared.CopyRows;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes a directory and many past connections at once with PostgreSQL's COPY, for generators and imports. Each
 * resource and connection is checked by the same rules as the forms; the first broken one stops the write and the
 * caller's transaction saves nothing. Unlike the services, it writes no audit entry per row.
 */
@Component
public class CommunityBulkWriter {

  private final DataSource dataSource;

  CommunityBulkWriter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A resource to write, with its id so connections can name it. */
  public record PastResource(UUID id, ResourceDetails details) {}

  /** A connection to write; its resource is one of those written, or null for one named in free text. */
  public record PastConnection(UUID personId, @Nullable UUID resourceId, String resourceName, ResourceKind kind,
      LocalDate start, @Nullable LocalDate end, Progress progress, @Nullable String note, boolean byPerson) {}

  public void write(UUID alliance, List<PastResource> resources, List<PastConnection> connections, String by) {
    CopyRows resourceRows = new CopyRows();
    CopyRows openingRows = new CopyRows();
    for (PastResource r : resources) {
      ResourceDetails d = r.details();
      if (!d.problems().isEmpty()) {
        throw new InvalidInput(List.of(new FieldProblem("resources", d.name() + ": " + d.problems().get(0).message())));
      }
      resourceRows.row(alliance, r.id(), d.kind().name(), d.name().trim(), d.description(), d.organisation(),
          d.address(), d.postcode(), d.eligibility(), d.openingNotes(), d.website(), d.email(), d.phone(), by);
      for (int i = 0; i < d.openings().size(); i++) {
        Opening o = d.openings().get(i);
        openingRows.row(alliance, r.id(), i, o.day().name(), o.opens(), o.closes());
      }
    }
    CopyRows connectionRows = new CopyRows();
    for (PastConnection c : connections) {
      if (c.end() != null && c.end().isBefore(c.start())) {
        throw new InvalidInput(NewConnection.endProblems(c.start(), c.end()));
      }
      connectionRows.row(alliance, UUID.randomUUID(), c.personId(), c.resourceId(), c.resourceName(), c.kind().name(),
          c.start(), c.end(), c.progress().name(), c.note(), c.byPerson(), by);
    }
    resourceRows.copy(dataSource, """
        copy community_resource (alliance_id, id, kind, name, description, organisation, address, postcode,
          eligibility, opening_notes, website, email, phone, recorded_by) from stdin""");
    openingRows.copy(dataSource, """
        copy community_opening (alliance_id, resource_id, position, day_of_week, opens_at, closes_at) from stdin""");
    connectionRows.copy(dataSource, """
        copy community_connection (alliance_id, id, person_id, resource_id, resource_name, kind, start_date, end_date,
          progress, note, added_by_person, recorded_by) from stdin""");
  }
}
