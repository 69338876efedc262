package org.bridgeway.governance.web;

import java.util.EnumSet;
import java.util.Set;
import org.bridgeway.governance.EvaluationKind;
import org.bridgeway.governance.Initiative;
import org.bridgeway.governance.InitiativeDetails;
import org.bridgeway.governance.InitiativeStatus;
import org.bridgeway.governance.Involvement;
import org.jspecify.annotations.Nullable;

/** What the initiative form sends; each time people who use services were involved is a box of its own. */
record InitiativeForm(@Nullable Integer version, @Nullable String title, @Nullable String aims,
    @Nullable String localityId, @Nullable String area, @Nullable String status, boolean fromStart, boolean during,
    boolean inEvaluation, @Nullable String evaluation, @Nullable String outcomes) {

  static InitiativeForm empty() {
    return new InitiativeForm(null, null, null, null, null, InitiativeStatus.PLANNED.name(), false, false, false,
        null, null);
  }

  static InitiativeForm of(Initiative i) {
    return new InitiativeForm(i.version(), i.title(), i.aims(), i.localityId() == null ? null
        : i.localityId().toString(), i.area(), i.status().name(), i.involvement().contains(Involvement.FROM_START),
        i.involvement().contains(Involvement.DURING), i.involvement().contains(Involvement.IN_EVALUATION),
        i.evaluation() == null ? null : i.evaluation().name(), i.outcomes());
  }

  InitiativeDetails details() {
    Set<Involvement> involvement = EnumSet.noneOf(Involvement.class);
    if (fromStart) {
      involvement.add(Involvement.FROM_START);
    }
    if (during) {
      involvement.add(Involvement.DURING);
    }
    if (inEvaluation) {
      involvement.add(Involvement.IN_EVALUATION);
    }
    return new InitiativeDetails(title, aims, ActionForm.uuid(localityId), area,
        InitiativeStatus.named(status).orElse(null), involvement, EvaluationKind.named(evaluation).orElse(null),
        outcomes);
  }
}
