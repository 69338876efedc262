/**
 * Where Bridgeway keeps its data: PostgreSQL only. By default an embedded PostgreSQL is started in a folder
 * that persists between runs; setting {@code SPRING_DATASOURCE_URL} selects an external server instead.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
@org.jspecify.annotations.NullMarked
package org.bridgeway.database;
