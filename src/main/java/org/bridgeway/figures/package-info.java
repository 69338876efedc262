/**
 * The alliance figures: every figure of the alliance dashboard for a period against a baseline period, computed
 * from the records alone, each with one definition ({@link org.bridgeway.figures.FigureId}) shown the same on
 * the dashboard and in the API. The pathway figures are read here with SQL over the stays and referrals; the
 * others are asked of the modules that own them. Commissioners see small numbers suppressed
 * ({@link org.bridgeway.figures.SmallNumbers}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "The alliance figures")
@org.jspecify.annotations.NullMarked
package org.bridgeway.figures;
