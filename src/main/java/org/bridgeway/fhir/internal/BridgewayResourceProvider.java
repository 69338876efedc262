package org.bridgeway.fhir.internal;

import ca.uhn.fhir.rest.server.IResourceProvider;

/** A resource provider of the FHIR server; every bean of this type is registered with it. */
interface BridgewayResourceProvider extends IResourceProvider {}
