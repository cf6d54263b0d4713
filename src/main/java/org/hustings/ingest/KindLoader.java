package org.hustings.ingest;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Loads the records of one kind of file inside the import's transaction: {@link #begin} prepares
 * (finds the edition, opens a bulk load), {@link #accept} takes each good record as it streams,
 * {@link #end} finishes set-based and reports any row it could not place (e.g. an elector number
 * not on the register) as a problem.
 */
interface KindLoader<T> {
    void begin(Connection c, long datasetId) throws SQLException;

    void accept(T record);

    Result end(Connection c, ProblemSink problems) throws SQLException;

    record Result(long loaded, Long editionId, Long electionId, ImportOutcome.Rollover rollover) {
    }
}
