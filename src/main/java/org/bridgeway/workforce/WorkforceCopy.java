package org.bridgeway.workforce;

import java.util.ArrayList;
import java.util.List;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.portal.CopyPart;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The person's copy of their record: the rota rights they were given and the recruitment panels they sat on. */
@Component
class WorkforceCopy implements CopyPart {

  private final RotaRights rights;
  private final Recruitment recruitment;

  WorkforceCopy(RotaRights rights, Recruitment recruitment) {
    this.rights = rights;
    this.recruitment = recruitment;
  }

  @Override
  public String fileName() {
    return "rota-and-recruitment.csv";
  }

  @Override
  public String about() {
    return "The staff rotas you were asked to help with, and the interview panels you sat on.";
  }

  @Override
  public List<List<? extends @Nullable Object>> rows(CurrentUser me) {
    List<List<? extends @Nullable Object>> rows = new ArrayList<>();
    rows.add(List.of("what", "where", "from", "until", "notes"));
    if (me.personId() == null) {
      return rows;
    }
    for (RotaRight right : rights.ofPerson(me, me.personId())) {
      rows.add(java.util.Arrays.asList("Helping with the rota", right.serviceName(), right.grantedOn(),
          right.revokedAt() == null ? null : java.time.LocalDate.ofInstant(right.revokedAt(),
              java.time.ZoneId.of("Europe/London")), right.revokedReason()));
    }
    for (RecruitmentPanel panel : recruitment.ofPerson(me.alliance(), me.personId())) {
      boolean chaired = panel.members().stream().anyMatch(m -> me.personId().equals(m.personId()) && m.chair());
      rows.add(java.util.Arrays.asList("Interview panel: " + panel.post().title(), panel.post().where(),
          panel.interviewDate(), panel.interviewDate(), chaired ? "You chaired it" : "You sat on it"));
    }
    return rows;
  }
}
