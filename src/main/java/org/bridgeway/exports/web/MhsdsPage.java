package org.bridgeway.exports.web;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.exports.Accommodation;
import org.bridgeway.exports.MhsdsExtracts;
import org.bridgeway.exports.MhsdsMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The MHSDS extract: a page to pick a month, with the mapping of settings to accommodation codes, and the zip of
 * CSV files for the month. A month that is not one offered goes back to the page with the error beside the field.
 */
@Controller
class MhsdsPage {

  private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  /** The month chosen, as yyyy-mm. */
  record MonthForm(@Nullable String month) {}

  private final MhsdsExtracts extracts;

  MhsdsPage(MhsdsExtracts extracts) {
    this.extracts = extracts;
  }

  @GetMapping("/exports/mhsds")
  String page(@RequestParam(required = false) @Nullable String month, Model model) {
    boolean wrong = month != null && chosen(month) == null;
    model.addAttribute("form", new MonthForm(month == null || wrong ? months().keySet().iterator().next() : month));
    model.addAttribute("errors", wrong ? Map.of("month", "Select a month from the list") : Map.of());
    model.addAttribute("months", months());
    model.addAttribute("mappings", Accommodation.MAPPINGS);
    return "exports/mhsds";
  }

  @GetMapping("/exports/mhsds.zip")
  ResponseEntity<byte[]> zip(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) @Nullable String month) {
    YearMonth chosen = month == null ? null : chosen(month);
    if (chosen == null) {
      URI back = UriComponentsBuilder.fromPath("/exports/mhsds").queryParam("month", month == null ? "" : month)
          .build().encode().toUri();
      return ResponseEntity.status(HttpStatus.SEE_OTHER).location(back).build();
    }
    MhsdsMonth extract = extracts.extract(user, chosen);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(extract.fileName())
            .build().toString())
        .contentType(MediaType.parseMediaType("application/zip"))
        .body(extract.zip());
  }

  private @Nullable YearMonth chosen(String month) {
    try {
      YearMonth parsed = YearMonth.parse(month);
      return extracts.months().contains(parsed) ? parsed : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private Map<String, String> months() {
    Map<String, String> months = new LinkedHashMap<>();
    List<YearMonth> offered = extracts.months();
    offered.forEach(m -> months.put(m.toString(), m.format(LABEL)));
    return months;
  }
}
