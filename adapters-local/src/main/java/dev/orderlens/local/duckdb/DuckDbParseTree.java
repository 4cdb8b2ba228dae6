package dev.orderlens.local.duckdb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.core.sql.ParsedQuery;
import dev.orderlens.core.sql.TableName;
import dev.orderlens.core.sql.UnsafeSqlException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the parse tree DuckDB's {@code json_serialize_sql} gives for one statement into what the guard decides on.
 *
 * <p>Every object of the tree is looked at, wherever it hangs, so a table in parentheses, in a join, a WITH body, a
 * set operation or a subquery of any clause is seen like any other. The walk recognises a fixed set of node kinds:
 * an expression class or node type it does not know is refused, so a construct DuckDB adds later is refused
 * until someone decides it is safe.
 */
final class DuckDbParseTree {

    /** Kinds of query node, table reference, result modifier and sort order a read-only analytic query needs. */
    private static final Set<String> NODE_TYPES = Set.of(
            "SELECT_NODE", "SET_OPERATION_NODE", "CTE_NODE",
            "BASE_TABLE", "JOIN", "SUBQUERY", "TABLE_FUNCTION", "EXPRESSION_LIST", "EMPTY", "PIVOT",
            "ORDER_MODIFIER", "LIMIT_MODIFIER", "LIMIT_PERCENT_MODIFIER", "DISTINCT_MODIFIER",
            "ASCENDING", "DESCENDING", "ORDER_DEFAULT");

    /**
     * Expression classes with no side effect of their own; what a FUNCTION or WINDOW calls is decided by the
     * guard's allow-list. Lambdas and parameters are left out: the first build lists of any size, the second
     * have no value to check.
     */
    private static final Set<String> EXPRESSION_CLASSES = Set.of(
            "BETWEEN", "CASE", "CAST", "COLLATE", "COLUMN_REF", "COMPARISON", "CONJUNCTION", "CONSTANT", "FUNCTION",
            "OPERATOR", "POSITIONAL_REFERENCE", "STAR", "SUBQUERY", "TYPE", "WINDOW");

    private final Set<String> withNames = new HashSet<>();
    private final List<TableName> tables = new ArrayList<>();
    private final Set<String> functions = new HashSet<>();
    private final Set<String> tableFunctions = new HashSet<>();
    private int queryBlocks;
    private int tableReferences;

    private DuckDbParseTree() {
    }

    /**
     * @param serialized what {@code json_serialize_sql} returned for the statement
     * @throws UnsafeSqlException when DuckDB could not parse it as one SELECT, or it holds an unknown construct
     */
    static ParsedQuery read(JsonNode serialized) {
        if (serialized.path("error").asBoolean(true)) {
            String message = serialized.path("error_message").asText("no reason given");
            throw new UnsafeSqlException("DuckDB does not read it as one SELECT query: " + firstLine(message));
        }
        JsonNode statements = serialized.path("statements");
        if (statements.size() != 1) {
            throw new UnsafeSqlException("only one statement may run (DuckDB reads " + statements.size() + ")");
        }
        DuckDbParseTree tree = new DuckDbParseTree();
        tree.collectWithNames(statements.get(0));
        tree.visit(statements.get(0));
        return new ParsedQuery(tree.tables, tree.withNames, tree.functions, tree.tableFunctions, tree.queryBlocks,
                tree.tableReferences);
    }

    /**
     * Names first, so a one-part table name can be told from a WITH name wherever the WITH stands. The guard
     * refuses WITH names that the catalog knows, so a reference to such a name reads the WITH query or fails.
     */
    private void collectWithNames(JsonNode node) {
        if (node.isObject() && node.has("cte_map")) {
            for (JsonNode entry : node.path("cte_map").path("map")) {
                withNames.add(entry.path("key").asText().toLowerCase(Locale.ROOT));
            }
        }
        for (JsonNode child : node) {
            collectWithNames(child);
        }
    }

    private void visit(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode child : node) {
                visit(child);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("class")) {
            visitExpression(node);
        } else if (node.has("type") && node.get("type").isTextual()) {
            if (visitNode(node)) {
                return;
            }
        }
        visitFields(node);
    }

    private void visitFields(JsonNode node) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            visit(fields.next().getValue());
        }
    }

    private void visitExpression(JsonNode expression) {
        String expressionClass = expression.get("class").asText();
        if (!EXPRESSION_CLASSES.contains(expressionClass)) {
            throw new UnsafeSqlException("DuckDB reads a " + expressionClass.toLowerCase(Locale.ROOT)
                    + " expression, which queries may not use");
        }
        if (expressionClass.equals("FUNCTION") || expressionClass.equals("WINDOW")) {
            functions.add(functionName(expression));
        }
    }

    /** @return whether the node's children were visited already */
    private boolean visitNode(JsonNode node) {
        String type = node.get("type").asText();
        if (type.equals("RECURSIVE_CTE_NODE")) {
            throw new UnsafeSqlException("WITH RECURSIVE may not be used (a recursive query can grow without"
                    + " end); range() or generate_series() give a series of values");
        }
        if (!NODE_TYPES.contains(type)) {
            throw new UnsafeSqlException("DuckDB reads a " + type.toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ", which queries may not use");
        }
        switch (type) {
            case "SELECT_NODE" -> queryBlocks++;
            case "BASE_TABLE" -> readTable(node);
            case "TABLE_FUNCTION" -> {
                tableReferences++;
                JsonNode function = node.path("function");
                tableFunctions.add(functionName(function));
                visit(function.path("children"));
                visit(function.path("arguments"));
                visitFieldsExcept(node, "function");
                return true;
            }
            default -> {
                // Nothing to note: its children say what it reads.
            }
        }
        return false;
    }

    private void visitFieldsExcept(JsonNode node, String skipped) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals(skipped)) {
                visit(field.getValue());
            }
        }
    }

    private void readTable(JsonNode table) {
        tableReferences++;
        if (!table.path("at_clause").isNull() && !table.path("at_clause").isMissingNode()) {
            throw new UnsafeSqlException("AT clauses (reading a table as of another time) may not be used");
        }
        List<String> parts = new ArrayList<>();
        for (String field : List.of("catalog_name", "schema_name", "table_name")) {
            String part = table.path(field).asText("");
            if (!part.isEmpty()) {
                parts.add(part.toLowerCase(Locale.ROOT));
            }
        }
        if (parts.isEmpty()) {
            throw new UnsafeSqlException("DuckDB reads a table without a name");
        }
        if (parts.size() == 1 && withNames.contains(parts.get(0))) {
            return;
        }
        tables.add(new TableName(parts));
    }

    /** Functions are called by their plain name: a schema or catalog in front could reach a macro or a system one. */
    private static String functionName(JsonNode function) {
        if (!function.path("schema").asText("").isEmpty() || !function.path("catalog").asText("").isEmpty()) {
            throw new UnsafeSqlException("functions are called by their plain name, without a schema or catalog");
        }
        String name = function.path("function_name").asText("");
        if (name.isEmpty()) {
            throw new UnsafeSqlException("DuckDB reads a function call without a name");
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() <= 160 ? line : line.substring(0, 160) + "...";
    }
}
