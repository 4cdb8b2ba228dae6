package dev.orderlens.core.sql;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The guard's decision on a statement as the engine parsed it: every table it reads is an allowed one, every
 * function is on the allow-list, only row generators stand in for tables, no WITH query takes the name of a
 * catalog object, and the statement is small enough for the engine to plan without exhausting its stack.
 */
final class ParsedQueryRules {

    private final List<TableName> allowedTables;
    private final SqlParser parser;
    private final int maxQueryBlocks;
    private final int maxTableReferences;

    ParsedQueryRules(List<TableName> allowedTables, SqlParser parser, int maxQueryBlocks, int maxTableReferences) {
        this.allowedTables = List.copyOf(allowedTables);
        this.parser = parser;
        this.maxQueryBlocks = maxQueryBlocks;
        this.maxTableReferences = maxTableReferences;
    }

    void check(String sql) {
        ParsedQuery query = parser.parse(sql);
        if (query.queryBlocks() > maxQueryBlocks) {
            throw new UnsafeSqlException("the query has " + query.queryBlocks() + " SELECT blocks; at most "
                    + maxQueryBlocks + " may run");
        }
        if (query.tableReferences() > maxTableReferences) {
            throw new UnsafeSqlException("the query names tables " + query.tableReferences() + " times; at most "
                    + maxTableReferences + " may run");
        }
        for (String name : sorted(query.withNames())) {
            boolean allowedTable = allowedTables.stream().anyMatch(t -> t.parts().get(t.parts().size() - 1).equals(name));
            if (allowedTable || parser.namesCatalogObject(name)) {
                throw new UnsafeSqlException("the WITH query '" + UnsafeSqlException.excerpt(name)
                        + "' has the name of a table or view of the warehouse; give it another name");
            }
        }
        for (TableName table : query.tables()) {
            if (allowedTables.stream().noneMatch(table::isSuffixOf)) {
                throw new UnsafeSqlException("table '" + UnsafeSqlException.excerpt(table.toString())
                        + "' is not one of the allowed tables");
            }
        }
        for (String function : sorted(query.functions())) {
            if (!AllowedFunctions.isAllowed(function)) {
                throw new UnsafeSqlException("function " + UnsafeSqlException.excerpt(function)
                        + " is not on the list of functions queries may call");
            }
        }
        for (String function : sorted(query.tableFunctions())) {
            if (!AllowedFunctions.ROW_GENERATORS.contains(function)) {
                throw new UnsafeSqlException("table function " + UnsafeSqlException.excerpt(function)
                        + " may not be used (only " + String.join(", ", sorted(AllowedFunctions.ROW_GENERATORS)) + ")");
            }
        }
    }

    /** Sorted, so the same statement is always refused for the same reason. */
    private static Set<String> sorted(Set<String> names) {
        return new TreeSet<>(names);
    }
}
