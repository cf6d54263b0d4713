package org.hustings.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Hands out connections to one store; engine-specific. */
interface ConnectionSource extends AutoCloseable {
    Connection get() throws SQLException;

    /** A data source for the migration tool. */
    DataSource dataSource();

    @Override
    void close();
}
