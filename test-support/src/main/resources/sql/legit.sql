Legitimate analytic queries: every entry must pass ReadOnlySqlGuard.
Each entry starts with a line "#### <dialect>: <what it asks>"; the statement is every line up to the
next "####" line. Statements never contain "####". Queries read the orders table (design section 3) as
orders, raw.orders or customer_suppport_agent.raw.orders. The "gold" entries are the reference queries
of the evaluation set (eval/questions.jsonl).

#### duckdb: late orders per carrier
SELECT carrier, count(*) AS late_orders FROM orders WHERE is_late GROUP BY carrier ORDER BY late_orders DESC

#### duckdb: revenue by month with strftime and GROUP BY ALL
SELECT strftime(order_ts, '%Y-%m') AS month, sum(order_total) AS revenue
FROM orders
WHERE status <> 'cancelled'
GROUP BY ALL
ORDER BY ALL

#### duckdb: month-over-month change with lag
SELECT month, revenue, revenue - lag(revenue) OVER (ORDER BY month) AS change
FROM (SELECT date_trunc('month', order_ts) AS month, sum(order_total) AS revenue FROM orders GROUP BY 1)
ORDER BY month

#### duckdb: top three products per month with two CTEs
WITH monthly AS (
  SELECT date_trunc('month', order_ts) AS month, product_name, sum(order_total) AS revenue
  FROM orders WHERE status <> 'cancelled' GROUP BY 1, 2
), ranked AS (
  SELECT *, row_number() OVER (PARTITION BY month ORDER BY revenue DESC) AS rn FROM monthly
)
SELECT month, product_name, revenue FROM ranked WHERE rn <= 3 ORDER BY month, rn

#### duckdb: best-selling product per state with QUALIFY
SELECT ship_state, product_name, count(*) AS n FROM orders GROUP BY 1, 2
QUALIFY row_number() OVER (PARTITION BY ship_state ORDER BY n DESC) = 1

#### duckdb: late rate with FILTER
SELECT carrier, count(*) FILTER (WHERE is_late) / count(*) FILTER (WHERE delivered_at IS NOT NULL) AS late_rate FROM orders GROUP BY carrier

#### duckdb: last 30 days with an interval
SELECT count(*) FROM orders WHERE order_ts >= TIMESTAMP '2026-01-01' - INTERVAL 30 DAY

#### duckdb: daily orders during the FedEx disruption with :: casts
SELECT order_ts::DATE AS day, count(*) FROM orders
WHERE order_ts::DATE BETWEEN DATE '2025-09-08' AND DATE '2025-09-19' AND carrier = 'FedEx'
GROUP BY 1 ORDER BY 1

#### duckdb: delivery days with date_diff
SELECT carrier, avg(date_diff('day', order_ts, delivered_at)) AS delivery_days FROM orders WHERE delivered_at IS NOT NULL GROUP BY carrier

#### duckdb: one order without its note (EXCLUDE)
SELECT * EXCLUDE (support_note) FROM orders WHERE order_id = 'ORD-000042'

#### duckdb: star REPLACE modifier
SELECT * REPLACE (round(order_total) AS order_total) FROM orders LIMIT 10

#### duckdb: replace() the string function
SELECT replace(product_name, 'Nimbus', 'NIMBUS') AS product, count(*) FROM orders GROUP BY 1

#### duckdb: notes mentioning batteries with ILIKE
SELECT order_id, support_note FROM orders WHERE support_note ILIKE '%battery%' ORDER BY order_ts DESC LIMIT 20

#### duckdb: regular expression with a backslash class
SELECT count(*) FROM orders WHERE regexp_matches(order_id, '^ORD-\d{6}$')

#### duckdb: revenue by year and quarter with extract
SELECT extract(year FROM order_ts) AS year, extract(quarter FROM order_ts) AS quarter, sum(order_total)
FROM orders GROUP BY 1, 2 ORDER BY 1, 2

#### duckdb: orders by weekday with dayname
SELECT dayname(order_ts) AS weekday, count(*) FROM orders GROUP BY 1 ORDER BY 2 DESC

#### duckdb: month spine from generate_series
WITH months AS (
  SELECT generate_series AS month FROM generate_series(DATE '2025-01-01', DATE '2025-12-01', INTERVAL 1 MONTH)
)
SELECT m.month, count(o.order_id) AS orders
FROM months m LEFT JOIN orders o ON date_trunc('month', o.order_ts) = m.month
GROUP BY 1 ORDER BY 1

#### duckdb: quantity histogram over range()
SELECT r.range AS quantity, count(o.order_id) FROM range(1, 11) r LEFT JOIN orders o ON o.quantity = r.range GROUP BY 1 ORDER BY 1

#### duckdb: PIVOT of a subquery
SELECT * FROM (SELECT ship_region, carrier FROM orders) PIVOT (count(*) FOR carrier IN ('UPS', 'FedEx', 'USPS', 'DHL'))

#### duckdb: customers using several carriers (list, len)
SELECT customer_id, list(DISTINCT carrier) AS carriers FROM orders WHERE carrier IS NOT NULL
GROUP BY 1 HAVING len(list(DISTINCT carrier)) > 2 LIMIT 50

#### duckdb: median and p90 order value
SELECT category, quantile_cont(order_total, 0.5) AS median_total,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY order_total) AS p90
FROM orders GROUP BY category

#### duckdb: IS DISTINCT FROM
SELECT count(*) FROM orders WHERE carrier IS DISTINCT FROM 'UPS'

#### databricks: double-quoted three-part name
SELECT "carrier", count(*) FROM "customer_suppport_agent"."raw"."orders" GROUP BY "carrier"

#### databricks: two-part name
SELECT count(*) FROM raw.orders WHERE status = 'returned'

#### databricks: three-part name with an alias
SELECT o.ship_region, avg(o.csat_score) FROM customer_suppport_agent.raw.orders AS o
WHERE o.csat_score IS NOT NULL GROUP BY o.ship_region

#### duckdb: repeat buyers with a self-join
SELECT o.customer_id, count(*) AS repeat_orders
FROM orders o
JOIN (SELECT customer_id, min(order_ts) AS first_ts FROM orders GROUP BY customer_id) f
  ON o.customer_id = f.customer_id AND o.order_ts > f.first_ts
GROUP BY 1 ORDER BY 2 DESC LIMIT 10

#### duckdb: comments and a trailing semicolon
-- late deliveries in the FedEx disruption
SELECT count(*) /* delivered late */ FROM orders
WHERE carrier = 'FedEx' AND is_late AND ship_region = 'Southeast';

#### duckdb: model output in a code fence
```sql
SELECT ship_state, count(*) FROM orders GROUP BY 1
```

#### duckdb: UNION ALL of two channels
SELECT 'web' AS channel, count(*) FROM orders WHERE channel = 'web'
UNION ALL
SELECT 'mobile', count(*) FROM orders WHERE channel = 'mobile'

#### duckdb: keywords and semicolons inside a string
SELECT count(*) FROM orders WHERE support_note LIKE '%DROP TABLE; delete from%'

#### duckdb: doubled quote in a string
SELECT count(*) FROM orders WHERE support_note LIKE '%customer''s order%'

#### duckdb: non-ASCII text inside strings
SELECT count(*) FROM orders WHERE ship_city = 'São Paulo' OR support_note LIKE '%café%'

#### duckdb: non-ASCII quoted alias
SELECT count(*) AS "Bestellungen größer 100" FROM orders WHERE order_total > 100

#### duckdb: third page with LIMIT and OFFSET
SELECT order_id, order_total FROM orders ORDER BY order_total DESC LIMIT 20 OFFSET 40

#### duckdb: running total with a window frame
SELECT order_ts::DATE AS day,
       sum(count(*)) OVER (ORDER BY order_ts::DATE ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running
FROM orders WHERE order_ts >= DATE '2025-11-01' GROUP BY 1 ORDER BY 1

#### duckdb: return reasons with coalesce
SELECT coalesce(return_reason, 'none') AS reason, count(*) FROM orders GROUP BY 1

#### duckdb: VALUES inside a query
SELECT v.segment, count(o.order_id)
FROM (VALUES ('consumer'), ('business'), ('vip')) AS v(segment)
LEFT JOIN orders o ON o.customer_segment = v.segment GROUP BY 1

#### duckdb: sample of the table
SELECT avg(order_total) FROM orders USING SAMPLE 10%

#### duckdb: dollar-quoted string
SELECT count(*) FROM orders WHERE support_note LIKE $$%it's broken%$$

#### duckdb: WITH inside a subquery
SELECT * FROM (
  WITH r AS (SELECT carrier, count(*) AS n FROM orders GROUP BY 1) SELECT * FROM r
) AS x ORDER BY n DESC

#### duckdb: weekday spine from range
WITH days AS (SELECT range AS n FROM range(7))
SELECT n AS weekday, count(o.order_id) AS orders FROM days LEFT JOIN orders o ON dayofweek(o.order_ts) = n
GROUP BY n ORDER BY n

#### spark: backticked three-part name
SELECT `carrier`, count(*) AS `late orders`
FROM `customer_suppport_agent`.`raw`.`orders`
WHERE `is_late` = true GROUP BY `carrier`

#### spark: revenue by month with date_format
SELECT date_format(order_ts, 'yyyy-MM') AS month, sum(order_total) AS revenue
FROM customer_suppport_agent.raw.orders WHERE status != 'cancelled'
GROUP BY date_format(order_ts, 'yyyy-MM') ORDER BY month

#### spark: delivery days with datediff
SELECT carrier, avg(datediff(delivered_at, order_ts)) AS delivery_days FROM orders WHERE delivered_at IS NOT NULL GROUP BY carrier

#### spark: last 30 days with date_sub
SELECT count(*) FROM orders WHERE to_date(order_ts) >= date_sub(current_date(), 30)

#### spark: top products per category with dense_rank
SELECT * FROM (
  SELECT category, product_name, sum(order_total) AS revenue,
         dense_rank() OVER (PARTITION BY category ORDER BY sum(order_total) DESC) AS rnk
  FROM orders GROUP BY category, product_name
) t WHERE rnk <= 3

#### spark: carriers per customer with collect_set
SELECT customer_id, concat_ws(', ', collect_set(carrier)) AS carriers FROM orders GROUP BY customer_id LIMIT 100

#### spark: PIVOT clause
SELECT * FROM (SELECT ship_region, carrier, order_id FROM orders)
PIVOT (count(order_id) FOR carrier IN ('UPS' AS ups, 'FedEx' AS fedex, 'USPS' AS usps, 'DHL' AS dhl))

#### spark: double-quoted string and a typed date literal
SELECT count(*) FROM orders WHERE payment_method = "klarna" AND to_date(order_ts) = DATE'2025-03-14'

#### spark: interval in days
SELECT count(*) FROM orders WHERE order_ts >= TIMESTAMP '2025-12-31' - INTERVAL 7 DAYS

#### spark: ROLLUP with NULLS LAST
SELECT ship_region, category, sum(order_total) FROM orders GROUP BY ROLLUP (ship_region, category) ORDER BY 1, 2 NULLS LAST

#### spark: GROUPING SETS
SELECT channel, payment_method, count(*) FROM orders GROUP BY GROUPING SETS ((channel), (payment_method), ())

#### spark: higher-order transform with a lambda
SELECT order_id, transform(array(quantity, support_tickets), x -> x * 2) AS doubled FROM orders LIMIT 5

#### spark: median with percentile_approx
SELECT carrier, percentile_approx(order_total, 0.5, 100) AS median_total FROM orders GROUP BY carrier

#### spark: LATERAL VIEW explode
SELECT carrier, s FROM orders LATERAL VIEW explode(array(ship_city, ship_state)) places AS s WHERE carrier = 'DHL' LIMIT 10

#### spark: optimizer hint
SELECT /*+ REPARTITION(8) */ ship_state, count(*) FROM orders GROUP BY ship_state

#### spark: RLIKE
SELECT count(*) FROM orders WHERE order_id RLIKE '^ORD-[0-9]{6}$'

#### spark: trunc and make_date
SELECT trunc(order_ts, 'MM') AS month, count(*) FROM orders WHERE order_ts >= make_date(2025, 1, 1) GROUP BY 1 ORDER BY 1

#### spark: year() and month()
SELECT count(*) FROM orders WHERE year(order_ts) = 2025 AND month(order_ts) = 9 AND carrier = 'FedEx' AND is_late

#### spark: trim(BOTH ... FROM ...)
SELECT trim(BOTH ' ' FROM ship_city) AS city, count(*) FROM orders GROUP BY 1

#### spark: substring(... FROM ... FOR ...)
SELECT substring(sku FROM 1 FOR 3) AS prefix, count(*) FROM orders GROUP BY 1

#### gold p01: How many orders did we get in 2025?
SELECT count(*) FROM orders WHERE order_ts >= TIMESTAMP '2025-01-01' AND order_ts < TIMESTAMP '2026-01-01'

#### gold p02: Revenue by month in 2024
SELECT date_trunc('month', order_ts) AS month, sum(order_total) AS revenue FROM orders WHERE status <> 'cancelled' AND order_ts >= TIMESTAMP '2024-01-01' AND order_ts < TIMESTAMP '2025-01-01' GROUP BY 1 ORDER BY 1

#### gold p03: Which category had the most returns?
SELECT category, count(*) AS n FROM orders WHERE status = 'returned' GROUP BY 1 ORDER BY n DESC LIMIT 1

#### gold p04: What is the late delivery rate for UPS?
SELECT 100.0 * avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END) FROM orders WHERE carrier = 'UPS' AND delivered_at IS NOT NULL

#### gold p05: Average order value in Q4 2025
SELECT sum(order_total)/count(*) FROM orders WHERE status <> 'cancelled' AND order_ts >= TIMESTAMP '2025-10-01' AND order_ts < TIMESTAMP '2026-01-01'

#### gold p06: Top 3 states by revenue in 2025
SELECT ship_state, sum(order_total) AS revenue FROM orders WHERE status <> 'cancelled' AND order_ts >= TIMESTAMP '2025-01-01' AND order_ts < TIMESTAMP '2026-01-01' GROUP BY 1 ORDER BY revenue DESC LIMIT 3

#### gold p07: How many orders were cancelled last month?
SELECT count(*) FROM orders WHERE status = 'cancelled' AND order_ts >= TIMESTAMP '2025-12-01' AND order_ts < TIMESTAMP '2026-01-01'

#### gold p08: Refunds by return reason in 2025
SELECT return_reason, sum(refund_amount) AS refunds FROM orders WHERE return_reason IS NOT NULL AND order_ts >= TIMESTAMP '2025-01-01' AND order_ts < TIMESTAMP '2026-01-01' GROUP BY 1

#### gold p09: How many VIP customers do we have?
SELECT count(DISTINCT customer_id) FROM orders WHERE customer_segment = 'vip'

#### gold p10: Which carrier delivers the fastest on average?
SELECT carrier, avg(date_diff('second', order_ts, delivered_at)) / 86400.0 AS days FROM orders WHERE delivered_at IS NOT NULL GROUP BY 1 ORDER BY days ASC LIMIT 1

#### gold p11: What share of 2025 revenue came from the mobile channel?
SELECT 100.0 * sum(CASE WHEN channel = 'mobile' THEN order_total ELSE 0 END) / sum(order_total) FROM orders WHERE status <> 'cancelled' AND order_ts >= TIMESTAMP '2025-01-01' AND order_ts < TIMESTAMP '2026-01-01'

#### gold p12: Daily orders from April 1 to April 7, 2025
SELECT CAST(order_ts AS DATE) AS day, count(*) AS n FROM orders WHERE order_ts >= TIMESTAMP '2025-04-01' AND order_ts < TIMESTAMP '2025-04-08' GROUP BY 1 ORDER BY 1

#### gold p13: How many orders were paid with gift cards in 2024?
SELECT count(*) FROM orders WHERE payment_method = 'gift_card' AND order_ts >= TIMESTAMP '2024-01-01' AND order_ts < TIMESTAMP '2025-01-01'

#### gold p14: Average CSAT by carrier
SELECT carrier, avg(csat_score) FROM orders WHERE carrier IS NOT NULL GROUP BY 1

#### gold p15: Which region has the highest return rate?
SELECT ship_region, avg(CASE WHEN status = 'returned' THEN 1.0 ELSE 0.0 END) AS r FROM orders WHERE status IN ('delivered', 'returned') GROUP BY 1 ORDER BY r DESC LIMIT 1

#### gold p16: Units sold per category in November 2025
SELECT category, sum(quantity) FROM orders WHERE status <> 'cancelled' AND order_ts >= TIMESTAMP '2025-11-01' AND order_ts < TIMESTAMP '2025-12-01' GROUP BY 1

#### gold p17: How many orders did DHL deliver in 2025?
SELECT count(*) FROM orders WHERE carrier = 'DHL' AND delivered_at IS NOT NULL AND order_ts >= TIMESTAMP '2025-01-01' AND order_ts < TIMESTAMP '2026-01-01'

#### gold p18: Apparel revenue in the West region in 2025
SELECT sum(order_total) FROM orders WHERE status <> 'cancelled' AND category = 'Apparel' AND ship_region = 'West' AND order_ts >= TIMESTAMP '2025-01-01' AND order_ts < TIMESTAMP '2026-01-01'

#### gold p19: How many orders got a CSAT score of 1?
SELECT count(*) FROM orders WHERE csat_score = 1

#### gold p20: How many orders did customer CUST-00007 place in 2025?
SELECT count(*) FROM orders WHERE customer_id = 'CUST-00007' AND order_ts >= TIMESTAMP '2025-01-01' AND order_ts < TIMESTAMP '2026-01-01'

#### gold pf1: Late delivery rate by carrier in 2025 / only in the West
SELECT carrier, 100.0 * avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END) FROM orders WHERE delivered_at IS NOT NULL AND ship_region = 'West' AND order_ts >= TIMESTAMP '2025-01-01' AND order_ts < TIMESTAMP '2026-01-01' GROUP BY 1

#### gold pf2: Revenue in Q1 2025 / and Q2?
SELECT sum(order_total) FROM orders WHERE status <> 'cancelled' AND order_ts >= TIMESTAMP '2025-04-01' AND order_ts < TIMESTAMP '2025-07-01'

#### duckdb: the table under its schema
SELECT count(*) FROM main.orders

#### duckdb: the table under its database and schema
SELECT count(*) FROM orders.main.orders

#### duckdb: a table in parentheses
SELECT count(*) FROM (orders)

#### duckdb: a join in parentheses of the table with itself
SELECT count(*) FROM (orders a JOIN orders b ON a.order_id = b.order_id)

#### duckdb: chained CTEs with windows
WITH monthly AS (SELECT date_trunc('month', order_ts) AS month, carrier, count(*) AS n FROM orders GROUP BY ALL),
ranked AS (SELECT *, rank() OVER (PARTITION BY month ORDER BY n DESC) AS r FROM monthly)
SELECT month, carrier, n FROM ranked WHERE r = 1 ORDER BY month

#### duckdb: running total with a frame
SELECT order_ts::DATE AS day, sum(order_total) OVER (ORDER BY order_ts::DATE ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS week_total FROM orders

#### duckdb: median and quantiles of delivery days
SELECT carrier, median(date_diff('day', order_ts, delivered_at)) AS median_days, quantile_cont(date_diff('day', order_ts, delivered_at), 0.9) AS p90 FROM orders WHERE delivered_at IS NOT NULL GROUP BY carrier

#### duckdb: string_agg of small values
SELECT customer_id, string_agg(DISTINCT carrier, ', ') AS carriers FROM orders GROUP BY customer_id HAVING count(DISTINCT carrier) > 1

#### duckdb: arg_max of the biggest order per state
SELECT ship_state, arg_max(order_id, order_total) AS biggest FROM orders GROUP BY ship_state

#### duckdb: EXISTS with a correlated subquery
SELECT count(*) FROM orders o WHERE EXISTS (SELECT 1 FROM orders p WHERE p.customer_id = o.customer_id AND p.order_ts < o.order_ts)

#### duckdb: UNION ALL of two aggregates
SELECT 'late' AS kind, count(*) AS n FROM orders WHERE is_late UNION ALL SELECT 'on time', count(*) FROM orders WHERE NOT is_late

#### duckdb: a CTE used twice
WITH delivered AS (SELECT * FROM orders WHERE delivered_at IS NOT NULL) SELECT (SELECT count(*) FROM delivered WHERE is_late) * 100.0 / (SELECT count(*) FROM delivered) AS late_rate

#### duckdb: regular expressions and ILIKE
SELECT count(*) FROM orders WHERE regexp_matches(support_note, 'batter(y|ies)') OR support_note ILIKE '%refund%'

#### duckdb: greatest, least, nullif and coalesce
SELECT greatest(order_total - refund_amount, 0) AS kept, least(quantity, 3) AS q, nullif(carrier, '') AS c, coalesce(csat_score, 0) AS csat FROM orders

#### duckdb: ROLLUP totals
SELECT ship_region, category, sum(order_total) FROM orders GROUP BY ROLLUP (ship_region, category)

#### duckdb: FROM-first query
FROM orders SELECT carrier, count(*) AS n GROUP BY carrier
