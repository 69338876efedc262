package org.bridgeway.notes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bridgeway.notes.AuthorOrganisation;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.Note;
import org.bridgeway.notes.NoteComment;
import org.bridgeway.notes.NoteFilter;
import org.bridgeway.notes.NoteVersion;
import org.bridgeway.shared.Paged;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notes in tables {@code note}, {@code note_version} and {@code note_comment}. Every read takes the reader, and
 * what the reader may not see is kept out by the SQL itself, so a restricted note is never loaded for someone
 * outside its author's organisation. Reads join the organisation and alliance tables read-only for names.
 */
@Component
public class NoteStore {

  private static final String NOTE = """
      select n.*, case when n.by_person then null else coalesce(o.name, a.name) end as organisation_name
      from note n
      join alliance a on a.id = n.alliance_id
      left join organisation o on o.alliance_id = n.alliance_id and o.id = n.organisation_id
      """;

  private final JdbcClient jdbc;

  NoteStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One page of the person's notes the reader may see, newest first, each with its comments. */
  public Paged<Note> page(UUID alliance, UUID person, Reader reader, NoteFilter filter, int page, int size) {
    String where = " where n.alliance_id = :alliance and n.person_id = :person and " + reader.condition()
        + (filter.kind() == null ? "" : " and n.kind = :kind")
        + (filter.organisationId() != null ? " and n.organisation_id = :organisation"
            : filter.byAlliance() ? " and n.organisation_id is null and not n.by_person" : "");
    long total = params(jdbc.sql("select count(*) from note n" + where), alliance, person, reader, filter)
        .query(Long.class).single();
    List<Note> notes = params(jdbc.sql(NOTE + where
            + " order by n.contact_date desc, n.recorded_at desc, n.id limit :size offset :offset"),
        alliance, person, reader, filter).param("size", size).param("offset", (long) page * size)
        .query(NoteStore::note).list();
    return new Paged<>(withComments(alliance, notes), page, size, total);
  }

  /** The person's notes of one day the reader may see, voided ones left out, without their comments. */
  public List<Note> onDay(UUID alliance, UUID person, Reader reader, java.time.LocalDate day) {
    return params(jdbc.sql(NOTE + " where n.alliance_id = :alliance and n.person_id = :person and n.contact_date = :day"
            + " and n.voided_at is null and " + reader.condition() + " order by n.recorded_at, n.id"),
        alliance, person, reader, NoteFilter.ALL).param("day", day).query(NoteStore::note).list();
  }

  /** How many notes by workers the reader may see were recorded after the instant (all of them when null). */
  public long countByWorkersSince(UUID alliance, UUID person, Reader reader, @Nullable Instant since) {
    return params(jdbc.sql("select count(*) from note n where n.alliance_id = :alliance and n.person_id = :person"
            + " and not n.by_person and n.voided_at is null and " + reader.condition()
            + (since == null ? "" : " and n.recorded_at > :since")), alliance, person, reader, NoteFilter.ALL)
        .param("since", since == null ? Instant.EPOCH : java.sql.Timestamp.from(since))
        .query(Long.class).single();
  }

  public Optional<Note> find(UUID alliance, UUID person, UUID id, Reader reader) {
    return params(jdbc.sql(NOTE + " where n.alliance_id = :alliance and n.person_id = :person and n.id = :id and "
        + reader.condition()), alliance, person, reader, NoteFilter.ALL).param("id", id)
        .query(NoteStore::note).optional().map(n -> withComments(alliance, List.of(n)).get(0));
  }

  /** The person a note is about, whoever may see it: for finding the record before the access check. */
  public Optional<UUID> personOf(UUID alliance, UUID id) {
    return jdbc.sql("select person_id from note where alliance_id = ? and id = ?").params(alliance, id)
        .query(UUID.class).optional();
  }

  /**
   * Every note of a contact with the person the reader may see, whether it took place or was missed, voided ones
   * left out, oldest first, without their comments.
   */
  public List<Note> contacts(UUID alliance, UUID person, Reader reader) {
    return params(jdbc.sql(NOTE + " where n.alliance_id = :alliance and n.person_id = :person"
            + " and n.kind in ('FACE_TO_FACE', 'PHONE', 'VIDEO', 'GROUP', 'OUTREACH', 'DID_NOT_ATTEND')"
            + " and n.voided_at is null and " + reader.condition() + " order by n.contact_date, n.recorded_at, n.id"),
        alliance, person, reader, NoteFilter.ALL).query(NoteStore::note).list();
  }

  /** The organisations (and the alliance) whose notes on the person the reader may see, for the filter. */
  public List<AuthorOrganisation> authors(UUID alliance, UUID person, Reader reader) {
    return params(jdbc.sql("""
            select distinct n.organisation_id, coalesce(o.name, a.name) as name
            from note n join alliance a on a.id = n.alliance_id
            left join organisation o on o.alliance_id = n.alliance_id and o.id = n.organisation_id
            where n.alliance_id = :alliance and n.person_id = :person and not n.by_person and """
            + reader.condition() + " order by name"), alliance, person, reader, NoteFilter.ALL)
        .query((rs, n) -> new AuthorOrganisation(rs.getObject("organisation_id", UUID.class), rs.getString("name")))
        .list();
  }

  public List<NoteVersion> versions(UUID alliance, UUID note) {
    return jdbc.sql("select * from note_version where alliance_id = ? and note_id = ? order by version desc")
        .params(alliance, note)
        .query((rs, n) -> new NoteVersion(rs.getInt("version"), rs.getString("body"), rs.getString("written_by"),
            rs.getString("written_name"), rs.getTimestamp("written_at").toInstant(), rs.getString("reason")))
        .list();
  }

  /** Writes a note and its first version. */
  public void insert(UUID alliance, UUID id, UUID person, NewRow row) {
    jdbc.sql("""
            insert into note (alliance_id, id, person_id, kind, contact_date, duration_minutes, body, by_person,
                              author, author_name, organisation_id, shared, not_shared_reason, restricted)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, person, row.kind().name(), row.contactDate(), row.durationMinutes(), row.text(),
            row.kind() == ContactKind.PERSON_ENTRY, row.author(), row.authorName(), row.organisationId(),
            row.shared(), row.notSharedReason(), row.restricted())
        .update();
    insertVersion(alliance, id, 0, row.text(), row.author(), row.authorName(), null);
  }

  /** What a new note's row holds, already checked. */
  public record NewRow(ContactKind kind, LocalDate contactDate, @Nullable Integer durationMinutes, String text,
      String author, String authorName, @Nullable UUID organisationId, boolean shared,
      @Nullable String notSharedReason, boolean restricted) {}

  /** Replaces the text if nobody changed the note since the version given and it is not voided; false if not. */
  public boolean amend(UUID alliance, UUID id, int version, String text, String by, String byName, String reason) {
    boolean changed = jdbc.sql("""
            update note set body = ?, version = version + 1
            where alliance_id = ? and id = ? and version = ? and voided_at is null""")
        .params(text, alliance, id, version).update() == 1;
    if (changed) {
      insertVersion(alliance, id, version + 1, text, by, byName, reason);
    }
    return changed;
  }

  /** Voids the note unless it is voided already; false if it was. */
  public boolean voidNote(UUID alliance, UUID id, String by, String reason) {
    return jdbc.sql("""
            update note set voided_at = now(), voided_by = ?, void_reason = ?, version = version + 1
            where alliance_id = ? and id = ? and voided_at is null""")
        .params(by, reason, alliance, id).update() == 1;
  }

  public void insertComment(UUID alliance, UUID id, UUID note, UUID person, String text, String by,
      String byName) {
    jdbc.sql("""
            insert into note_comment (alliance_id, id, note_id, person_id, body, written_by, written_name)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, note, person, text, by, byName).update();
  }

  private void insertVersion(UUID alliance, UUID note, int version, String text, String by, String byName,
      @Nullable String reason) {
    jdbc.sql("""
            insert into note_version (alliance_id, note_id, version, body, written_by, written_name, reason)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, note, version, text, by, byName, reason).update();
  }

  private List<Note> withComments(UUID alliance, List<Note> notes) {
    if (notes.isEmpty()) {
      return notes;
    }
    Map<UUID, List<NoteComment>> comments = jdbc.sql("""
            select * from note_comment where alliance_id = :alliance and note_id in (:notes)
            order by written_at, id""")
        .param("alliance", alliance).param("notes", notes.stream().map(Note::id).toList())
        .query((rs, n) -> new NoteComment(rs.getObject("id", UUID.class), rs.getObject("note_id", UUID.class),
            rs.getString("body"), rs.getString("written_by"), rs.getString("written_name"),
            rs.getTimestamp("written_at").toInstant()))
        .list().stream().collect(Collectors.groupingBy(NoteComment::noteId));
    return notes.stream().map(n -> n.withComments(comments.getOrDefault(n.id(), List.of()))).toList();
  }

  private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, UUID alliance, UUID person,
      Reader reader, NoteFilter filter) {
    JdbcClient.StatementSpec spec = sql.param("alliance", alliance).param("person", person);
    if (!reader.person()) {
      spec = spec.param("readerOrganisation", reader.organisationId());
    }
    if (filter.kind() != null) {
      spec = spec.param("kind", filter.kind().name());
    }
    if (filter.organisationId() != null) {
      spec = spec.param("organisation", filter.organisationId());
    }
    return spec;
  }

  private static Note note(ResultSet rs, int n) throws SQLException {
    Instant voided = rs.getTimestamp("voided_at") == null ? null : rs.getTimestamp("voided_at").toInstant();
    return new Note(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
        ContactKind.valueOf(rs.getString("kind")), rs.getObject("contact_date", LocalDate.class),
        rs.getObject("duration_minutes", Integer.class), rs.getString("body"), rs.getBoolean("by_person"),
        rs.getString("author"), rs.getString("author_name"), rs.getObject("organisation_id", UUID.class),
        rs.getString("organisation_name"), rs.getBoolean("shared"), rs.getString("not_shared_reason"),
        rs.getBoolean("restricted"), rs.getTimestamp("recorded_at").toInstant(), voided,
        rs.getString("voided_by"), rs.getString("void_reason"), rs.getInt("version"), List.of());
  }

  /**
   * Each person's contacts that took place in the period, both ends included: notes of a face-to-face, phone,
   * video, group or outreach contact, not voided. Missed contacts, plain notes and own entries are none.
   */
  public Map<UUID, Integer> contactsBetween(UUID alliance, LocalDate from, LocalDate to) {
    Map<UUID, Integer> found = new HashMap<>();
    jdbc.sql("""
        select n.person_id, count(*) from note n
        where n.alliance_id = :alliance and n.contact_date between :from and :to and n.voided_at is null
          and n.kind in ('FACE_TO_FACE', 'PHONE', 'VIDEO', 'GROUP', 'OUTREACH')
        group by n.person_id""").param("alliance", alliance).param("from", from).param("to", to)
        .query(rs -> {
          found.put(rs.getObject(1, UUID.class), rs.getInt(2));
        });
    return found;
  }
}
