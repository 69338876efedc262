-- The share of the caseload with a complete health check, at scale (HealthCheckStore.completeOn): the elements
-- recorded in the twelve months ending on the day, joined to the current revision of the caseload's checks that
-- are not voided. Before these indexes the elements of the year were read from the table through a bitmap of
-- health_check_element_taken (44,535 rows at 10,000 people per alliance, 1,888 table pages), and the checks by
-- the caseload through health_check_person and the table. With them both sides are read from the indexes alone
-- (index-only scans): the year's elements of the alliance, in date order, and the caseload's current checks by
-- person. What is read grows with the alliance's year of checks and the caseload's checks, not with the whole
-- history of the table.
create index health_check_element_recorded_day on health_check_element (alliance_id, taken_on)
    include (check_id, revision, element) where outcome = 'RECORDED';
create index health_check_current_person on health_check (alliance_id, person_id)
    include (id, version) where voided_at is null;
