package org.bridgeway.web;

/**
 * The parts of Bridgeway beyond a person's own record. Each is one item in the header's menu, leading to a page
 * ({@code /hub/{path}}) that lists the part's pages the user's role may open; the menu stays short however many
 * pages there are, and works the same on a phone.
 */
public enum Hub {
  PATHWAY("pathway", "Pathway", "Pathway", "Where people live and how they move on: places, vacancies and delays."),
  SERVICES("services", "Day services and work", "Services",
      "Day services and groups, community connections, work and learning, physical health and outcomes."),
  MONEY("money", "Money", "Money", "The cost of care, personal budgets, and the alliance budget and its savings."),
  ALLIANCE("alliance", "Alliance", "Alliance", "How the alliance is run: its staff, rotas, recruitment, the people's forum and "
      + "its improvement work.");

  private final String path;
  private final String label;
  private final String menuLabel;
  private final String description;

  Hub(String path, String label, String menuLabel, String description) {
    this.path = path;
    this.label = label;
    this.menuLabel = menuLabel;
    this.description = description;
  }

  public String path() {
    return path;
  }

  public String href() {
    return "/hub/" + path;
  }

  public String label() {
    return label;
  }

  /** The hub's name in the header's menu: short, so that every item fits on one line at desktop width. */
  public String menuLabel() {
    return menuLabel;
  }

  public String description() {
    return description;
  }

  static java.util.Optional<Hub> at(String path) {
    return java.util.Arrays.stream(values()).filter(hub -> hub.path.equals(path)).findFirst();
  }
}
