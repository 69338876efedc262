/**
 * Money: the weekly rates of services over time and individual package rates for a stay, the cost of care
 * computed from the stays, the alliance budget of each financial year with its funders, forecast and savings, and
 * people's personal budgets with their spends, balance and forecast.
 * Amounts are whole pence ({@code long}) and shown as GBP; nothing is ever a floating-point number.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Money")
@org.jspecify.annotations.NullMarked
package org.bridgeway.money;
