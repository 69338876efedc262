package org.bridgeway.fhir.internal;

import ca.uhn.fhir.rest.param.ReferenceParam;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The person a {@code patient} search parameter names ({@code Patient/id} or the id alone); none when no UUID. */
final class PersonParam {

  private PersonParam() {}

  static @Nullable UUID person(ReferenceParam patient) {
    try {
      return UUID.fromString(patient.getIdPart());
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }
}
