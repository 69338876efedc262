package org.bridgeway.outcomes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bridgeway.outcomes.Instrument;
import org.bridgeway.outcomes.Item;
import org.bridgeway.outcomes.ScoreRule;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;

/**
 * The instrument form: the items one a line as "domain | text | SNOMED CT code | reverse" (the last two may be left
 * out), and the scores one a line as "name | sum or mean | item numbers", the total first.
 */
record InstrumentForm(String code, String name, String version, String licenceNote, String scaleMin,
    String scaleMax, String minLabel, String maxLabel, String midLabel, boolean asksForHelp, String items,
    String rules) {

  static InstrumentForm empty() {
    return new InstrumentForm("", "", "", "", "1", "5", "", "", "", false, "", "");
  }

  static InstrumentForm from(Map<String, String> sent) {
    return new InstrumentForm(get(sent, "code").toUpperCase(java.util.Locale.ROOT), get(sent, "name"),
        get(sent, "version"), get(sent, "licenceNote"), get(sent, "scaleMin"), get(sent, "scaleMax"),
        get(sent, "minLabel"), get(sent, "maxLabel"), get(sent, "midLabel"), "true".equals(sent.get("asksForHelp")),
        get(sent, "items"), get(sent, "rules"));
  }

  static InstrumentForm of(Instrument i) {
    String items = i.items().stream().map(item -> item.domain() + " | " + item.text()
        + (item.snomedCode() == null && !item.reverseScored() ? "" : " | " + (item.snomedCode() == null ? ""
            : item.snomedCode())) + (item.reverseScored() ? " | reverse" : ""))
        .collect(Collectors.joining("\n"));
    String rules = i.rules().stream().map(r -> r.name() + " | " + r.method().name().toLowerCase(java.util.Locale.ROOT)
        + " | " + r.items().stream().map(String::valueOf).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
    return new InstrumentForm(i.code(), i.name(), i.version(), i.licenceNote(), String.valueOf(i.scaleMin()),
        String.valueOf(i.scaleMax()), i.minLabel(), i.maxLabel(), i.midLabel() == null ? "" : i.midLabel(),
        i.asksForHelp(), items, rules);
  }

  private static String get(Map<String, String> sent, String name) {
    return sent.getOrDefault(name, "").strip();
  }

  Instrument instrument() {
    List<FieldProblem> problems = new ArrayList<>();
    int min = number(scaleMin, "scaleMin", "Enter the lowest answer as a whole number", problems);
    int max = number(scaleMax, "scaleMax", "Enter the highest answer as a whole number", problems);
    List<Item> parsedItems = new ArrayList<>();
    int n = 0;
    for (String line : items.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      n++;
      String[] parts = line.split("\\|", -1);
      if (parts.length < 2) {
        problems.add(new FieldProblem("items", "Line " + n + " of the items needs a domain and a text, "
            + "separated by |"));
        continue;
      }
      String snomed = parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : null;
      boolean reverse = parts.length > 3 && parts[3].strip().equalsIgnoreCase("reverse");
      parsedItems.add(new Item(n, parts[1].strip(), parts[0].strip(), snomed, reverse));
    }
    List<ScoreRule> parsedRules = new ArrayList<>();
    int position = 0;
    for (String line : rules.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      position++;
      String[] parts = line.split("\\|", -1);
      ScoreRule.Method method = parts.length < 3 ? null : switch (parts[1].strip().toLowerCase(java.util.Locale.ROOT)) {
        case "sum" -> ScoreRule.Method.SUM;
        case "mean" -> ScoreRule.Method.MEAN;
        default -> null;
      };
      List<Integer> numbers = parts.length < 3 ? List.of() : numbers(parts[2]);
      if (method == null || numbers.isEmpty()) {
        problems.add(new FieldProblem("rules", "Line " + position + " of the scores needs a name, sum or mean, "
            + "and item numbers such as 1-7 or 1, 3, 5"));
        continue;
      }
      parsedRules.add(new ScoreRule(position, parts[0].strip(), method, numbers));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new Instrument(code, name, version, licenceNote, false, true, min, max, minLabel, maxLabel,
        midLabel.isBlank() ? null : midLabel, asksForHelp, parsedItems, parsedRules);
  }

  private static int number(String text, String field, String message, List<FieldProblem> problems) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, message));
      return 0;
    }
  }

  /** "1-3, 5" as 1, 2, 3, 5; empty if any part is not a number or range. */
  private static List<Integer> numbers(String text) {
    List<Integer> numbers = new ArrayList<>();
    try {
      for (String part : text.split(",")) {
        String p = part.strip();
        if (p.contains("-")) {
          String[] ends = p.split("-");
          for (int i = Integer.parseInt(ends[0].strip()); i <= Integer.parseInt(ends[1].strip()); i++) {
            numbers.add(i);
          }
        } else if (!p.isEmpty()) {
          numbers.add(Integer.parseInt(p));
        }
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      return List.of();
    }
    return numbers;
  }

}
