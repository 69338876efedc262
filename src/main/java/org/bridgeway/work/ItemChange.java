package org.bridgeway.work;

/** One item of two fidelity reviews side by side. */
public record ItemChange(int item, String name, int before, int after) {

  public int change() {
    return after - before;
  }
}
