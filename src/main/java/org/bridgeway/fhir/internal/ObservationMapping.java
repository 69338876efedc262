package org.bridgeway.fhir.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.health.Element;
import org.bridgeway.health.HealthCheck;
import org.bridgeway.health.Reading;
import org.bridgeway.outcomes.OutcomeResponse;
import org.bridgeway.outcomes.Score;
import org.bridgeway.work.VocationalStatus;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;

/**
 * Outcome scores, health-check values and vocational status as UK Core Observations, each on the day it was taken.
 *
 * <p>Codes: the project's reference gives no SNOMED CT or LOINC code for the health-check elements, the scores or
 * the vocational status, so each is coded in a Bridgeway code system ({@code urn:bridgeway:...}) with its words as
 * the text, and may be searched by that code. The employment status carries its MHSDS code (01 to 08, ZZ).
 *
 * <p>Ids: none of these has an id of its own that finds it without its person, so each id joins a kind, the
 * person and the record ({@link CompactIds}): {@code os-person-response-n} for the n-th score of an outcome
 * response, {@code hc-person-check-n} for one element of a health check, {@code ws-person-status} for a
 * vocational status.
 *
 * <p>A health-check element declined or not done has no value: its data-absent reason says which, and the reason
 * recorded is a note. A voided record is entered in error when read by id, and never found by a search.
 */
final class ObservationMapping {

  static final String HEALTH_CHECK = "urn:bridgeway:health-check";
  static final String OUTCOME_SCORE = "urn:bridgeway:outcome-score";
  static final String VOCATIONAL = "urn:bridgeway:vocational-status";
  static final String MHSDS_EMPLOYMENT = "urn:bridgeway:mhsds-employment-status";
  static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
  static final String ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
  static final String UCUM = "http://unitsofmeasure.org";

  private ObservationMapping() {}

  enum Kind { OUTCOME_SCORE, HEALTH_CHECK, WORK_STATUS }

  record Key(Kind kind, UUID personId, UUID recordId, int part) {}

  static String scoreId(OutcomeResponse response, Score score) {
    return "os-" + CompactIds.of(response.personId(), response.id()) + "-" + score.position();
  }

  static String readingId(HealthCheck check, Element element) {
    return "hc-" + CompactIds.of(check.personId(), check.id()) + "-" + element.ordinal();
  }

  static String statusId(VocationalStatus status) {
    return "ws-" + CompactIds.of(status.personId(), status.id());
  }

  /** The kind, person, record and part an Observation id names; none for an id not made here. */
  static Optional<Key> key(String id) {
    String[] parts = id.split("-");
    Kind kind = parts.length < 3 ? null : switch (parts[0]) {
      case "os" -> parts.length == 4 ? Kind.OUTCOME_SCORE : null;
      case "hc" -> parts.length == 4 ? Kind.HEALTH_CHECK : null;
      case "ws" -> parts.length == 3 ? Kind.WORK_STATUS : null;
      default -> null;
    };
    if (kind == null) {
      return Optional.empty();
    }
    try {
      int part = parts.length == 4 ? Integer.parseInt(parts[3]) : 0;
      return Optional.of(new Key(kind, CompactIds.uuid(parts[1]), CompactIds.uuid(parts[2]), part));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static Observation score(OutcomeResponse response, Score score, String instrumentName) {
    Observation observation = base(scoreId(response, score), response.voided(), response.personId(),
        response.answeredOn(), "survey", "Survey");
    observation.setCode(code(OUTCOME_SCORE, response.instrumentCode() + "-" + score.position(),
        instrumentName + ": " + score.name()));
    observation.setValue(new Quantity().setValue(score.value()));
    observation.addDerivedFrom(new Reference("QuestionnaireResponse/"
        + CompactIds.of(response.personId(), response.id())));
    observation.setIssuedElement(new org.hl7.fhir.r4.model.InstantType(Date.from(response.recordedAt())));
    return observation;
  }

  static Observation reading(HealthCheck check, Reading reading) {
    Element element = reading.element();
    String category = switch (element) {
      case BLOOD_PRESSURE, BODY_SIZE -> "exam";
      case GLUCOSE, LIPIDS -> "laboratory";
      case ALCOHOL, SMOKING -> "social-history";
    };
    Observation observation = base(readingId(check, element), check.voided(), check.personId(), reading.takenOn(),
        category, null);
    observation.setCode(code(HEALTH_CHECK, codeOf(element), element.label()));
    observation.setIssuedElement(new org.hl7.fhir.r4.model.InstantType(Date.from(check.recordedAt())));
    if (!reading.recorded()) {
      observation.setDataAbsentReason(new CodeableConcept().addCoding(new Coding(ABSENT,
          reading.outcome() == org.bridgeway.health.Outcome.DECLINED ? "asked-declined" : "not-performed",
          reading.outcome() == org.bridgeway.health.Outcome.DECLINED ? "Asked But Declined" : "Not Performed"))
          .setText(reading.outcome().label()));
      if (reading.reason() != null) {
        observation.addNote(new Annotation().setText(reading.reason()));
      }
      return observation;
    }
    switch (element) {
      case ALCOHOL -> {
        quantity(observation, "units-a-week", "Units of alcohol a week",
            reading.alcoholUnits() == null ? null : BigDecimal.valueOf(reading.alcoholUnits()), "units a week", null);
        words(observation, "alcohol-status", "Alcohol status",
            reading.alcoholStatus() == null ? null : reading.alcoholStatus().label());
      }
      case GLUCOSE -> {
        quantity(observation, "glucose", "Blood glucose", reading.glucose(), "mmol/L", "mmol/L");
        quantity(observation, "hba1c", "HbA1c", reading.hba1c(), "mmol/mol", "mmol/mol");
      }
      case BLOOD_PRESSURE -> {
        quantity(observation, "systolic", "Systolic blood pressure",
            reading.systolic() == null ? null : BigDecimal.valueOf(reading.systolic()), "mmHg", "mm[Hg]");
        quantity(observation, "diastolic", "Diastolic blood pressure",
            reading.diastolic() == null ? null : BigDecimal.valueOf(reading.diastolic()), "mmHg", "mm[Hg]");
      }
      case BODY_SIZE -> {
        quantity(observation, "bmi", "Body mass index", reading.bmi(), "kg/m2", "kg/m2");
        quantity(observation, "height", "Height", reading.heightCm(), "cm", "cm");
        quantity(observation, "weight", "Weight", reading.weightKg(), "kg", "kg");
      }
      case LIPIDS -> {
        quantity(observation, "total-cholesterol", "Total cholesterol", reading.totalCholesterol(), "mmol/L",
            "mmol/L");
        quantity(observation, "hdl", "HDL cholesterol", reading.hdl(), "mmol/L", "mmol/L");
        quantity(observation, "ratio", "Total cholesterol to HDL ratio", reading.ratio(), "ratio", "1");
      }
      case SMOKING -> {
        words(observation, "smoking-status", "Smoking status",
            reading.smoking() == null ? null : reading.smoking().label());
        quantity(observation, "per-day", "Cigarettes a day",
            reading.perDay() == null ? null : BigDecimal.valueOf(reading.perDay()), "a day", null);
      }
    }
    return observation;
  }

  static Observation status(VocationalStatus status) {
    Observation observation = base(statusId(status), status.voided(), status.personId(), status.date(),
        "social-history", "Social History");
    observation.setCode(code(VOCATIONAL, "employment-status", "Employment status"));
    observation.setValue(new CodeableConcept().addCoding(new Coding(MHSDS_EMPLOYMENT, status.status().code(),
        status.status().label())).setText(status.status().label()));
    observation.setIssuedElement(new org.hl7.fhir.r4.model.InstantType(Date.from(status.recordedAt())));
    flag(observation, "volunteering", "Volunteering", status.volunteering());
    flag(observation, "education", "In education", status.education());
    flag(observation, "training", "In training", status.training());
    quantity(observation, "hours-a-week", "Hours a week", status.hoursAWeek(), "h/wk", "h/wk");
    if (status.place() != null) {
      words(observation, "place", "Where", status.place());
    }
    return observation;
  }

  static LocalDate date(Observation observation) {
    return LocalDate.parse(observation.getEffectiveDateTimeType().getValueAsString().substring(0, 10));
  }

  static String codeOf(Element element) {
    return element.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static Observation base(String id, boolean voided, UUID personId, LocalDate on, String category,
      @Nullable String display) {
    Observation observation = new Observation();
    observation.setId(id);
    observation.setMeta(UkCore.meta(UkCore.OBSERVATION));
    observation.setStatus(voided ? ObservationStatus.ENTEREDINERROR : ObservationStatus.FINAL);
    observation.addCategory(new CodeableConcept().addCoding(new Coding(CATEGORY, category, display == null
        ? switch (category) {
          case "exam" -> "Exam";
          case "laboratory" -> "Laboratory";
          default -> "Social History";
        } : display)));
    observation.setSubject(new Reference("Patient/" + personId));
    observation.setEffective(new DateTimeType(on.toString()));
    return observation;
  }

  private static CodeableConcept code(String system, String code, String words) {
    return new CodeableConcept().addCoding(new Coding(system, code, words)).setText(words);
  }

  private static void quantity(Observation observation, String code, String words, @Nullable BigDecimal value,
      String unit, @Nullable String ucum) {
    if (value == null) {
      return;
    }
    Quantity quantity = new Quantity().setValue(value).setUnit(unit);
    if (ucum != null) {
      quantity.setSystem(UCUM).setCode(ucum);
    }
    component(observation, code, words).setValue(quantity);
  }

  private static void words(Observation observation, String code, String words, @Nullable String value) {
    if (value != null) {
      component(observation, code, words).setValue(new CodeableConcept().setText(value));
    }
  }

  private static void flag(Observation observation, String code, String words, boolean value) {
    if (value) {
      component(observation, code, words).setValue(new org.hl7.fhir.r4.model.BooleanType(true));
    }
  }

  private static ObservationComponentComponent component(Observation observation, String code, String words) {
    String system = observation.getCode().getCodingFirstRep().getSystem();
    return observation.addComponent().setCode(code(system, code, words));
  }
}
