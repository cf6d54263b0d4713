package org.hustings.link.compare;

import java.util.List;

/**
 * An email address, lower-cased and trimmed. Levels: exact (term-frequency adjusted); same user
 * name at another domain; Jaro-Winkler at least 0.88 over the whole address (typos); different.
 */
public record EmailComparison(String field) implements Comparison {
    private static final List<String> LEVELS = List.of("exact", "same user name", "Jaro-Winkler >= 0.88", "different");

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public boolean termFrequency() {
        return true;
    }

    @Override
    public String normalise(String raw) {
        String s = Normal.lower(raw);
        return s == null ? null : s.replace(" ", "");
    }

    @Override
    public Prepared prepare(String[] values) {
        String[] users = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            int at = values[i].indexOf('@');
            users[i] = at > 0 ? values[i].substring(0, at) : null;
        }
        return (a, b, ap, bp) -> {
            if (a == b) {
                return 0;
            }
            if (users[a] != null && users[a].equals(users[b])) {
                return 1;
            }
            return JaroWinkler.similarity(values[a], values[b]) >= 0.88 ? 2 : 3;
        };
    }
}
