package org.bridgeway.outcomes;

import java.math.BigDecimal;

/** A score worked out from a response's answers by one of the instrument's rules. */
public record Score(int position, String name, BigDecimal value) {}
