package org.hustings.rights;

import java.util.List;

/**
 * What erasing one person would do, counted before anything changes (the dry run): per table,
 * how many rows are deleted or kept and why, and how many suppression keys would be added.
 */
public record ErasurePlan(long personId, List<TableCount> tables, int suppressionKeys) {

    public ErasurePlan {
        tables = List.copyOf(tables);
    }

    /**
     * One table: what erasure does to it, how many of the person's rows it holds (for the ledger:
     * how many entries name the person, {@code counted} says which) and why.
     */
    public record TableCount(String table, ErasureRule.Action action, long rows, String why, String counted) {
        public TableCount(String table, ErasureRule.Action action, long rows, String why) {
            this(table, action, rows, why, ErasureRule.ROWS);
        }
    }

    public long rowsDeleted() {
        return tables.stream().filter(t -> t.action() == ErasureRule.Action.DELETE).mapToLong(TableCount::rows).sum();
    }

    public long rowsKept() {
        return tables.stream().filter(t -> t.action() == ErasureRule.Action.KEEP).mapToLong(TableCount::rows).sum();
    }

    public long rows(String table) {
        return tables.stream().filter(t -> t.table().equals(table)).mapToLong(TableCount::rows).sum();
    }
}
