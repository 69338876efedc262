package org.bridgeway.money;

/** A funder's contribution to the alliance budget of a financial year. */
public record Funder(String name, long pence) {

  public String text() {
    return Pounds.text(pence);
  }
}
