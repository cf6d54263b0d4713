package org.hustings.rights;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection that counts the statements run through it (each execute call, each row of a JDBC
 * batch, which DuckDB runs one by one) and keeps their SQL, for tests of how many statements an
 * action costs. Counting, not timing: tests never assert wall-clock times.
 */
final class StatementCount {
    final List<String> sql = new ArrayList<>();

    int count() {
        return sql.size();
    }

    Connection wrap(Connection c) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, args) -> {
            Object result = invoke(m, c, args);
            if (result instanceof PreparedStatement ps && m.getName().equals("prepareStatement")) {
                return statement(ps, PreparedStatement.class, (String) args[0]);
            }
            if (result instanceof Statement st && m.getName().equals("createStatement")) {
                return statement(st, Statement.class, null);
            }
            return result;
        });
    }

    private <T extends Statement> T statement(T target, Class<T> type, String prepared) {
        int[] batch = {0};
        InvocationHandler h = (p, m, args) -> {
            String name = m.getName();
            if (name.equals("addBatch")) {
                batch[0]++;
            } else if (name.equals("executeBatch")) {
                for (int i = 0; i < batch[0]; i++) {
                    sql.add(prepared);
                }
                batch[0] = 0;
            } else if (name.startsWith("execute")) {
                sql.add(prepared != null ? prepared : String.valueOf(args == null || args.length == 0 ? null : args[0]));
            }
            return invoke(m, target, args);
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, h));
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
