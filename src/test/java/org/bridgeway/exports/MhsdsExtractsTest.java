package org.bridgeway.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.careteam.Scene;
import org.bridgeway.dayservices.DayServiceRegistrations;
import org.bridgeway.dayservices.DayServices;
import org.bridgeway.dayservices.NewSession;
import org.bridgeway.dayservices.Repeat;
import org.bridgeway.dayservices.SessionKind;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.NewNote;
import org.bridgeway.notes.Notes;
import org.bridgeway.pathway.EndOfStay;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonDetails;
import org.bridgeway.referrals.ReferralStatus;
import org.bridgeway.work.EmploymentStatus;
import org.bridgeway.work.NewVocationalStatus;
import org.bridgeway.work.PersonWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class MhsdsExtractsTest {

  static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  @Autowired Scene scene;
  @Autowired MhsdsExtracts extracts;
  @Autowired People people;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired Notes notes;
  @Autowired DayServices dayServices;
  @Autowired DayServiceRegistrations registrations;
  @Autowired PersonWork work;
  @Autowired AuditTrail audit;

  Scene.Alliance a;
  CurrentUser admin;
  UUID sam;
  UUID ruth;
  UUID wardStay;
  UUID phoneCall;
  UUID employed;
  UUID dropIn;

  /**
   * Sam: a ward stay from 20 September to 10 October 2026 (the day he left), and a referral received today, in
   * November, so not open in October. Ruth: employed from 1 September, a phone call of 20 minutes on 5 October
   * and a drop-in on 7 October.
   */
  @BeforeEach
  void setUp() {
    a = scene.create();
    admin = a.admin;
    sam = a.person();
    a.referral(sam, ReferralStatus.RECEIVED);
    ruth = people.add(admin, new PersonDetails("Ruth", "Mensah", null, "2", "7", "1991", "9434765919", "2", "A",
        null, null, null, "English", false, null, "3 Leigham Court Road", "SW16 2PX", null, null, null, null, null,
        null, null));
    UUID ward = service("Luther ward", ServiceKind.ACUTE_WARD);
    wardStay = stays.record(admin, sam, new NewStay(ward, LocalDate.of(2026, 9, 20), null, null, null, null, null));
    stays.end(admin, sam, wardStay, 0, new EndOfStay(LocalDate.of(2026, 10, 10), EndReason.RETURNED_HOME, null));
    phoneCall = notes.record(admin, ruth, new NewNote(ContactKind.PHONE, LocalDate.of(2026, 10, 5), 20,
        "We talked about the week", true, null, false));
    employed = work.recordStatus(admin, ruth, new NewVocationalStatus(LocalDate.of(2026, 9, 1),
        EmploymentStatus.EMPLOYED, false, false, false, null, null));
    UUID hub = service("Brixton drop-in", ServiceKind.DROP_IN);
    dropIn = dayServices.addSession(admin, hub, new NewSession(null, SessionKind.DROP_IN, "Evening drop-in", "Hall",
        null, 30, false, LocalDate.of(2026, 10, 1), LocalTime.of(18, 0), LocalTime.of(20, 0), Repeat.WEEKLY,
        EnumSet.allOf(DayOfWeek.class), LocalDate.of(2026, 10, 31)));
    registrations.registerPerson(admin, hub, ruth, LocalDate.of(2026, 10, 1));
    dayServices.takeRegister(admin, hub, dropIn, LocalDate.of(2026, 10, 7), Map.of(ruth, true), null);
  }

  UUID service(String name, ServiceKind kind) {
    return services.add(admin, new ServiceDetails(a.ours, name, kind, false, kind.dayService() ? null : 20,
        kind.dayService() ? null : CapacityUnit.BEDS, null, null, null, null, false, false, false, null, null, null,
        null));
  }

  @Test
  void aMonthHasEachPersonTheirStaysContactsAttendanceAndWorkWithMhsdsCodes() {
    MhsdsMonth month = extracts.extract(admin, OCTOBER);
    String samId = people.read(admin, sam).localId();
    String ruthId = people.read(admin, ruth).localId();

    assertThat(month.table("MHS001MPI").rows()).containsExactlyInAnyOrder(
        List.of(samId, "", "1980-03-27", "SW2 5RU", "1", "N"),
        List.of(ruthId, "9434765919", "1991-07-02", "SW16 2PX", "2", "A"));
    // A ward is an admitted patient setting (20); the stay's last day is 9 October, the day before he left.
    assertThat(month.table("MHS003AccommStatus").rows()).containsExactly(List.of(wardStay.toString(), samId, "20",
        "2026-09-20", "2026-09-20", "2026-10-09", "Acute mental health ward (hospital)"));
    assertThat(month.table("MHS501HospProvSpell").rows()).containsExactly(List.of(wardStay.toString(), samId,
        "2026-09-20", "2026-10-10", "Luther ward", "Acute mental health ward (hospital)"));
    // A phone call that took place: consultation mechanism 02 (telephone), attended 5.
    assertThat(month.table("MHS201CareContact").rows()).containsExactly(List.of(phoneCall.toString(), ruthId,
        "2026-10-05", "20", "02", "5"));
    assertThat(month.table("MHS302MHDropInContact").rows()).containsExactly(List.of(
        dropIn + ":2026-10-07:" + ruthId, ruthId, "2026-10-07", "Brixton drop-in", "Evening drop-in"));
    assertThat(month.table("MHS301GroupSession").rows()).isEmpty();
    // Employed (01) since 1 September: the status in force when October began.
    assertThat(month.table("MHS004EmpStatus").rows()).containsExactly(List.of(employed.toString(), ruthId, "01",
        "2026-09-01"));
    // Sam's referral arrived in November.
    assertThat(month.table("MHS101Referral").rows()).isEmpty();
    assertThat(month.people()).isEqualTo(2);
  }

  @Test
  void aMonthBeforeAnythingHappenedIsEmpty() {
    MhsdsMonth month = extracts.extract(admin, YearMonth.of(2026, 8));
    assertThat(month.tables()).allSatisfy(table -> assertThat(table.rows()).isEmpty());
  }

  @Test
  void theZipHasOneCsvPerTableWithItsHeaderAndTheDownloadIsAudited() throws IOException {
    MhsdsMonth month = extracts.extract(admin, OCTOBER);
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(month.zip()))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(files.keySet()).containsExactly("MHS001MPI.csv", "MHS003AccommStatus.csv", "MHS004EmpStatus.csv",
        "MHS101Referral.csv", "MHS201CareContact.csv", "MHS301GroupSession.csv", "MHS302MHDropInContact.csv",
        "MHS501HospProvSpell.csv");
    assertThat(files.get("MHS201CareContact.csv")).isEqualTo(
        "CareContactId,LocalPatientId,CareContDate,ClinContDurOfCareCont,ConsMechanismMH,AttendOrDNACode\r\n"
            + phoneCall + "," + people.read(admin, ruth).localId() + ",2026-10-05,20,02,5\r\n");
    assertThat(audit.page(a.test.id(), null, 0, 50).items()).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo(AuditAction.EXPORT);
      assertThat(e.detail()).isEqualTo("MHSDS extract for 2026-10: 2 people");
    });
  }

  @Test
  void everyKindOfServiceHasAnAccommodationMapping() {
    assertThat(Accommodation.MAPPINGS).extracting(Accommodation.Mapping::kind)
        .containsExactlyInAnyOrder(ServiceKind.values());
    assertThat(Accommodation.code(ServiceKind.SUPPORTED_LIVING)).contains("11");
    assertThat(Accommodation.code(ServiceKind.DROP_IN)).isEmpty();
  }
}
