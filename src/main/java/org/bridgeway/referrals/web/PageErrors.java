package org.bridgeway.referrals.web;

import java.util.Map;
import org.bridgeway.shared.FormErrors;

/**
 * The messages a referral page shows for a refusal, keyed by the id of the field they belong to. A refused
 * move and an edit conflict belong to the whole page ({@link #PAGE}); a missing reason belongs to the field
 * the page asked it in.
 */
final class PageErrors {

  static final String PAGE = "page-problem";

  private PageErrors() {}

  static Map<String, String> of(RuntimeException refusal, String reasonField) {
    return FormErrors.of(refusal, Map.of(FormErrors.CONFLICT, PAGE, "reason", reasonField, "status", PAGE,
        "target", PAGE));
  }
}
