package org.bridgeway.access;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/** One line of the route walk's table: the paths a pattern covers, and who may reach them. */
record AccessRule(String pattern, Reach reach, Set<Role> roles) {

  /** Who a rule lets through. */
  enum Reach { EVERYONE, SIGNED_IN, ROLES, NOBODY }

  static AccessRule everyone(String pattern) {
    return new AccessRule(pattern, Reach.EVERYONE, EnumSet.allOf(Role.class));
  }

  static AccessRule signedIn(String pattern) {
    return new AccessRule(pattern, Reach.SIGNED_IN, EnumSet.allOf(Role.class));
  }

  static AccessRule only(String pattern, Role first, Role... rest) {
    return new AccessRule(pattern, Reach.ROLES, EnumSet.of(first, rest));
  }

  static AccessRule nobody(String pattern) {
    return new AccessRule(pattern, Reach.NOBODY, EnumSet.noneOf(Role.class));
  }

  /** A pattern may start with a method ("POST /panels") to cover only requests made with it. */
  boolean covers(String method, String path) {
    String pathPattern = pattern;
    int space = pattern.indexOf(' ');
    if (space > 0) {
      if (!pattern.substring(0, space).equals(method)) {
        return false;
      }
      pathPattern = pattern.substring(space + 1);
    }
    return PathPatternParser.defaultInstance.parse(pathPattern).matches(PathContainer.parsePath(path));
  }

  /** Whether this caller, or an anonymous one when the role is null, may reach the paths. */
  boolean allows(@Nullable Role role) {
    return reach == Reach.EVERYONE || (role != null && roles.contains(role));
  }

  @Override
  public String toString() {
    return pattern + " -> " + (reach == Reach.ROLES ? roles : reach);
  }
}
