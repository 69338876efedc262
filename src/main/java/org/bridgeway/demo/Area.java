package org.bridgeway.demo;

import java.util.List;

/**
 * What makes synthetic people plausible for one place: its postcode districts and streets, its GP practices
 * (with the area's practice code prefix), its telephone numbers from the ranges kept for drama, and the
 * shares of ethnic groups, funding and legal status among the people its services support.
 */
record Area(
    String town,
    List<String> postcodeDistricts,
    List<String> streets,
    List<String> gpPractices,
    String gpCodePrefix,
    String landlinePrefix,
    String footballClub,
    Weighted<String> ethnicity,
    Weighted<String> funding,
    Weighted<String> legalStatus) {

  static final Area LAMBETH = new Area("London",
      List.of("SW2", "SW4", "SW8", "SW9", "SW16", "SE1", "SE5", "SE11", "SE24", "SE27"),
      List.of("Acre Lane", "Coldharbour Lane", "Brixton Hill", "Railton Road", "Stockwell Road", "Clapham Road",
          "Kennington Lane", "Streatham High Road", "Norwood Road", "Tulse Hill", "Loughborough Road", "Landor Road",
          "Lambeth Walk", "Wandsworth Road", "Knights Hill", "Gipsy Hill", "Effra Road", "Ferndale Road",
          "Vauxhall Walk", "Herne Hill"),
      List.of("Brixton Hill Group Practice", "Stockwell Park Surgery", "Herne Hill Road Medical Practice",
          "Streatham Common Practice", "Clapham Park Group Practice", "Kennington Lane Health Centre",
          "Norwood Road Surgery", "Vauxhall Riverside Practice", "Tulse Hill Family Practice",
          "Loughborough Junction Surgery"),
      "G85", "020 7946 0", "Crystal Palace",
      Weighted.of("A", 340, "B", 20, "C", 150, "D", 30, "E", 15, "F", 12, "G", 25, "H", 18, "J", 8, "K", 10,
          "L", 17, "M", 130, "N", 110, "P", 45, "R", 12, "S", 38, "Z", 15, "99", 5),
      Weighted.of("LOCAL_AUTHORITY", 35, "JOINT", 20, "S117", 25, "NHS", 10, "CHC", 5, "PERSONAL_BUDGET", 5),
      Weighted.of("INFORMAL", 50, "S117_ONLY", 20, "CTO", 10, "S3", 8, "S37_41", 4, "S37", 3, "DOLS", 3, "S7", 2));

  static final Area LEEDS = new Area("Leeds",
      List.of("LS6", "LS7", "LS8", "LS9", "LS11", "LS12", "LS13", "LS14", "LS15", "LS17"),
      List.of("Roundhay Road", "Harehills Lane", "Chapeltown Road", "Kirkstall Road", "Burley Road",
          "Dewsbury Road", "Beeston Road", "York Road", "Selby Road", "Otley Road", "Tong Road", "Armley Ridge Road",
          "Seacroft Avenue", "Easterly Road", "Meanwood Road", "Hyde Park Road", "Spen Lane", "Stanningley Road",
          "Old Lane", "Gipton Approach"),
      List.of("Harehills Corner Surgery", "Chapeltown Family Practice", "Roundhay Road Medical Centre",
          "Kirkstall Lane Practice", "Beeston Village Surgery", "Armley Moor Health Centre", "Seacroft Green Practice",
          "Meanwood Group Practice", "Hyde Park Surgery", "Gipton Health Centre"),
      "B86", "0113 496 0", "Leeds United",
      Weighted.of("A", 700, "B", 10, "C", 60, "D", 12, "E", 5, "F", 8, "G", 5, "H", 20, "J", 35, "K", 5,
          "L", 15, "M", 12, "N", 30, "P", 8, "R", 10, "S", 15, "Z", 25, "99", 5),
      Weighted.of("LOCAL_AUTHORITY", 55, "NHS", 10, "PERSONAL_BUDGET", 15, "JOINT", 10, "SELF", 5, "S117", 5),
      Weighted.of("INFORMAL", 85, "S117_ONLY", 8, "CTO", 4, "DOLS", 2, "S7", 1));
}
