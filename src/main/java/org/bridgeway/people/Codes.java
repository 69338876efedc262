package org.bridgeway.people;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The code lists a person's record uses. Gender and ethnic category follow the NHS data dictionary; funding
 * and legal status are Bridgeway's own short lists.
 */
public final class Codes {

  private Codes() {}

  public static final Map<String, String> GENDER = ordered(
      "1", "Male", "2", "Female", "3", "Non-binary", "4", "Other (not listed)", "X", "Not known",
      "Z", "Not stated (person asked but declined)");

  public static final Map<String, String> ETHNICITY = ordered(
      "A", "White: British", "B", "White: Irish", "C", "White: any other White background",
      "D", "Mixed: White and Black Caribbean", "E", "Mixed: White and Black African", "F", "Mixed: White and Asian",
      "G", "Mixed: any other mixed background", "H", "Asian or Asian British: Indian",
      "J", "Asian or Asian British: Pakistani", "K", "Asian or Asian British: Bangladeshi",
      "L", "Asian or Asian British: any other Asian background", "M", "Black or Black British: Caribbean",
      "N", "Black or Black British: African", "P", "Black or Black British: any other Black background",
      "R", "Other ethnic groups: Chinese", "S", "Other ethnic groups: any other ethnic group",
      "Z", "Not stated", "99", "Not known");

  public static final Map<String, String> FUNDING = ordered(
      "NHS", "NHS", "LOCAL_AUTHORITY", "Local authority (adult social care)",
      "JOINT", "Joint health and social care", "S117", "Section 117 aftercare",
      "CHC", "NHS Continuing Healthcare", "PERSONAL_BUDGET", "Personal budget or direct payment",
      "SELF", "Self-funded");

  public static final Map<String, String> LEGAL_STATUS = ordered(
      "INFORMAL", "Informal (no legal order)", "S2", "Mental Health Act section 2",
      "S3", "Mental Health Act section 3", "S37", "Mental Health Act section 37",
      "S37_41", "Mental Health Act section 37/41", "CTO", "Community treatment order (section 17A)",
      "S7", "Guardianship (section 7)", "DOLS", "Deprivation of Liberty Safeguards",
      "S117_ONLY", "Section 117 aftercare only");

  public static final Map<String, String> RELATIONSHIP = ordered(
      "PARENT", "Parent", "CHILD", "Son or daughter", "PARTNER", "Partner or spouse", "SIBLING", "Brother or sister",
      "FRIEND", "Friend", "RELATIVE", "Other relative", "NEIGHBOUR", "Neighbour", "ADVOCATE", "Advocate",
      "OTHER", "Other");

  public static String label(Map<String, String> codes, String code) {
    return code == null ? "" : codes.getOrDefault(code, code);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
