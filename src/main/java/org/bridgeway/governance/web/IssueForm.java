package org.bridgeway.governance.web;

import org.bridgeway.governance.NewIssue;
import org.jspecify.annotations.Nullable;

/** What the issue form sends. */
record IssueForm(@Nullable String text, @Nullable String raisedBy) {

  static IssueForm empty() {
    return new IssueForm(null, null);
  }

  NewIssue issue() {
    return new NewIssue(text, raisedBy);
  }
}
