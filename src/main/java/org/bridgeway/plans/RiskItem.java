package org.bridgeway.plans;

import org.jspecify.annotations.Nullable;

/** One item of the positive risk-taking plan: the risk, the good it does the person, what is agreed, and the plan B. */
public record RiskItem(@Nullable String risk, @Nullable String benefit, @Nullable String agreed,
    @Nullable String ifItGoesWrong) {}
