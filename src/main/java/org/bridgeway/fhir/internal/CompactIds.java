package org.bridgeway.fhir.internal;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.UUID;

/**
 * Logical ids made of more than one Bridgeway id, for records a module finds only through their person (a goal,
 * an outcome response, a health check) or that have no id of their own (an attendance). A UUID is written in base
 * 36 (at most 25 characters), so a person's id and a record's id joined by a hyphen ({@code person-record}) fit
 * FHIR's 64 characters, and hold only the letters, digits and hyphens an id may have.
 */
final class CompactIds {

  private CompactIds() {}

  record PersonAnd(UUID personId, UUID recordId) {}

  static String of(UUID personId, UUID recordId) {
    return base36(personId) + "-" + base36(recordId);
  }

  /** The person and the record an id names; none for an id not made this way. */
  static Optional<PersonAnd> parse(String id) {
    String[] parts = id.split("-");
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PersonAnd(uuid(parts[0]), uuid(parts[1])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static String base36(UUID id) {
    byte[] bytes = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits()).array();
    return new BigInteger(1, bytes).toString(36);
  }

  static UUID uuid(String base36) {
    if (base36.isEmpty() || base36.length() > 25 || !base36.chars().allMatch(c -> Character.isDigit(c)
        || (c >= 'a' && c <= 'z'))) {
      throw new IllegalArgumentException("Not a compact id: " + base36);
    }
    BigInteger value = new BigInteger(base36, 36);
    if (value.bitLength() > 128) {
      throw new IllegalArgumentException("Not a compact id: " + base36);
    }
    return new UUID(value.shiftRight(64).longValue(), value.longValue());
  }
}
