package org.bridgeway.portal;

import java.util.List;

/** The person's team today, key worker first, and who has left it. */
public record MyTeam(List<TeamContact> current, List<TeamContact> past) {}
