package org.bridgeway.fhir.internal;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.UUID;
import java.util.function.Supplier;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.hl7.fhir.r4.model.IdType;

/**
 * Turns the modules' refusals into FHIR's: not found (404, whether it is in no alliance or in another), not
 * allowed (403) and bad input (400), each answered by HAPI with an OperationOutcome.
 */
final class Refusals {

  private Refusals() {}

  static <T> T answer(IdType id, Supplier<T> read) {
    try {
      return read.get();
    } catch (RecordNotFound e) {
      throw notFound(id);
    } catch (AccessDenied e) {
      throw new ForbiddenOperationException(e.getMessage());
    } catch (InvalidInput e) {
      throw new InvalidRequestException(e.getMessage());
    }
  }

  /** The Bridgeway id in a logical id; an id that is no UUID names nothing here. */
  static UUID uuid(IdType id) {
    try {
      return UUID.fromString(id.getIdPart());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw notFound(id);
    }
  }

  static ResourceNotFoundException notFound(IdType id) {
    return new ResourceNotFoundException(id.toUnqualifiedVersionless());
  }
}
