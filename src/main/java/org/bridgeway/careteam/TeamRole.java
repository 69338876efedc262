package org.bridgeway.careteam;

import java.util.Arrays;
import java.util.Locale;

/** The part a member plays in the team around the person. A key worker in this role holds the key worker flag. */
public enum TeamRole {
  KEY_WORKER("Key worker"),
  CARE_COORDINATOR("Care coordinator"),
  SUPPORT_WORKER("Support worker"),
  NURSE("Nurse"),
  SOCIAL_WORKER("Social worker"),
  OCCUPATIONAL_THERAPIST("Occupational therapist"),
  PSYCHIATRIST("Psychiatrist"),
  PEER_WORKER("Peer support worker"),
  EMPLOYMENT_SPECIALIST("Employment specialist"),
  OTHER("Other");

  private final String label;

  TeamRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The role named by a code such as "nurse" or "CARE_COORDINATOR"; anything unknown is {@link #OTHER}. */
  public static TeamRole fromCode(String code) {
    String wanted = code.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst().orElse(OTHER);
  }
}
