package dev.orderlens.core.sql;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the guard decides on in a parsed statement.
 *
 * @param tables every table the statement reads from the catalog (references to its own WITH queries left out),
 *     with the parts as written, unquoted and in lower case
 * @param withNames the names the statement gives its WITH queries, in lower case
 * @param functions every scalar, aggregate and window function it calls, operators included, in lower case
 * @param tableFunctions every function it calls in place of a table
 * @param queryBlocks how many SELECT blocks it holds, WITH queries, subqueries and set operations counted
 * @param tableReferences how many times it names a table, its own WITH queries included
 */
public record ParsedQuery(List<TableName> tables, Set<String> withNames, Set<String> functions,
        Set<String> tableFunctions, int queryBlocks, int tableReferences) {

    public ParsedQuery {
        tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
        withNames = Set.copyOf(Objects.requireNonNull(withNames, "withNames"));
        functions = Set.copyOf(Objects.requireNonNull(functions, "functions"));
        tableFunctions = Set.copyOf(Objects.requireNonNull(tableFunctions, "tableFunctions"));
    }
}
