/**
 * Work, learning and volunteering: each person's vocational status over time in the MHSDS employment status
 * codes, with volunteering, education and training detail; the employment team's caseload of people allocated to
 * employment specialists; each person's vocational profile; employer contacts; job starts and endings with
 * in-work support; and IPS fidelity reviews of an employment team (25 items scored 1-5, a total and a band).
 * A person's status on a day is the latest record dated on or before that day, voided records left out.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work, learning and volunteering")
@org.jspecify.annotations.NullMarked
package org.bridgeway.work;
