package org.hustings.store;

import java.nio.file.Path;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * Where the store lives. The embedded store (DuckDB) is a single file and needs no server; the
 * production store is a PostgreSQL database reached by URL.
 *
 * <p>Accepted forms: a file path or {@code duckdb:/path/file.duckdb} for the embedded store;
 * {@code postgresql://user@host:port/db}, {@code postgres://…} or {@code jdbc:postgresql://…}
 * for PostgreSQL. The environment variable {@code HUSTINGS_DB} supplies the default.
 */
public record StoreLocation(StoreKind kind, String jdbcUrl, String user, String password, String schema) {

    public static final String ENV = "HUSTINGS_DB";
    public static final Path DEFAULT_FILE = Path.of("hustings-data", "hustings.duckdb");

    /** The location from {@code HUSTINGS_DB}, or the default embedded file in the working directory. */
    public static StoreLocation fromEnvironment() {
        String env = System.getenv(ENV);
        return env == null || env.isBlank() ? embedded(DEFAULT_FILE) : parse(env);
    }

    public static StoreLocation embedded(Path file) {
        return new StoreLocation(StoreKind.DUCKDB, "jdbc:duckdb:" + file.toAbsolutePath(), null, null, null);
    }

    public static StoreLocation parse(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "The store location is empty. Give a file path or a postgresql:// URL.");
        }
        if (s.startsWith("jdbc:postgresql:")) {
            return postgres(s.substring("jdbc:".length()));
        }
        if (s.startsWith("postgresql://") || s.startsWith("postgres://")) {
            return postgres(s);
        }
        if (s.startsWith("jdbc:duckdb:")) {
            return embedded(Path.of(s.substring("jdbc:duckdb:".length())));
        }
        if (s.startsWith("duckdb:")) {
            return embedded(Path.of(s.substring("duckdb:".length())));
        }
        if (s.contains("://")) {
            throw new HustingsException(ErrorCode.BAD_REQUEST,
                    "The store location '" + s + "' is not understood. Use a file path for the embedded store or a postgresql:// URL.");
        }
        return embedded(Path.of(s));
    }

    /** Parses postgresql://user:password@host:port/db?schema=x into a JDBC URL plus credentials. */
    private static StoreLocation postgres(String url) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(url.replaceFirst("^postgres(ql)?://", "postgresql://"));
        } catch (IllegalArgumentException e) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "The PostgreSQL URL '" + url + "' is not valid: " + e.getMessage());
        }
        String user = null;
        String password = null;
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? parts[1] : null;
        }
        String schema = null;
        StringBuilder params = new StringBuilder();
        if (uri.getQuery() != null) {
            for (String kv : uri.getQuery().split("&")) {
                String[] p = kv.split("=", 2);
                if (p[0].equals("schema") && p.length == 2) {
                    schema = p[1];
                } else if (p[0].equals("user") && p.length == 2) {
                    user = p[1];
                } else if (p[0].equals("password") && p.length == 2) {
                    password = p[1];
                } else {
                    params.append(params.isEmpty() ? "?" : "&").append(kv);
                }
            }
        }
        String host = uri.getHost() == null ? "127.0.0.1" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String db = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        String jdbc = "jdbc:postgresql://" + host + ":" + port + "/" + db + params;
        return new StoreLocation(StoreKind.POSTGRESQL, jdbc, user, password, schema);
    }

    /** A description safe to print: never the password. */
    public String describe() {
        return switch (kind) {
            case DUCKDB -> "embedded store " + jdbcUrl.substring("jdbc:duckdb:".length());
            case POSTGRESQL -> "PostgreSQL " + jdbcUrl.substring("jdbc:".length()) + (schema == null ? "" : " schema " + schema);
        };
    }
}
