package org.bridgeway.web;

/** Counts from 1 to 4 are shown as "fewer than 5", so that no small group of people can be singled out. */
final class SmallNumbers {

  private SmallNumbers() {}

  static String suppress(long count) {
    return count >= 1 && count <= 4 ? "fewer than 5" : String.format("%,d", count);
  }
}
