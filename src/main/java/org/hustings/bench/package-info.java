/**
 * Benchmarks that measure Hustings against the raw engines, in one run on one machine.
 *
 * <p>{@link org.hustings.bench.ImportBench} generates a synthetic register, then for each store
 * times the engine's own bulk load of the file (DuckDB {@code read_csv}, PostgreSQL
 * {@code COPY … FROM STDIN}), the Hustings import of the same file (parse, quarantine, load,
 * person ids, ledger), and the engine's own load of the rows Hustings produced into a fresh
 * {@code elector} table (typed, keyed, indexed: the floor for any importer of that table). The import runs in a forked JVM with a small {@code -Xmx}, so that finishing
 * at all proves the heap stays bounded whatever the file size; the child reports its peak heap.
 * Ratios of the two figures in the same run are the robust result on a shared machine; absolute
 * rows per second depend on the load at the time, which is reported with them.
 */
package org.hustings.bench;
