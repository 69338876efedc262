package org.bridgeway.access;

import java.util.Optional;

/**
 * A password must be at least 12 characters and not one of the few that are guessed first. Long passphrases
 * are encouraged over complexity rules, as the National Cyber Security Centre advises.
 */
public final class PasswordPolicy {

  public static final int MINIMUM_LENGTH = 12;

  private PasswordPolicy() {}

  /** Why the password is refused, or empty when it is acceptable. */
  public static Optional<String> problemWith(String password, String username) {
    if (password.length() < MINIMUM_LENGTH) {
      return Optional.of("Enter a password of at least " + MINIMUM_LENGTH + " characters");
    }
    if (password.length() > 128) {
      return Optional.of("Enter a password of 128 characters or fewer");
    }
    if (password.toLowerCase().contains(username.toLowerCase())) {
      return Optional.of("Your password must not contain your username");
    }
    if (password.chars().distinct().count() < 5) {
      return Optional.of("Enter a password that is harder to guess");
    }
    return Optional.empty();
  }
}
