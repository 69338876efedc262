package org.bridgeway.work;

/**
 * The MHSDS employment status codes. Employed (01), student (03) and unpaid voluntary work (07) count as being
 * in work, volunteering, education or training; so does any status with volunteering, education or training
 * recorded beside it.
 */
public enum EmploymentStatus {
  EMPLOYED("01", "Employed", true),
  SEEKING_WORK("02", "Unemployed and actively seeking work", false),
  STUDENT("03", "Student", true),
  LONG_TERM_SICK("04", "Long-term sick or disabled", false),
  HOMEMAKER("05", "Homemaker", false),
  NOT_SEEKING_WORK("06", "Not receiving benefits and not seeking work", false),
  VOLUNTEERING("07", "Unpaid voluntary work", true),
  RETIRED("08", "Retired", false),
  NOT_STATED("ZZ", "Not stated", false);

  private final String code;
  private final String label;
  private final boolean occupied;

  EmploymentStatus(String code, String label, boolean occupied) {
    this.code = code;
    this.label = label;
    this.occupied = occupied;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Whether the code alone means the person is in work, volunteering, education or training. */
  public boolean occupied() {
    return occupied;
  }

  public static EmploymentStatus ofCode(String code) {
    for (EmploymentStatus s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("No employment status " + code);
  }
}
