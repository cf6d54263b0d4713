package org.hustings.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import org.hustings.store.Store;

/**
 * Hands out ids from a database sequence in blocks, so that a bulk load can carry its ids in the
 * rows it streams instead of asking the engine row by row. Each block is one atomic query, so
 * concurrent importers never share an id.
 */
final class IdBlocks {
    private static final int BLOCK = 8192;
    private final Store store;
    private final Connection connection;
    private final String sequence;
    private long[] ids = new long[0];
    private int next;

    IdBlocks(Store store, Connection connection, String sequence) {
        this.store = store;
        this.connection = connection;
        this.sequence = sequence;
    }

    long next() throws SQLException {
        if (next == ids.length) {
            ids = store.nextIds(connection, sequence, BLOCK);
            next = 0;
        }
        return ids[next++];
    }
}
