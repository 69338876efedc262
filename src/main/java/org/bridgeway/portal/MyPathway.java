package org.bridgeway.portal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where the person lives now, the places they lived before (earliest first), and their move plan if one is open. */
public record MyPathway(List<PlaceLived> now, List<PlaceLived> before, @Nullable MoveAhead move) {}
