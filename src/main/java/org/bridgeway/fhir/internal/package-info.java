/** The HAPI FHIR server, its resource providers and the mapping of Bridgeway's records to UK Core resources. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.fhir.internal;
