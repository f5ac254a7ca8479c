package io.primetrade.adapters.persistence.postgres;

import org.jdbi.v3.core.mapper.Nested;

/**
 * A task row of a listing with the number of tasks that match across all pages. Public only because
 * JDBI constructs it by reflection.
 */
public record TaskPageRow(@Nested TaskRow task, long total) {}
