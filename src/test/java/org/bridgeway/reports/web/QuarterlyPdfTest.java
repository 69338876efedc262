package org.bridgeway.reports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.figures.Figure;
import org.bridgeway.figures.FigureId;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.reports.Quarter;
import org.bridgeway.reports.Quarterly;
import org.bridgeway.reports.QuarterlyReport;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The quarterly report for April to June 2025. Six people entered the rehabilitation ward on 1 May 2025 and left
 * on 1 June 2025 for their own home: 6 admissions that quarter, none a year earlier. Two people are at Oak House
 * (residential care) from 1 May 2025: 2 residential placements on 30 June, which the report shows as "fewer than
 * 5" even to the administrator who downloads it, as it goes to commissioners.
 */
@BridgewayTest
class QuarterlyPdfTest {

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired QuarterlyReport quarterly;
  @Autowired QuarterlyPdf pdf;

  @Test
  void theReportHoldsEveryFigureSuppressedForCommissionersWithChartsPageNumbersAndMetadata() throws Exception {
    Scene.Alliance alliance = scene.create();
    UUID ward = service(alliance, "Rehabilitation ward", ServiceKind.INPATIENT_REHABILITATION);
    UUID oak = service(alliance, "Oak House", ServiceKind.RESIDENTIAL_CARE);
    for (int i = 0; i < 6; i++) {
      stays.record(alliance.admin, alliance.person(), new NewStay(ward, LocalDate.of(2025, 5, 1), null, null,
          LocalDate.of(2025, 6, 1), EndReason.RETURNED_HOME, "Their own flat"));
    }
    for (int i = 0; i < 2; i++) {
      stays.record(alliance.admin, alliance.person(), new NewStay(oak, LocalDate.of(2025, 5, 1), null, null, null,
          null, null));
    }

    Quarterly q = quarterly.report(alliance.admin, Quarter.parse("2025-Q2"));
    assertThat(q.baseline().text()).isEqualTo("1 April 2024 to 30 June 2024");
    assertThat(q.figures()).hasSize(FigureId.values().length);
    Figure admissions = find(q, FigureId.REHAB_ADMISSIONS);
    assertThat(admissions.valueText()).isEqualTo("6");
    assertThat(admissions.changeText()).isEqualTo("no baseline");
    assertThat(find(q, FigureId.RESIDENTIAL_PLACEMENTS).valueText()).isEqualTo("fewer than 5");
    assertThat(q.series()).hasSize(8);
    assertThat(q.series().get(7).quarter()).isEqualTo(new Quarter(2025, 2));
    assertThat(q.series().get(0).quarter()).isEqualTo(new Quarter(2023, 3));
    // Admissions are charted third: 6 in April to June 2025, 0 in the same quarter of 2024 (the fourth).
    int admissionsAt = q.charted().indexOf(FigureId.REHAB_ADMISSIONS);
    assertThat(q.series().get(7).texts().get(admissionsAt)).isEqualTo("6");
    assertThat(q.series().get(3).quarter()).isEqualTo(new Quarter(2024, 2));
    assertThat(q.series().get(3).texts().get(admissionsAt)).isEqualTo("0");
    assertThat(q.series().get(6).values().get(admissionsAt)).isEqualByComparingTo("0");

    byte[] bytes = pdf.render(q);
    java.nio.file.Files.write(java.nio.file.Path.of("target", "quarterly-report-example.pdf"), bytes);
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo(q.allianceName() + ": quarterly report, April to June 2025");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Quarterly report: April to June 2025", "Contents",
          "Admissions to inpatient rehabilitation 6 0 no baseline",
          "Residential placements in use fewer than 5", "Definitions",
          FigureId.REHAB_ADMISSIONS.definition(), "Page 1 of " + document.getNumberOfPages());
    }
  }

  @Test
  void onlyTheRolesThatSeeTheFiguresGetTheReportAndAQuarterMustBeReal() {
    Scene.Alliance alliance = scene.create();
    assertThatThrownBy(() -> quarterly.report(alliance.user(Role.PRACTITIONER, null), new Quarter(2025, 2)))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> Quarter.parse("2025-Q5")).isInstanceOf(Refused.class);
    assertThatThrownBy(() -> Quarter.parse("=cmd")).isInstanceOf(Refused.class);
    // The typeface has no ceiling brackets: the nearest-rank definitions are printed in words.
    assertThat(QuarterlyPdf.printable(FigureId.WAITING_DECISION_MEDIAN.definition()))
        .contains("the value at rank n/2 rounded up of n waits").doesNotContain("⌈", "⌉");
    assertThat(Quarter.parse("2026-Q1").period().text()).isEqualTo("1 January 2026 to 31 March 2026");
  }

  static Figure find(Quarterly q, FigureId id) {
    return q.figures().stream().filter(f -> f.id().equals(id.id())).findFirst().orElseThrow();
  }

  UUID service(Scene.Alliance alliance, String name, ServiceKind kind) {
    return services.add(alliance.admin, new ServiceDetails(alliance.ours, name, kind, false, null, null, null, null,
        null, null, false, false, false, null, null, null, null));
  }
}
