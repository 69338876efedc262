package org.bridgeway.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.imports.ImportJob.Status;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class ImportsTest {

  static final String HEADINGS = "nhs_number,given_name,family_name,date_of_birth,gender,postcode\n";
  static final String GOOD = """
      943 476 5919,Grace,Adeyemi,1975-11-02,2,SW9 8AB
      401 023 2137,Samuel,Okafor,27/03/1980,1,
      ,Ada,Lovelace,1990-12-10,,
      """;

  @Autowired Imports imports;
  @Autowired People people;
  @Autowired AuditTrail audit;
  @Autowired TestAlliances alliances;

  TestAlliance alliance;
  CurrentUser manager;

  @BeforeEach
  void setUp() {
    alliance = alliances.create();
    manager = alliance.as(Role.MANAGER);
  }

  ImportJob check(ImportKind kind, String name, byte[] file) {
    return imports.check(manager, imports.upload(manager, kind, name, file));
  }

  ImportJob importChecked(ImportJob checked) {
    imports.start(manager, checked.id());
    return imports.run(manager, checked.id());
  }

  static byte[] csv(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aBadNhsNumberIsReportedWithItsLineAndColumnAndNothingIsSavedUntilTheFileIsCorrect() {
    // Headings on line 1, three good rows on lines 2 to 4, and on line 5 a number whose check digit is wrong:
    // 9,4,3,4,7,6,5,9,1 weighted 10..2 sum to 299; 299 mod 11 = 2; 11 - 2 = 9, so 943 476 5918 is not valid.
    ImportJob refused = check(ImportKind.PEOPLE, "people.csv", csv(HEADINGS + GOOD
        + "943 476 5918,Tom,Baker,1960-01-20,1,\n"));

    assertThat(refused.status()).isEqualTo(Status.REFUSED);
    assertThat(refused.refused()).isEqualTo(1);
    assertThat(refused.toCreate()).isEqualTo(3);
    assertThat(imports.problems(manager, refused.id(), 10)).containsExactly(new RowProblem(5, "nhs_number",
        "Enter a valid NHS number: the last digit does not match the others. Check it for typing mistakes"));
    assertThat(people.count(alliance.id())).isZero();
    assertThatThrownBy(() -> imports.start(manager, refused.id())).hasMessageContaining("Only a checked file");

    // Corrected: 943 476 5870 (sum 9*10+4*9+3*8+4*7+7*6+6*5+5*4+8*3+7*2 = 308; 308 mod 11 = 0; 11 - 0 = 11 -> 0).
    byte[] fixed = csv(HEADINGS + GOOD + "943 476 5870,Tom,Baker,1960-01-20,1,\n");
    ImportJob checked = check(ImportKind.PEOPLE, "people.csv", fixed);
    assertThat(checked.status()).isEqualTo(Status.CHECKED);
    assertThat(checked.toCreate()).isEqualTo(4);
    assertThat(people.count(alliance.id())).isZero();

    ImportJob imported = importChecked(checked);
    assertThat(imported.status()).isEqualTo(Status.IMPORTED);
    assertThat(imported.created()).isEqualTo(4);
    assertThat(people.count(alliance.id())).isEqualTo(4);
    var trail = audit.page(alliance.id(), null, 0, 50).items();
    assertThat(trail).filteredOn(e -> e.action() == AuditAction.CREATE && e.subjectType().equals("Person"))
        .hasSize(4);
    assertThat(trail).anyMatch(e -> e.subjectType().equals("Import")
        && "People imported from people.csv: 4 created, 0 unchanged".equals(e.detail()));

    ImportJob again = importChecked(check(ImportKind.PEOPLE, "people.csv", fixed));
    assertThat(again.status()).isEqualTo(Status.IMPORTED);
    assertThat(again.created()).isZero();
    assertThat(again.unchanged()).isEqualTo(4);
    assertThat(people.count(alliance.id())).isEqualTo(4);
  }

  @Test
  void aWorkbookImportsAsTheCsvDoesWithRealDateCells() throws IOException {
    ImportJob checked = check(ImportKind.PEOPLE, "people.xlsx", workbook());

    assertThat(imports.problems(manager, checked.id(), 10)).isEmpty();
    assertThat(checked.toCreate()).isEqualTo(2);
    assertThat(importChecked(checked).created()).isEqualTo(2);
    assertThat(check(ImportKind.PEOPLE, "people.xlsx", workbook()).unchanged()).isEqualTo(2);
  }

  @Test
  void aChangedFieldOnReImportIsRefusedAndTheRecordIsNotWrittenOver() {
    importChecked(check(ImportKind.PEOPLE, "people.csv", csv(HEADINGS + GOOD)));

    ImportJob changed = check(ImportKind.PEOPLE, "people.csv", csv(HEADINGS
        + "943 476 5919,Grace,Adeyemi-Smith,1975-11-02,2,SW9 8AB\n"));

    assertThat(changed.status()).isEqualTo(Status.REFUSED);
    List<RowProblem> problems = imports.problems(manager, changed.id(), 10);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.field()).isEqualTo("family_name");
      assertThat(p.reason()).contains("Already recorded differently").contains("\"Adeyemi\"");
    });
  }

  @Test
  void aDateInTheWrongFormatIsRefusedWithWhatToWrite() {
    ImportJob job = check(ImportKind.PEOPLE, "people.csv", csv(HEADINGS + "943 476 5919,Grace,Adeyemi,2.11.1975,,\n"));

    assertThat(imports.problems(manager, job.id(), 10)).containsExactly(new RowProblem(2, "date_of_birth",
        "\"2.11.1975\" is not a date: enter it as YYYY-MM-DD or DD/MM/YYYY, like 2025-03-27"));
  }

  @Test
  void theSamePersonTwiceInOneFileIsRefusedOnTheSecondLine() {
    ImportJob job = check(ImportKind.PEOPLE, "people.csv", csv(HEADINGS
        + "943 476 5919,Grace,Adeyemi,1975-11-02,,\n9434765919,Grace,Adeyemi,1975-11-02,,\n"));

    assertThat(imports.problems(manager, job.id(), 10)).containsExactly(
        new RowProblem(3, "nhs_number", "The same person is on line 2"));
  }

  @Test
  void aColumnTheTemplateDoesNotHaveIsRefused() {
    ImportJob job = check(ImportKind.PEOPLE, "people.csv", csv("nhs_number,given_name,family_name,dob\n"
        + "943 476 5919,Grace,Adeyemi,1975-11-02\n"));

    assertThat(job.status()).isEqualTo(Status.REFUSED);
    assertThat(imports.problems(manager, job.id(), 10)).containsExactly(
        new RowProblem(1, "dob", "The template has no column \"dob\": check its spelling"));
  }

  @Test
  void onlyAdministratorsAndManagersMayImport() {
    for (Role role : List.of(Role.PRACTITIONER, Role.COMMISSIONER, Role.PERSON, Role.PANEL_MEMBER)) {
      assertThatThrownBy(() -> imports.upload(alliance.as(role), ImportKind.PEOPLE, "people.csv",
          csv(HEADINGS + GOOD))).isInstanceOf(AccessDenied.class);
    }
    assertThat(imports.recent(alliance.as(Role.ADMIN))).isEmpty();
  }

  @Test
  void aJobOfAnotherAllianceIsNotFound() {
    ImportJob job = check(ImportKind.PEOPLE, "people.csv", csv(HEADINGS + GOOD));
    CurrentUser other = alliances.create().as(Role.ADMIN);

    assertThatThrownBy(() -> imports.job(other, job.id()))
        .isInstanceOf(org.bridgeway.shared.RecordNotFound.class);
  }

  static byte[] workbook() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("People");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      String[] headings = {"nhs_number", "given_name", "family_name", "date_of_birth"};
      Row top = sheet.createRow(0);
      for (int i = 0; i < headings.length; i++) {
        top.createCell(i).setCellValue(headings[i]);
      }
      Row guidance = sheet.createRow(1);
      guidance.createCell(0).setCellValue("# 10 digits");
      person(sheet.createRow(2), 9434765919L, "Grace", "Adeyemi", LocalDate.of(1975, 11, 2), date);
      person(sheet.createRow(3), 4010232137L, "Samuel", "Okafor", LocalDate.of(1980, 3, 27), date);
      book.write(out);
      return out.toByteArray();
    }
  }

  private static void person(Row row, long nhs, String given, String family, LocalDate born, CellStyle style) {
    row.createCell(0).setCellValue(nhs);
    row.createCell(1).setCellValue(given);
    row.createCell(2).setCellValue(family);
    row.createCell(3).setCellValue(born);
    row.getCell(3).setCellStyle(style);
  }

  static UUID none() {
    return new UUID(0, 0);
  }
}
