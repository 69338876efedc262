package org.bridgeway.community.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.community.Opening;
import org.bridgeway.community.Resource;
import org.bridgeway.community.ResourceDetails;
import org.bridgeway.community.ResourceKind;
import org.bridgeway.shared.Paged;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The directory in tables {@code community_resource} and {@code community_opening}. */
@Component
public class ResourceStore {

  private final JdbcClient jdbc;

  ResourceStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One page of resources by name, of a kind and matching every word when given; withdrawn ones last. */
  public Paged<Resource> find(UUID alliance, @Nullable ResourceKind kind, String words, boolean withWithdrawn,
      int page, int size) {
    StringBuilder where = new StringBuilder(" from community_resource r where r.alliance_id = :alliance");
    if (kind != null) {
      where.append(" and r.kind = :kind");
    }
    if (!withWithdrawn) {
      where.append(" and r.withdrawn_at is null");
    }
    List<String> terms = List.of(words.trim().toLowerCase().split("\\s+")).stream().filter(w -> !w.isBlank())
        .limit(6).toList();
    for (int i = 0; i < terms.size(); i++) {
      where.append(" and lower(concat_ws(' ', r.name, r.description, r.organisation, r.address, r.postcode,"
          + " r.eligibility)) like :w").append(i);
    }
    long total = bind(jdbc.sql("select count(*)" + where), alliance, kind, terms).query(Long.class).single();
    List<Resource> items = bind(jdbc.sql("select r.*" + where
            + " order by r.withdrawn_at is not null, lower(r.name), r.id limit :size offset :offset"),
        alliance, kind, terms).param("size", size).param("offset", (long) page * size)
        .query(this::resource).list();
    return new Paged<>(items, page, size, total);
  }

  public Optional<Resource> get(UUID alliance, UUID id) {
    return jdbc.sql("select * from community_resource where alliance_id = :alliance and id = :id")
        .param("alliance", alliance).param("id", id).query(this::resource).optional();
  }

  /** Every resource still open, by name, for choosing one. */
  public List<Resource> active(UUID alliance) {
    return jdbc.sql("select * from community_resource where alliance_id = :alliance and withdrawn_at is null"
            + " order by lower(name), id").param("alliance", alliance).query(this::resource).list();
  }

  public void insert(UUID alliance, UUID id, ResourceDetails d, String by) {
    jdbc.sql("""
        insert into community_resource (alliance_id, id, kind, name, description, organisation, address, postcode,
            eligibility, opening_notes, website, email, phone, recorded_by)
        values (:alliance, :id, :kind, :name, :description, :organisation, :address, :postcode, :eligibility,
            :openingNotes, :website, :email, :phone, :by)""").param("alliance", alliance).param("id", id)
        .param("by", by).params(values(d)).update();
    openings(alliance, id, d.openings());
  }

  /** Replaces the details if the version is still the one read; false when someone changed it first. */
  public boolean change(UUID alliance, UUID id, int version, ResourceDetails d, String by) {
    int changed = jdbc.sql("""
        update community_resource set kind = :kind, name = :name, description = :description,
            organisation = :organisation, address = :address, postcode = :postcode, eligibility = :eligibility,
            opening_notes = :openingNotes, website = :website, email = :email, phone = :phone, changed_by = :by,
            changed_at = now(), version = version + 1
        where alliance_id = :alliance and id = :id and version = :version""").param("alliance", alliance)
        .param("id", id).param("version", version).param("by", by).params(values(d)).update();
    if (changed == 1) {
      jdbc.sql("delete from community_opening where alliance_id = :alliance and resource_id = :id")
          .param("alliance", alliance).param("id", id).update();
      openings(alliance, id, d.openings());
    }
    return changed == 1;
  }

  public boolean withdraw(UUID alliance, UUID id, int version, String reason, String by) {
    return jdbc.sql("""
        update community_resource set withdrawn_at = now(), withdrawn_by = :by, withdrawn_reason = :reason,
            version = version + 1
        where alliance_id = :alliance and id = :id and version = :version and withdrawn_at is null""")
        .param("alliance", alliance).param("id", id).param("version", version).param("reason", reason)
        .param("by", by).update() == 1;
  }

  private void openings(UUID alliance, UUID id, List<Opening> openings) {
    for (int i = 0; i < openings.size(); i++) {
      Opening o = openings.get(i);
      jdbc.sql("insert into community_opening (alliance_id, resource_id, position, day_of_week, opens_at, closes_at)"
              + " values (:alliance, :id, :position, :day, :opens, :closes)").param("alliance", alliance)
          .param("id", id).param("position", i).param("day", o.day().name()).param("opens", o.opens())
          .param("closes", o.closes()).update();
    }
  }

  private static java.util.Map<String, Object> values(ResourceDetails d) {
    java.util.Map<String, Object> values = new java.util.HashMap<>();
    values.put("kind", d.kind() == null ? null : d.kind().name());
    values.put("name", ResourceDetails.tidy(d.name()));
    values.put("description", ResourceDetails.tidy(d.description()));
    values.put("organisation", ResourceDetails.tidy(d.organisation()));
    values.put("address", ResourceDetails.tidy(d.address()));
    values.put("postcode", d.postcode() == null ? null : ResourceDetails.tidy(d.postcode().toUpperCase()));
    values.put("eligibility", ResourceDetails.tidy(d.eligibility()));
    values.put("openingNotes", ResourceDetails.tidy(d.openingNotes()));
    values.put("website", ResourceDetails.tidy(d.website()));
    values.put("email", ResourceDetails.tidy(d.email()));
    values.put("phone", ResourceDetails.tidy(d.phone()));
    return values;
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, UUID alliance,
      @Nullable ResourceKind kind, List<String> terms) {
    sql = sql.param("alliance", alliance);
    if (kind != null) {
      sql = sql.param("kind", kind.name());
    }
    for (int i = 0; i < terms.size(); i++) {
      sql = sql.param("w" + i, "%" + terms.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    return sql;
  }

  private Resource resource(ResultSet rs, int row) throws SQLException {
    UUID alliance = rs.getObject("alliance_id", UUID.class);
    UUID id = rs.getObject("id", UUID.class);
    Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
    return new Resource(id, ResourceKind.valueOf(rs.getString("kind")), rs.getString("name"),
        rs.getString("description"), rs.getString("organisation"), rs.getString("address"), rs.getString("postcode"),
        rs.getString("eligibility"), openingsOf(alliance, id), rs.getString("opening_notes"), rs.getString("website"),
        rs.getString("email"), rs.getString("phone"), withdrawn == null ? null : withdrawn.toInstant(),
        rs.getString("withdrawn_by"), rs.getString("withdrawn_reason"), rs.getInt("version"));
  }

  private List<Opening> openingsOf(UUID alliance, UUID id) {
    return jdbc.sql("select * from community_opening where alliance_id = :alliance and resource_id = :id"
            + " order by position").param("alliance", alliance).param("id", id)
        .query((rs, n) -> new Opening(DayOfWeek.valueOf(rs.getString("day_of_week")),
            rs.getTime("opens_at").toLocalTime(), rs.getTime("closes_at").toLocalTime())).list();
  }
}
