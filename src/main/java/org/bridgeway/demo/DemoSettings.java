package org.bridgeway.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's settings, {@code bridgeway.demo.*}: whether demo mode is on (unset: on exactly when the embedded
 * database is used), how many people each alliance gets, the seed that makes the data the same every time, and
 * whether to stop once the data is built (for benchmarks).
 */
@ConfigurationProperties("bridgeway.demo")
record DemoSettings(
    @Nullable Boolean enabled,
    @DefaultValue("800") int peoplePerAlliance,
    @DefaultValue("20260401") long seed,
    @DefaultValue("false") boolean exitAfterLoad) {}
