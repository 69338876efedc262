package org.bridgeway.community;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The kinds of community resource in the directory, used also as the kind of a connection. */
public enum ResourceKind {
  CLUB("Club or social group"),
  COLLEGE("College or learning"),
  VOLUNTEERING("Volunteering"),
  FAITH_GROUP("Faith group"),
  PEER_GROUP("Peer support group"),
  EMPLOYER("Employer"),
  SPORT("Sport and exercise"),
  ARTS("Arts and culture"),
  OTHER("Other");

  private final String label;

  ResourceKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<ResourceKind> named(@Nullable String name) {
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
  }
}
