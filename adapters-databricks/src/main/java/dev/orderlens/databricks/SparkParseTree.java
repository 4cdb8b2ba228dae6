package dev.orderlens.databricks;

import dev.orderlens.core.sql.ParsedQuery;
import dev.orderlens.core.sql.TableName;
import dev.orderlens.core.sql.UnsafeSqlException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.AllValue;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.ArrayConstructor;
import net.sf.jsqlparser.expression.ArrayExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DateUnitExpression;
import net.sf.jsqlparser.expression.DateValue;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.HexValue;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.IntervalQualifier;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.OracleHint;
import net.sf.jsqlparser.expression.OracleNamedFunctionParameter;
import net.sf.jsqlparser.expression.OrderByClause;
import net.sf.jsqlparser.expression.PartitionByClause;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.TimeValue;
import net.sf.jsqlparser.expression.TimestampValue;
import net.sf.jsqlparser.expression.TrimFunction;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.WindowDefinition;
import net.sf.jsqlparser.expression.WindowElement;
import net.sf.jsqlparser.expression.WindowOffset;
import net.sf.jsqlparser.expression.WindowRange;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.IntegerDivision;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.CosineSimilarity;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsDistinctExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NamedExpressionList;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperator;
import net.sf.jsqlparser.parser.Node;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.Distinct;
import net.sf.jsqlparser.statement.select.ExceptOp;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.IntersectOp;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralSubSelect;
import net.sf.jsqlparser.statement.select.LateralView;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.MinusOp;
import net.sf.jsqlparser.statement.select.Offset;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Pivot;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.statement.select.UnPivot;
import net.sf.jsqlparser.statement.select.UnionOp;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * Reads the tree JSqlParser builds for one query into what the guard decides on.
 *
 * <p>The walk reaches every object of the tree through every field, by reflection, instead of through JSqlParser's
 * visitor adapters: those skip children in places (the subquery in {@code trim(BOTH ' ' FROM (SELECT ...))}, for
 * one), and would skip a field a later JSqlParser adds in the same way. Each object must be of a kind on a fixed
 * list of what read-only analytics needs; any other kind is refused, so a construct JSqlParser learns later is
 * refused until someone decides it is safe. A table name is read as a table only in FROM and JOIN and taken as a
 * column's qualifier in a column reference; anywhere else (INTO, FOR UPDATE OF ...) it is refused.
 *
 * <p>The walk keeps its own stack rather than the thread's: JSqlParser reads {@code 1 + 1 + ...} as a tree as deep
 * as the statement is long.
 */
final class SparkParseTree {

    /** Kinds of node a read-only analytic query needs; WITH items, tables and lateral views are read apart. */
    private static final Set<Class<?>> NODE_KINDS = Set.of(
            PlainSelect.class, SetOperationList.class, ParenthesedSelect.class, LateralSubSelect.class, Values.class,
            UnionOp.class, IntersectOp.class, ExceptOp.class, MinusOp.class,
            SelectItem.class, AllColumns.class, AllTableColumns.class, Alias.class, Alias.AliasColumn.class,
            Distinct.class, Join.class, ParenthesedFromItem.class, TableFunction.class, Pivot.class, UnPivot.class,
            GroupByElement.class, OrderByElement.class, Limit.class, Offset.class, OracleHint.class,
            WindowDefinition.class, WindowElement.class, WindowOffset.class, WindowRange.class,
            PartitionByClause.class, OrderByClause.class,
            Column.class, Function.class, AnalyticExpression.class, TrimFunction.class, ExtractExpression.class,
            CastExpression.class, ColDataType.class, CaseExpression.class, WhenClause.class,
            ExpressionList.class, ParenthesedExpressionList.class, NamedExpressionList.class,
            OracleNamedFunctionParameter.class, ArrayConstructor.class, ArrayExpression.class,
            NullValue.class, BooleanValue.class, LongValue.class, DoubleValue.class, HexValue.class,
            StringValue.class, DateValue.class, TimeValue.class, TimestampValue.class,
            DateTimeLiteralExpression.class, TimeKeyExpression.class, DateUnitExpression.class,
            IntervalExpression.class, IntervalQualifier.class, AllValue.class,
            SignedExpression.class, Addition.class, Subtraction.class, Multiplication.class, Division.class,
            IntegerDivision.class, Modulo.class, Concat.class,
            AndExpression.class, OrExpression.class, NotExpression.class,
            EqualsTo.class, NotEqualsTo.class, GreaterThan.class, GreaterThanEquals.class, MinorThan.class,
            MinorThanEquals.class, Between.class, InExpression.class, IsNullExpression.class,
            IsBooleanExpression.class, IsDistinctExpression.class, LikeExpression.class, RegExpMatchOperator.class,
            ExistsExpression.class, AnyComparisonExpression.class,
            // JSqlParser's name for <=>, which Spark reads as equality that holds for two NULLs.
            CosineSimilarity.class);

    /** Where a table name is read from the catalog or from a WITH query. */
    private static final Set<String> READ_POSITIONS = Set.of(
            "PlainSelect.fromItem", "Join.fromItem", "ParenthesedFromItem.fromItem");

    /** Where a table name qualifies a column ({@code o.carrier}, {@code o.*}): a name, not a read. */
    private static final Set<String> QUALIFIER_POSITIONS = Set.of("Column.table", "AllTableColumns.table");

    /** Where a function is called in place of a table. */
    private static final Set<String> TABLE_FUNCTION_POSITIONS = Set.of(
            "TableFunction.function", "LateralView.generatorFunction");

    /** JSqlParser reads {@code GROUP BY ROLLUP (a, b)} and {@code CUBE (a, b)} as calls; they only group. */
    private static final Set<String> GROUPINGS = Set.of("rollup", "cube");
    private static final String GROUP_BY = "GroupByElement.groupByExpressions";

    private static final String WITH_ITEMS = "Select.withItemsList";

    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            return fieldsOf(type);
        }
    };

    /** An object still to read, where it hangs ({@code Owner.field}), and the WITH names visible there. */
    private record Pending(Object value, String position, Set<String> withScope) {
    }

    private final Set<String> withNames = new HashSet<>();
    private final List<TableName> tables = new ArrayList<>();
    private final Set<String> functions = new HashSet<>();
    private final Set<String> tableFunctions = new HashSet<>();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<Pending> pending = new ArrayDeque<>();
    private int queryBlocks;
    private int tableReferences;

    private SparkParseTree() {
    }

    /** @throws UnsafeSqlException when the query holds a node of a kind, or a table in a place, not allowed */
    static ParsedQuery read(Select query) {
        SparkParseTree tree = new SparkParseTree();
        tree.pending.push(new Pending(query, "", Set.of()));
        while (!tree.pending.isEmpty()) {
            tree.visit(tree.pending.pop());
        }
        return new ParsedQuery(tree.tables, tree.withNames, tree.functions, tree.tableFunctions, tree.queryBlocks,
                tree.tableReferences);
    }

    private void visit(Pending node) {
        Object value = node.value();
        if (value == null || isScalar(value)) {
            return;
        }
        if (value instanceof Collection<?> elements) {
            for (Object element : elements) {
                pending.push(new Pending(element, node.position(), node.withScope()));
            }
            if (value.getClass().getName().startsWith("java.")) {
                return;
            }
        }
        if (!seen.add(value)) {
            throw new UnsafeSqlException("JSqlParser's tree of the query reaches one node twice");
        }
        if (!read(value, node)) {
            return;
        }
        Set<String> scope = node.withScope();
        if (value instanceof Select select && select.getWithItemsList() != null) {
            scope = readWithItems(select.getWithItemsList(), scope);
        }
        for (Field field : FIELDS.get(value.getClass())) {
            String position = field.getDeclaringClass().getSimpleName() + "." + field.getName();
            if (!position.equals(WITH_ITEMS)) {
                pending.push(new Pending(get(field, value), position, scope));
            }
        }
    }

    /**
     * Notes what one node tells the guard, or refuses it.
     *
     * @return whether its fields are to be read
     */
    private boolean read(Object value, Pending node) {
        if (value instanceof Table table) {
            if (QUALIFIER_POSITIONS.contains(node.position())) {
                return false;
            }
            readTable(table, node);
        } else if (value instanceof LateralView lateralView && node.position().equals("PlainSelect.lateralViews")) {
            readLateralView(lateralView);
        } else if (!NODE_KINDS.contains(value.getClass())) {
            String kind = value.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(Locale.ROOT);
            throw new UnsafeSqlException("the query holds " + (kind.matches("[aeiou].*") ? "an " : "a ") + kind
                    + ", which queries may not use");
        } else if (value instanceof PlainSelect || value instanceof Values) {
            queryBlocks++;
        } else if (value instanceof TableFunction) {
            tableReferences++;
        } else if (value instanceof AnalyticExpression analytic) {
            functions.add(plainName(List.of(analytic.getName())));
        } else if (value instanceof Function function) {
            String name = plainName(function.getMultipartName());
            if (TABLE_FUNCTION_POSITIONS.contains(node.position())) {
                tableFunctions.add(name);
            } else if (!(GROUPINGS.contains(name) && node.position().equals(GROUP_BY))) {
                functions.add(name);
            }
        }
        return true;
    }

    /**
     * Each WITH query sees the ones before it and the rest of the query sees them all. In its own body a WITH name
     * is not yet in scope: Spark reads the catalog object of that name there.
     *
     * @return the WITH names visible in the rest of the query
     */
    private Set<String> readWithItems(List<? extends WithItem<?>> items, Set<String> outerScope) {
        Set<String> scope = new HashSet<>(outerScope);
        for (WithItem<?> item : items) {
            if (item.isRecursive()) {
                throw new UnsafeSqlException("WITH RECURSIVE may not be used (a recursive query can grow without"
                        + " end); range() gives a series of values");
            }
            seen.add(item);
            Set<String> visible = Set.copyOf(scope);
            for (Field field : FIELDS.get(WithItem.class)) {
                pending.push(new Pending(get(field, item), "WithItem." + field.getName(), visible));
            }
            String name = unquote(item.getAliasName());
            withNames.add(name);
            scope.add(name);
        }
        return Set.copyOf(scope);
    }

    private void readLateralView(LateralView lateralView) {
        tableReferences++;
        String generator = plainName(lateralView.getGeneratorFunction().getMultipartName());
        if (!generator.equals("explode")) {
            throw new UnsafeSqlException("LATERAL VIEW may only explode an array, not call " + excerpt(generator));
        }
    }

    private void readTable(Table table, Pending node) {
        if (!READ_POSITIONS.contains(node.position())) {
            throw new UnsafeSqlException("a table may only be named where the query reads it (FROM or JOIN)");
        }
        // JSqlParser keeps these as text, which the walk does not look into.
        if (table.getTimeTravel() != null || table.getTimeTravelStrAfterAlias() != null) {
            throw new UnsafeSqlException("VERSION AS OF and TIMESTAMP AS OF (reading a table as of another time)"
                    + " may not be used");
        }
        tableReferences++;
        List<String> parts = new ArrayList<>();
        for (String part : table.getNameParts()) {
            parts.add(0, unquote(part));
        }
        if (parts.size() > 3) {
            throw new UnsafeSqlException("a table name has at most three parts (catalog, schema and table)");
        }
        if (parts.size() > 1 || !node.withScope().contains(parts.get(0))) {
            tables.add(new TableName(parts));
        }
    }

    /** Functions are called by their plain name: a schema or catalog in front could reach one of a user. */
    private static String plainName(List<String> parts) {
        if (parts.size() != 1) {
            throw new UnsafeSqlException("functions are called by their plain name, without a schema or catalog");
        }
        return unquote(parts.get(0));
    }

    /** A name as Spark compares it: unquoted (backticks, or double quotes as JSqlParser reads them), lower case. */
    private static String unquote(String name) {
        String unquoted = name;
        if (name.length() >= 2 && (name.startsWith("`") && name.endsWith("`")
                || name.startsWith("\"") && name.endsWith("\""))) {
            String quote = name.substring(0, 1);
            unquoted = name.substring(1, name.length() - 1).replace(quote + quote, quote);
        }
        return unquoted.toLowerCase(Locale.ROOT);
    }

    /** A piece of the query cut short, so a reason never carries a long stretch of it. */
    static String excerpt(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "...";
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?>;
    }

    private static Object get(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    /** Every instance field JSqlParser declares on the type and its supertypes, but the parser's own syntax node. */
    private static List<Field> fieldsOf(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c.getName().startsWith("net.sf.jsqlparser."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Node.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return List.copyOf(fields);
    }
}
