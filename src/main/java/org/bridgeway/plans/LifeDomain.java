package org.bridgeway.plans;

/** The parts of a life a goal can be about. */
public enum LifeDomain {
  HOME("Home"),
  WORK_AND_LEARNING("Work and learning"),
  RELATIONSHIPS("Relationships"),
  PHYSICAL_HEALTH("Physical health"),
  MENTAL_HEALTH("Mental health"),
  LIVING_SKILLS("Living skills"),
  COMMUNITY("Community"),
  MONEY("Money");

  private final String label;

  LifeDomain(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
