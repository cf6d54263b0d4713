package org.hustings.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work run on a store connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
