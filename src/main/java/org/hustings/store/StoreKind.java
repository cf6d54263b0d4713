package org.hustings.store;

/** The two engines Hustings runs on, with one SQL dialect (PostgreSQL's, in the portable subset). */
public enum StoreKind {
    /** DuckDB, embedded in the process: the default, no server needed. */
    DUCKDB,
    /** PostgreSQL 15+: the production store for many users at once. */
    POSTGRESQL
}
