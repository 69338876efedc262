package org.bridgeway.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * HAPI FHIR's validator, offline, with the base R4 definitions and the UK Core package copied into the test
 * resources ({@code fhir/uk-core}, Apache 2.0, see its NOTICE). Built once: loading the package takes seconds.
 */
final class UkCoreValidation {

  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static FhirValidator validator;

  private UkCoreValidation() {}

  /**
   * The messages of ERROR or FATAL severity about the resource. None is left out: terminology the validator
   * cannot reach offline (SNOMED CT) only ever gives warnings or information, which are not errors.
   */
  static List<String> errors(IBaseResource resource) {
    return validator().validateWithResult(resource).getMessages().stream()
        .filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
            || message.getSeverity() == ResultSeverityEnum.FATAL)
        .map(UkCoreValidation::describe).toList();
  }

  private static String describe(SingleValidationMessage message) {
    return message.getSeverity() + " at " + message.getLocationString() + ": " + message.getMessage();
  }

  private static synchronized FhirValidator validator() {
    if (validator == null) {
      PrePopulatedValidationSupport ukCore = new PrePopulatedValidationSupport(FHIR);
      load("structuredefinitions", StructureDefinition.class).forEach(ukCore::addStructureDefinition);
      load("valuesets", ValueSet.class).forEach(ukCore::addValueSet);
      load("codesystems", CodeSystem.class).forEach(ukCore::addCodeSystem);
      ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
          new SnapshotGeneratingValidationSupport(FHIR), ukCore, new InMemoryTerminologyServerValidationSupport(FHIR),
          new CommonCodeSystemsTerminologyService(FHIR));
      FhirInstanceValidator instance = new FhirInstanceValidator(chain);
      instance.setErrorForUnknownProfiles(true);
      validator = FHIR.newValidator().registerValidatorModule(instance);
    }
    return validator;
  }

  private static <T extends IBaseResource> List<T> load(String folder, Class<T> type) {
    try {
      Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:fhir/uk-core/" + folder + "/*.xml");
      return java.util.Arrays.stream(files).map(file -> {
        try (InputStream in = file.getInputStream()) {
          return FHIR.newXmlParser().parseResource(type, in);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
