package org.bridgeway.fhir.internal;

import java.util.Set;
import org.bridgeway.access.CurrentUser;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;

/**
 * Takes the entries of one resource type from a bundle into the module that keeps them, through that module's
 * service, so that its rules, access checks and audit apply as on the pages.
 */
interface EntryIntake {

  String resourceType();

  /** The methods the type may be sent with. */
  Set<HTTPVerb> methods();

  /** Refuses, with every reason, what the entry says wrongly; writes nothing. */
  void check(CurrentUser user, BundleEntryComponent entry, References references);

  /** Writes the entry; refuses it as {@link #check} would, or as the module's rules do. */
  EntryResult take(CurrentUser user, BundleEntryComponent entry, References references);
}
