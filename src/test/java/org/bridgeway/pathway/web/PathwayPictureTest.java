package org.bridgeway.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.pathway.Stay;
import org.junit.jupiter.api.Test;

class PathwayPictureTest {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

  static Stay stay(String name, ServiceKind kind, LocalDate from) {
    return new Stay(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), name, kind, null, false, null, null,
        from, null, null, null, null, null, "someone", 0);
  }

  static List<String> labels(PathwayPicture picture) {
    return picture.rows().stream().map(PathwayPicture.Row::label).toList();
  }

  @Test
  void rowsFollowTheAlliancesLadderThenHospitalAndCrisisThenTeams() {
    Map<ServiceKind, Integer> levels = new EnumMap<>(Ladder.standard().levels());
    levels.put(ServiceKind.STAFFED_FLATS, 6);
    levels.put(ServiceKind.SUPPORTED_LIVING, 5);

    PathwayPicture picture = PathwayPicture.of(List.of(), new Ladder(levels, 2), TODAY);

    assertThat(labels(picture)).containsExactly("1 Inpatient rehabilitation ward", "2 Nursing care",
        "3 Residential care", "4 Community recovery service", "5 Supported living", "6 24/7 staffed flats",
        "7 Floating support in own home", "8 Own home without support", "Hospital and crisis",
        "Teams and day services");
  }

  @Test
  void eachStaySitsOnTheRowOfItsKindOnTheAlliancesLadder() {
    Map<ServiceKind, Integer> levels = new EnumMap<>(Ladder.standard().levels());
    levels.put(ServiceKind.STAFFED_FLATS, 6);
    levels.put(ServiceKind.SUPPORTED_LIVING, 5);
    List<Stay> stays = List.of(stay("Flats", ServiceKind.STAFFED_FLATS, TODAY.minusMonths(6)),
        stay("Ward", ServiceKind.ACUTE_WARD, TODAY.minusMonths(2)),
        stay("Team", ServiceKind.REHABILITATION_TEAM, TODAY.minusMonths(6)));

    PathwayPicture picture = PathwayPicture.of(stays, new Ladder(levels, 2), TODAY);

    // Rows are 26 high from y = 8, and a bar sits 4 below its row's top: flats on the sixth row (index 5) at
    // 8 + 5 * 26 + 4 = 142, the ward on the ninth (hospital and crisis) at 8 + 8 * 26 + 4 = 220, the team on the
    // tenth at 8 + 9 * 26 + 4 = 246.
    assertThat(picture.bars()).extracting(PathwayPicture.Bar::label, PathwayPicture.Bar::y)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Flats", 142),
            org.assertj.core.groups.Tuple.tuple("Ward", 220), org.assertj.core.groups.Tuple.tuple("Team", 246));
  }
}
