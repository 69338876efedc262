package org.bridgeway.figures;

/** Which way a figure should move for the alliance to be doing better; some figures describe and judge nothing. */
public enum Direction {
  GOOD_WHEN_UP,
  GOOD_WHEN_DOWN,
  NEITHER
}
