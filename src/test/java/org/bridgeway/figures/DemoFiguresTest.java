package org.bridgeway.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The figures of the demo's Lambeth-like alliance: its years of pathway history give every pathway figure a value. */
@BridgewayTest
class DemoFiguresTest {

  private static final Logger LOG = LoggerFactory.getLogger(DemoFiguresTest.class);

  @Autowired AuthenticationManager authentication;
  @Autowired AllianceFigures figures;

  @Test
  void theDemoAllianceHasPathwayFiguresForTheLastFullYear() {
    CurrentUser manager = signIn("lambeth-manager");
    Period year = Period.financialYearOf(figures.today()).yearEarlier();
    figures.compute(manager, year, year.yearEarlier(), Filters.none());

    long started = System.nanoTime();
    List<Figure> all = figures.compute(manager, year, year.yearEarlier(), Filters.none());
    long quarterStarted = System.nanoTime();
    figures.compute(signIn("lambeth-commissioner"), figures.defaultPeriod(), figures.defaultPeriod().yearEarlier(),
        Filters.none());
    long done = System.nanoTime();
    LOG.info("Alliance figures of the demo: a financial year in {} ms, a quarter for a commissioner in {} ms",
        (quarterStarted - started) / 1_000_000, (done - quarterStarted) / 1_000_000);

    assertThat(all).hasSize(FigureId.values().length);
    for (FigureId id : List.of(FigureId.RESIDENTIAL_PLACEMENTS, FigureId.CASELOAD, FigureId.MOVED_ON)) {
      assertThat(PathwayFiguresTest.find(all, id).value()).as(id.id()).isPositive();
    }
  }

  CurrentUser signIn(String username) {
    return (CurrentUser) authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
        "bridgeway-demo")).getPrincipal();
  }
}
