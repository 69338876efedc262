package org.bridgeway.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.Stays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The period and its baseline computed at once on two threads (as the pages and the API ask, outside a
 * transaction) give the same figures as computed one after the other in one transaction, on the worked example
 * of {@link PathwayFiguresTest} (quarter 1 April to 30 June 2025 against the same quarter of 2024).
 */
@BridgewayTest
class ConcurrentFiguresTest {

  static final Period QUARTER = Period.quarter(2025, 2);
  static final Period BASELINE = QUARTER.yearEarlier();

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired AllianceFigures figures;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  Scene.Alliance alliance;

  @BeforeEach
  void setUp() {
    alliance = new PathwayExample(scene.create(), services, stays).alliance;
  }

  @Test
  void bothWaysGiveTheSameFiguresForAnAdministrator() {
    List<Figure> atOnce = atOnce(alliance.admin, Filters.none());
    assertThat(atOnce).isEqualTo(oneAfterTheOther(alliance.admin, Filters.none()));
    // Worked in PathwayFiguresTest: on 30 June 2025 Ben, Gus and Jo are in care homes (3); on 30 June 2024 only
    // Gus (1). Rehabilitation admissions: Dan, Hal and Eve in the quarter (3), Fay twice in the baseline (2).
    assertThat(PathwayFiguresTest.find(atOnce, FigureId.RESIDENTIAL_PLACEMENTS).value()).isEqualByComparingTo("3");
    assertThat(PathwayFiguresTest.find(atOnce, FigureId.RESIDENTIAL_PLACEMENTS).baselineValue())
        .isEqualByComparingTo("1");
    assertThat(PathwayFiguresTest.find(atOnce, FigureId.REHAB_ADMISSIONS).value()).isEqualByComparingTo("3");
    assertThat(PathwayFiguresTest.find(atOnce, FigureId.REHAB_ADMISSIONS).baselineValue()).isEqualByComparingTo("2");
  }

  @Test
  void bothWaysGiveTheSameSuppressedFiguresForACommissionerWithFilters() {
    // A commissioner's narrowed request measures four periods (each with the whole alliance's, to suppress by
    // subtraction): the period's two on the worker thread, the baseline's two on the caller's.
    CurrentUser commissioner = alliance.user(Role.COMMISSIONER, null);
    Filters residential = new Filters(null, null, ServiceKind.RESIDENTIAL_CARE, null);
    List<Figure> atOnce = atOnce(commissioner, residential);
    assertThat(atOnce).isEqualTo(oneAfterTheOther(commissioner, residential));
    // Oak House on 30 June 2025: Gus and Jo = 2, shown as fewer than 5.
    assertThat(PathwayFiguresTest.find(atOnce, FigureId.RESIDENTIAL_PLACEMENTS).valueText())
        .isEqualTo("fewer than 5");
  }

  @Test
  void theWorkerThreadAuditsAsTheUser() {
    // Each period's health-check share is audited by the module as the user; with the period on the worker
    // thread, both entries name the user, and the request's own entry follows.
    long before = entries("HealthCheckFigures");
    atOnce(alliance.admin, Filters.none());
    assertThat(entries("HealthCheckFigures")).isEqualTo(before + 2);
    assertThat(jdbc.sql("select count(distinct actor) from audit_event where alliance_id = ?"
            + " and subject_type = 'HealthCheckFigures'").param(alliance.test.id()).query(Long.class).single())
        .isEqualTo(1L);
  }

  private long entries(String subjectType) {
    return jdbc.sql("select count(*) from audit_event where alliance_id = ? and subject_type = ?")
        .params(alliance.test.id(), subjectType).query(Long.class).single();
  }

  private List<Figure> atOnce(CurrentUser user, Filters filters) {
    assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
    return figures.compute(user, QUARTER, BASELINE, filters);
  }

  private List<Figure> oneAfterTheOther(CurrentUser user, Filters filters) {
    return transactions.execute(status -> figures.compute(user, QUARTER, BASELINE, filters));
  }
}
