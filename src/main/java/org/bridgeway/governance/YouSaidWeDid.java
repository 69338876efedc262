package org.bridgeway.governance;

import java.time.LocalDate;

/** One closed action as the public sees it: what people said, what we did, and when. It names no one. */
public record YouSaidWeDid(String youSaid, String weDid, LocalDate closedOn) {}
