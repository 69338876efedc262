package org.bridgeway.community;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A regular opening time: a day of the week and the hours, opening before closing. */
public record Opening(DayOfWeek day, LocalTime opens, LocalTime closes) {}
