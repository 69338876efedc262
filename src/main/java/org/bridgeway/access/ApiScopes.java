package org.bridgeway.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The scopes an API client may be given, SMART on FHIR's system scopes: {@code system/*.read} reads every
 * resource type, {@code system/Patient.read} only Patients, and {@code .write} the same for creating and
 * changing. A client holds only the scopes its alliance administrator chose from this list.
 */
public final class ApiScopes {

  /** The FHIR resource types Bridgeway serves or takes in, in the order the registration page lists them. */
  public static final List<String> RESOURCE_TYPES = List.of("Patient", "Organization", "HealthcareService",
      "Location", "EpisodeOfCare", "ServiceRequest", "CareTeam", "CarePlan", "Goal", "Encounter",
      "QuestionnaireResponse", "Observation", "Consent");

  public static final String READ_ALL = "system/*.read";
  public static final String WRITE_ALL = "system/*.write";

  /** Every scope on offer: all types first, then each type's read and write. */
  public static final List<String> OFFERED = offered();

  private ApiScopes() {}

  public static String read(String resourceType) {
    return "system/" + resourceType + ".read";
  }

  public static String write(String resourceType) {
    return "system/" + resourceType + ".write";
  }

  /** Whether the scopes let a client read resources of the type. */
  public static boolean allowRead(Collection<String> scopes, String resourceType) {
    return scopes.contains(READ_ALL) || scopes.contains(read(resourceType));
  }

  /** Whether the scopes let a client create or change resources of the type. */
  public static boolean allowWrite(Collection<String> scopes, String resourceType) {
    return scopes.contains(WRITE_ALL) || scopes.contains(write(resourceType));
  }

  private static List<String> offered() {
    List<String> all = new ArrayList<>(List.of(READ_ALL, WRITE_ALL));
    for (String type : RESOURCE_TYPES) {
      all.add(read(type));
      all.add(write(type));
    }
    return List.copyOf(all);
  }
}
