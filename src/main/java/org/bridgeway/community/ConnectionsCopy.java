package org.bridgeway.community;

import java.util.ArrayList;
import java.util.List;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.portal.CopyPart;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The person's connections in their copy of their record, read as them. */
@Component
class ConnectionsCopy implements CopyPart {

  private final Connections connections;

  ConnectionsCopy(Connections connections) {
    this.connections = connections;
  }

  @Override
  public String fileName() {
    return "connections.csv";
  }

  @Override
  public String about() {
    return "The clubs, groups, classes, volunteering and work you are part of, now and before.";
  }

  @Override
  public List<List<? extends @Nullable Object>> rows(CurrentUser me) {
    List<List<? extends @Nullable Object>> rows = new ArrayList<>();
    rows.add(List.of("Where", "Kind", "Started", "Ended", "How it is going", "Note", "Added by you"));
    for (Connection c : connections.mine(me)) {
      rows.add(java.util.Arrays.asList(c.resourceName(), c.kind().label(), c.start(), c.end(), c.progress().label(),
          c.note(), c.addedByPerson() ? "Yes" : "No"));
    }
    return rows;
  }
}
