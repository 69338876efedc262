package org.bridgeway.portal.internal;

import java.util.ArrayList;
import java.util.List;

/** The README.txt at the top of a person's copy of their record: what each file holds, in plain words. */
public final class CopyReadme {

  private CopyReadme() {}

  /** A file added by another part of Bridgeway, and what it holds. */
  public record Part(String fileName, String about) {}

  public static List<String> lines(String name, String alliance, String madeOn, List<Part> parts) {
    List<String> lines = new ArrayList<>(List.of(
        "A copy of your record",
        "=====================",
        "",
        "This is a copy of the information " + alliance + " holds about you in Bridgeway, made for " + name
            + " on " + madeOn + ".",
        "",
        "The files are plain text. Files ending in .csv open in a spreadsheet such as Excel or LibreOffice Calc;",
        "files ending in .txt open in any text editor.",
        "",
        "What each file holds",
        "--------------------",
        "about-me.txt      Your details: your name, date of birth, NHS number, address, GP, how you like to",
        "                  be contacted, your strengths and interests, and the people in your circle of support.",
        "stays.csv         Every place you have lived or stayed that we have recorded, with the dates.",
        "move-plans.csv    Plans to move from one place to another, with where to and the date aimed for.",
        "move-visits.csv   The visits and meetings before each move.",
        "team.csv          The people in your team, now and before, with their role and organisation.",
        "notes.txt         The notes your team has shared with you, the entries you wrote yourself, and your",
        "                  comments on notes.",
        "referrals.csv     Referrals made for you, and what was decided.",
        "access-log.csv    Everyone who has looked at or changed your record, and when. This comes from",
        "                  Bridgeway's audit trail, which records every time anyone opens your record."));
    for (Part part : parts) {
      lines.add(String.format("%-17s %s", part.fileName(), part.about()));
    }
    lines.addAll(List.of(
        "",
        "Information that may not be included",
        "------------------------------------",
        "Some information may be withheld from this copy where the law allows it, for example under the",
        "exemptions in the Data Protection Act 2018: information that could cause serious harm to you or",
        "someone else, or information about other people. Notes your team did not share with you, and notes",
        "kept private for safeguarding, are not in this copy.",
        "",
        "How to ask for more",
        "-------------------",
        "You can ask for all the information held about you by making a subject access request. Ask your key",
        "worker or anyone in your team, or write to the data protection officer of any organisation in your",
        "team. They must answer within one month. If you are not happy with the answer, you can complain to",
        "the Information Commissioner's Office: ico.org.uk or 0303 123 1113."));
    return lines;
  }
}
