package org.bridgeway.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.people.PersonDetails;
import org.bridgeway.people.PersonRecord;
import org.bridgeway.people.SupportContact;
import org.bridgeway.people.SupportContactDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the person and support_contact tables, always within one alliance. */
@Repository
public class PersonStore {

  private static final String COLUMNS = """
      given_name = :givenName, family_name = :familyName, preferred_name = :preferredName,
      date_of_birth = :dateOfBirth, nhs_number = :nhsNumber, gender = :gender, ethnicity = :ethnicity,
      religion = :religion, sexual_orientation = :sexualOrientation, disability = :disability,
      first_language = :firstLanguage, interpreter_needed = :interpreterNeeded,
      communication_needs = :communicationNeeds, address = :address, postcode = :postcode, phone = :phone,
      gp_practice_name = :gpPracticeName, gp_practice_code = :gpPracticeCode, funding = :funding,
      legal_status = :legalStatus, strengths = :strengths, interests = :interests""";

  private final JdbcClient jdbc;

  PersonStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(UUID alliance, UUID id, String shortName, PersonDetails details, String by) {
    bind(jdbc.sql("""
            insert into person (alliance_id, id, local_id, created_by, updated_by, given_name, family_name,
              preferred_name, date_of_birth, nhs_number, gender, ethnicity, religion, sexual_orientation, disability,
              first_language, interpreter_needed, communication_needs, address, postcode, phone, gp_practice_name,
              gp_practice_code, funding, legal_status, strengths, interests)
            values (:alliance, :id, upper(:shortName) || '-' || (select lpad(n::text, greatest(6, length(n::text)), '0')
                                            from nextval('person_local_number') n),
              :by, :by, :givenName, :familyName, :preferredName, :dateOfBirth, :nhsNumber, :gender, :ethnicity,
              :religion, :sexualOrientation, :disability, :firstLanguage, :interpreterNeeded, :communicationNeeds,
              :address, :postcode, :phone, :gpPracticeName, :gpPracticeCode, :funding, :legalStatus, :strengths,
              :interests)"""), details)
        .param("alliance", alliance).param("id", id).param("shortName", shortName).param("by", by)
        .update();
  }

  /** Saves the details if the record is still at the version the editor loaded; false if it was not. */
  public boolean update(UUID alliance, UUID id, PersonDetails details, String by, int version) {
    return bind(jdbc.sql("update person set " + COLUMNS + """
            , updated_at = now(), updated_by = :by, version = version + 1
            where alliance_id = :alliance and id = :id and version = :version"""), details)
        .param("alliance", alliance).param("id", id).param("by", by).param("version", version)
        .update() == 1;
  }

  public Optional<PersonRecord> find(UUID alliance, UUID id) {
    List<SupportContact> circle = supportCircle(alliance, id);
    return jdbc.sql("select * from person where alliance_id = ? and id = ?").params(alliance, id)
        .query((rs, n) -> record(rs, circle)).optional();
  }

  /** The records, without their circles of support, whose NHS number or local id is one of those given. */
  public List<PersonRecord> findByKeys(UUID alliance, String[] nhsNumbers, String[] localIds) {
    return jdbc.sql("""
            select * from person where alliance_id = ? and (nhs_number = any(?) or local_id = any(?))""")
        .params(alliance, nhsNumbers, localIds)
        .query((rs, n) -> record(rs, List.of())).list();
  }

  /** The records, without their circles of support, whose "given|family|yyyy-mm-dd" (in lower case) is given. */
  public List<PersonRecord> findByNames(UUID alliance, String[] names) {
    return jdbc.sql("""
            select * from person where alliance_id = ?
            and lower(given_name) || '|' || lower(family_name) || '|' || date_of_birth = any(?)""")
        .params(alliance, names)
        .query((rs, n) -> record(rs, List.of())).list();
  }

  public boolean nhsNumberTaken(UUID alliance, String nhsNumber, UUID exceptId) {
    return jdbc.sql("select count(*) from person where alliance_id = ? and nhs_number = ? and id <> ?")
        .params(alliance, nhsNumber, exceptId).query(Integer.class).single() > 0;
  }

  public void insertContact(UUID alliance, UUID person, UUID id, SupportContactDetails c, String by) {
    jdbc.sql("""
            insert into support_contact (alliance_id, person_id, id, name, relationship, carer, phone, notes, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, person, id, c.name().trim(), c.relationship(), c.carer(), blankToNull(c.phone()),
            blankToNull(c.notes()), by)
        .update();
  }

  public boolean voidContact(UUID alliance, UUID person, UUID id, String reason, String by) {
    return jdbc.sql("""
            update support_contact set voided_at = now(), voided_by = ?, void_reason = ?
            where alliance_id = ? and person_id = ? and id = ? and voided_at is null""")
        .params(by, reason, alliance, person, id).update() == 1;
  }

  public List<UUID> ids(UUID alliance) {
    return jdbc.sql("select id from person where alliance_id = ? order by local_id").param(alliance)
        .query(UUID.class).list();
  }

  public long count(UUID alliance) {
    return jdbc.sql("select count(*) from person where alliance_id = ?").param(alliance).query(Long.class).single();
  }

  private List<SupportContact> supportCircle(UUID alliance, UUID person) {
    return jdbc.sql("select * from support_contact where alliance_id = ? and person_id = ? order by created_at")
        .params(alliance, person)
        .query((rs, n) -> new SupportContact(rs.getObject("id", UUID.class), rs.getString("name"),
            rs.getString("relationship"), rs.getBoolean("carer"), rs.getString("phone"), rs.getString("notes"),
            rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
            rs.getTimestamp("voided_at") == null ? null : rs.getTimestamp("voided_at").toInstant(),
            rs.getString("voided_by"), rs.getString("void_reason")))
        .list();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, PersonDetails d) {
    return spec.param("givenName", d.givenName().trim()).param("familyName", d.familyName().trim())
        .param("preferredName", blankToNull(d.preferredName())).param("dateOfBirth", d.dateOfBirth())
        .param("nhsNumber", d.normalisedNhsNumber()).param("gender", blankToNull(d.gender()))
        .param("ethnicity", blankToNull(d.ethnicity())).param("religion", blankToNull(d.religion()))
        .param("sexualOrientation", blankToNull(d.sexualOrientation()))
        .param("disability", blankToNull(d.disability())).param("firstLanguage", blankToNull(d.firstLanguage()))
        .param("interpreterNeeded", d.interpreterNeeded())
        .param("communicationNeeds", blankToNull(d.communicationNeeds())).param("address", blankToNull(d.address()))
        .param("postcode", d.normalisedPostcode()).param("phone", blankToNull(d.phone()))
        .param("gpPracticeName", blankToNull(d.gpPracticeName()))
        .param("gpPracticeCode", d.gpPracticeCode() == null || d.gpPracticeCode().isBlank() ? null
            : d.gpPracticeCode().trim().toUpperCase())
        .param("funding", blankToNull(d.funding())).param("legalStatus", blankToNull(d.legalStatus()))
        .param("strengths", blankToNull(d.strengths())).param("interests", blankToNull(d.interests()));
  }

  private static PersonRecord record(ResultSet rs, List<SupportContact> circle) throws SQLException {
    LocalDate dob = rs.getObject("date_of_birth", LocalDate.class);
    PersonDetails details = new PersonDetails(rs.getString("given_name"), rs.getString("family_name"),
        rs.getString("preferred_name"), String.valueOf(dob.getDayOfMonth()), String.valueOf(dob.getMonthValue()),
        String.valueOf(dob.getYear()), rs.getString("nhs_number"), rs.getString("gender"), rs.getString("ethnicity"),
        rs.getString("religion"), rs.getString("sexual_orientation"), rs.getString("disability"),
        rs.getString("first_language"), rs.getBoolean("interpreter_needed"), rs.getString("communication_needs"),
        rs.getString("address"), rs.getString("postcode"), rs.getString("phone"), rs.getString("gp_practice_name"),
        rs.getString("gp_practice_code"), rs.getString("funding"), rs.getString("legal_status"),
        rs.getString("strengths"), rs.getString("interests"));
    return new PersonRecord(rs.getObject("id", UUID.class), rs.getString("local_id"), details, dob, circle,
        rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), rs.getInt("version"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
