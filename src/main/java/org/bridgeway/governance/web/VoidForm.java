package org.bridgeway.governance.web;

import org.jspecify.annotations.Nullable;

/** What a void form sends: the version read and why. */
record VoidForm(@Nullable Integer version, @Nullable String reason) {

  int versionRead() {
    return version == null ? -1 : version;
  }
}
