Held-out legitimate SQL corpus for the OrderLens read-only SQL guard.
Written independently of the development corpus and of the guard's source.
Every entry is an analytic query over the orders table that a support lead's analyst
would write, and every entry must be accepted by the guard.
Descriptions "legit: duckdb: ..." are DuckDB-only, "legit: spark: ..." are Databricks
(Spark SQL) only and use customer_suppport_agent.raw.orders; all other entries are
valid DuckDB (and were executed against a DuckDB table with the orders columns).
Format: each entry starts with a line "#### legit: <short description>"; the
statement is every following line up to the next such line.

#### legit: late rate per carrier
SELECT carrier,
       count(*) AS orders,
       round(avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END) * 100, 1) AS late_pct
FROM orders
GROUP BY carrier
ORDER BY late_pct DESC

#### legit: duckdb: revenue by region and category with GROUP BY ALL
SELECT ship_region, category, sum(order_total) AS revenue, count(*) AS n
FROM orders
GROUP BY ALL
ORDER BY revenue DESC
LIMIT 20

#### legit: revenue rollup by region and channel
SELECT ship_region, channel, count(*) AS n, round(sum(order_total), 2) AS revenue
FROM orders
GROUP BY ROLLUP (ship_region, channel)
ORDER BY ship_region NULLS LAST, channel NULLS LAST

#### legit: carriers with many late orders via HAVING
SELECT carrier, count(*) AS n, count(*) FILTER (WHERE is_late) AS late
FROM orders
GROUP BY carrier
HAVING count(*) >= 10 AND count(*) FILTER (WHERE is_late) > 0.05 * count(*)
ORDER BY late DESC

#### legit: return and cancel counts with FILTER per category
SELECT category,
       count(*) AS orders,
       count(*) FILTER (WHERE status = 'returned') AS returned,
       count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
       sum(refund_amount) FILTER (WHERE refund_amount > 0) AS refunded
FROM orders
GROUP BY category
ORDER BY orders DESC

#### legit: monthly revenue with date_trunc
SELECT date_trunc('month', order_ts) AS month, count(*) AS orders, sum(order_total) AS revenue
FROM orders
GROUP BY 1
ORDER BY 1

#### legit: orders by weekday with extract
SELECT extract(dow FROM order_ts) AS weekday, count(*) AS orders, avg(order_total) AS avg_total
FROM orders
GROUP BY weekday
ORDER BY weekday

#### legit: duckdb: hourly pattern with strftime
SELECT strftime(order_ts, '%H') AS hour_of_day, count(*) AS orders
FROM orders
GROUP BY hour_of_day
ORDER BY hour_of_day

#### legit: average delivery days per carrier with date_diff
SELECT carrier,
       avg(date_diff('day', order_ts, delivered_at)) AS avg_days_to_deliver,
       max(date_diff('day', order_ts, delivered_at)) AS worst_days
FROM orders
WHERE delivered_at IS NOT NULL
GROUP BY carrier
ORDER BY avg_days_to_deliver

#### legit: last 30 days relative to latest order with interval arithmetic
SELECT status, count(*) AS n
FROM orders
WHERE order_ts >= (SELECT max(order_ts) FROM orders) - INTERVAL 30 DAY
GROUP BY status
ORDER BY n DESC

#### legit: month over month revenue change with lag
WITH monthly AS (
  SELECT date_trunc('month', order_ts) AS month, sum(order_total) AS revenue
  FROM orders
  GROUP BY 1
)
SELECT month,
       revenue,
       lag(revenue) OVER (ORDER BY month) AS prev_revenue,
       round(100.0 * (revenue - lag(revenue) OVER (ORDER BY month)) / nullif(lag(revenue) OVER (ORDER BY month), 0), 1) AS mom_pct
FROM monthly
ORDER BY month

#### legit: days until a customer's next order with lead
SELECT customer_id, order_id, order_ts,
       lead(order_ts) OVER (PARTITION BY customer_id ORDER BY order_ts) AS next_order_ts,
       date_diff('day', order_ts, lead(order_ts) OVER (PARTITION BY customer_id ORDER BY order_ts)) AS days_to_next
FROM orders
ORDER BY customer_id, order_ts
LIMIT 100

#### legit: duckdb: top 3 products per category with row_number and QUALIFY
SELECT category, product_name, sum(quantity) AS units,
       row_number() OVER (PARTITION BY category ORDER BY sum(quantity) DESC) AS rn
FROM orders
GROUP BY category, product_name
QUALIFY rn <= 3
ORDER BY category, rn

#### legit: carrier rank by late rate within region
SELECT ship_region, carrier, late_rate,
       rank() OVER (PARTITION BY ship_region ORDER BY late_rate DESC) AS late_rank
FROM (
  SELECT ship_region, carrier, avg(CAST(is_late AS INTEGER)) AS late_rate
  FROM orders
  GROUP BY ship_region, carrier
) t
ORDER BY ship_region, late_rank

#### legit: 7-day rolling revenue with a window frame
WITH daily AS (
  SELECT CAST(order_ts AS DATE) AS d, sum(order_total) AS revenue
  FROM orders
  GROUP BY 1
)
SELECT d, revenue,
       sum(revenue) OVER (ORDER BY d ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS revenue_7d,
       sum(revenue) OVER (ORDER BY d ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS revenue_to_date
FROM daily
ORDER BY d

#### legit: chained CTEs for ticket-heavy customers
WITH per_customer AS (
  SELECT customer_id, count(*) AS orders, sum(support_tickets) AS tickets, avg(csat_score) AS csat
  FROM orders
  GROUP BY customer_id
),
heavy AS (
  SELECT * FROM per_customer WHERE tickets >= 3
),
summary AS (
  SELECT count(*) AS heavy_customers, avg(csat) AS heavy_csat FROM heavy
)
SELECT s.heavy_customers, round(s.heavy_csat, 2) AS heavy_csat,
       (SELECT round(avg(csat), 2) FROM per_customer) AS overall_csat
FROM summary s

#### legit: orders from customers who ever opened a ticket (IN subquery)
SELECT order_id, customer_id, status, order_total
FROM orders
WHERE customer_id IN (SELECT customer_id FROM orders WHERE support_tickets > 0)
ORDER BY order_ts DESC
LIMIT 50

#### legit: customers who reordered after a return (EXISTS)
SELECT DISTINCT r.customer_id
FROM orders r
WHERE r.status = 'returned'
  AND EXISTS (
    SELECT 1 FROM orders later
    WHERE later.customer_id = r.customer_id
      AND later.order_ts > r.order_ts
  )
ORDER BY r.customer_id

#### legit: category share of revenue with scalar subquery
SELECT category,
       sum(order_total) AS revenue,
       round(100 * sum(order_total) / (SELECT sum(order_total) FROM orders), 2) AS share_pct
FROM orders
GROUP BY category
ORDER BY share_pct DESC

#### legit: UNION ALL of late and on-time summaries
SELECT 'late' AS bucket, count(*) AS orders, avg(csat_score) AS avg_csat
FROM orders WHERE is_late
UNION ALL
SELECT 'on time' AS bucket, count(*) AS orders, avg(csat_score) AS avg_csat
FROM orders WHERE NOT is_late
ORDER BY bucket

#### legit: duckdb: schema-qualified main.orders
SELECT payment_method, count(*) AS n, round(avg(order_total), 2) AS avg_total
FROM main.orders
GROUP BY payment_method
ORDER BY n DESC

#### legit: table alias and self-join of orders for repeat purchases
SELECT a.customer_id, count(DISTINCT b.order_id) AS later_orders
FROM orders a
JOIN orders b ON b.customer_id = a.customer_id AND b.order_ts > a.order_ts
WHERE a.status = 'delivered'
GROUP BY a.customer_id
ORDER BY later_orders DESC
LIMIT 25

#### legit: duckdb: median, quantile_cont and mode of order totals
SELECT category,
       median(order_total) AS median_total,
       quantile_cont(order_total, 0.9) AS p90_total,
       mode(payment_method) AS usual_payment
FROM orders
GROUP BY category
ORDER BY category

#### legit: duckdb: biggest order per customer segment with arg_max
SELECT customer_segment,
       arg_max(order_id, order_total) AS biggest_order,
       max(order_total) AS biggest_total
FROM orders
GROUP BY customer_segment
ORDER BY biggest_total DESC

#### legit: carriers used per region with string_agg
SELECT ship_region, string_agg(DISTINCT carrier, ', ' ORDER BY carrier) AS carriers
FROM orders
GROUP BY ship_region
ORDER BY ship_region

#### legit: duckdb: list of statuses per customer
SELECT customer_id, list(DISTINCT status) AS statuses, count(*) AS n
FROM orders
GROUP BY customer_id
HAVING count(*) > 1
ORDER BY n DESC
LIMIT 20

#### legit: return reasons with coalesce
SELECT coalesce(return_reason, 'no reason given') AS reason, count(*) AS returns, sum(refund_amount) AS refunded
FROM orders
WHERE status = 'returned'
GROUP BY 1
ORDER BY returns DESC

#### legit: refund ratio guarded with nullif and round
SELECT category,
       round(sum(refund_amount) / nullif(sum(order_total), 0), 4) AS refund_ratio
FROM orders
GROUP BY category
ORDER BY refund_ratio DESC NULLS LAST

#### legit: effective discount with greatest
SELECT order_id, order_total, discount_amount,
       greatest(order_total - discount_amount, 0) AS net_after_discount
FROM orders
ORDER BY discount_amount DESC
LIMIT 20

#### legit: notes mentioning refunds with lower and LIKE
SELECT order_id, status, support_note
FROM orders
WHERE lower(support_note) LIKE '%refund%'
ORDER BY order_ts DESC
LIMIT 50

#### legit: notes asking to delete or drop an item with ILIKE
SELECT order_id, support_note
FROM orders
WHERE support_note ILIKE '%delete my account%'
   OR support_note ILIKE '%drop%off%'
   OR support_note ILIKE '%update the address%'
LIMIT 50

#### legit: duckdb: tracking-number mentions with regexp_matches
SELECT order_id, carrier, support_note
FROM orders
WHERE regexp_matches(support_note, '(?i)(tracking|lost|damaged)')
ORDER BY order_id
LIMIT 50

#### legit: orders in a date window with BETWEEN and IN list
SELECT order_id, order_ts, channel, status
FROM orders
WHERE order_ts BETWEEN TIMESTAMP '2024-01-01 00:00:00' AND TIMESTAMP '2024-03-31 23:59:59'
  AND channel IN ('web', 'mobile', 'marketplace')
  AND status NOT IN ('cancelled')
ORDER BY order_ts

#### legit: casts with :: and CAST
SELECT order_ts::DATE AS order_date,
       CAST(sum(quantity) AS BIGINT) AS units,
       sum(order_total)::DOUBLE AS revenue,
       CAST(avg(csat_score) AS DECIMAL(4, 2)) AS csat
FROM orders
GROUP BY order_ts::DATE
ORDER BY order_date DESC
LIMIT 14

#### legit: distinct city-state pairs in the west
SELECT DISTINCT ship_city, ship_state
FROM orders
WHERE ship_region = 'West'
ORDER BY ship_state, ship_city

#### legit: unique customers and skus per channel
SELECT channel, count(DISTINCT customer_id) AS customers, count(DISTINCT sku) AS skus, count(*) AS orders
FROM orders
GROUP BY channel
ORDER BY customers DESC

#### legit: CSAT by ticket bucket with CASE
SELECT CASE
         WHEN support_tickets = 0 THEN '0'
         WHEN support_tickets = 1 THEN '1'
         WHEN support_tickets BETWEEN 2 AND 3 THEN '2-3'
         ELSE '4+'
       END AS ticket_bucket,
       count(*) AS orders,
       round(avg(csat_score), 2) AS avg_csat
FROM orders
GROUP BY 1
ORDER BY 1

#### legit: delivered after promised date
SELECT carrier,
       count(*) FILTER (WHERE CAST(delivered_at AS DATE) > promised_date) AS missed_promise,
       count(*) FILTER (WHERE delivered_at IS NOT NULL) AS delivered
FROM orders
GROUP BY carrier
ORDER BY missed_promise DESC

#### legit: hours from order to shipment with epoch difference
SELECT carrier,
       round(avg(epoch(shipped_at) - epoch(order_ts)) / 3600.0, 1) AS avg_hours_to_ship
FROM orders
WHERE shipped_at IS NOT NULL
GROUP BY carrier
ORDER BY avg_hours_to_ship

#### legit: product share within category with partitioned sum
SELECT category, product_name, sum(order_total) AS revenue,
       round(sum(order_total) / sum(sum(order_total)) OVER (PARTITION BY category), 3) AS share_in_category
FROM orders
GROUP BY category, product_name
ORDER BY category, revenue DESC

#### legit: order value quartiles with ntile
SELECT quartile, count(*) AS orders, min(order_total) AS lo, max(order_total) AS hi
FROM (
  SELECT order_total, ntile(4) OVER (ORDER BY order_total) AS quartile
  FROM orders
) q
GROUP BY quartile
ORDER BY quartile

#### legit: first-order-month cohorts
WITH firsts AS (
  SELECT customer_id, min(date_trunc('month', order_ts)) AS cohort_month
  FROM orders
  GROUP BY customer_id
)
SELECT f.cohort_month, date_trunc('month', o.order_ts) AS active_month, count(DISTINCT o.customer_id) AS active_customers
FROM firsts f
JOIN orders o ON o.customer_id = f.customer_id
GROUP BY 1, 2
ORDER BY 1, 2

#### legit: count_if of late and ticketed orders
SELECT ship_state,
       count_if(is_late) AS late_orders,
       count_if(support_tickets > 0) AS ticketed_orders,
       count(*) AS orders
FROM orders
GROUP BY ship_state
ORDER BY late_orders DESC
LIMIT 15

#### legit: grouping sets over segment and payment
SELECT customer_segment, payment_method, count(*) AS n
FROM orders
GROUP BY GROUPING SETS ((customer_segment), (payment_method), ())
ORDER BY customer_segment NULLS LAST, payment_method NULLS LAST

#### legit: named window clause
SELECT order_id, customer_id, order_ts, order_total,
       row_number() OVER w AS nth_order,
       sum(order_total) OVER w AS running_spend
FROM orders
WINDOW w AS (PARTITION BY customer_id ORDER BY order_ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
ORDER BY customer_id, order_ts
LIMIT 100

#### legit: commented query with trailing semicolon
-- late deliveries by carrier for the weekly review
SELECT carrier, /* only shipped orders */ count(*) AS late_orders
FROM orders
WHERE is_late = true
  AND shipped_at IS NOT NULL
GROUP BY carrier
ORDER BY late_orders DESC;

#### legit: notes containing a semicolon or quote
SELECT order_id, support_note
FROM orders
WHERE support_note LIKE '%;%' OR support_note LIKE '%''%'
LIMIT 20

#### legit: simple sample of recent orders
SELECT order_id, order_ts, customer_id, status, order_total
FROM orders
ORDER BY order_ts DESC
LIMIT 10

#### legit: duckdb: all columns except the note
SELECT * EXCLUDE (support_note)
FROM orders
WHERE status = 'returned'
ORDER BY refund_amount DESC
LIMIT 20

#### legit: duckdb: word frequency in support notes with unnest
SELECT word, count(*) AS n
FROM (
  SELECT unnest(string_split(lower(support_note), ' ')) AS word
  FROM orders
  WHERE support_note IS NOT NULL
) w
WHERE length(word) > 3
GROUP BY word
ORDER BY n DESC
LIMIT 30

#### legit: duckdb: from-first query over orders
FROM orders
SELECT carrier, count(*) AS n
WHERE is_late
GROUP BY carrier
ORDER BY n DESC

#### legit: regexp_extract of an order number from notes
SELECT order_id, regexp_extract(support_note, '#([0-9]+)', 1) AS referenced_number
FROM orders
WHERE support_note LIKE '%#%'
LIMIT 20

#### legit: subquery in FROM comparing segments to average
SELECT s.customer_segment, s.avg_total, a.overall_avg
FROM (SELECT customer_segment, avg(order_total) AS avg_total FROM orders GROUP BY customer_segment) s
CROSS JOIN (SELECT avg(order_total) AS overall_avg FROM orders) a
WHERE s.avg_total > a.overall_avg
ORDER BY s.avg_total DESC

#### legit: shipping fee and discount summary with round
SELECT channel,
       round(avg(shipping_fee), 2) AS avg_shipping,
       round(avg(discount_amount), 2) AS avg_discount,
       round(avg(unit_price * quantity), 2) AS avg_gross
FROM orders
GROUP BY channel
ORDER BY channel

#### legit: UNION ALL of all and late counts by carrier
SELECT carrier, 'all' AS kind, count(*) AS n FROM orders GROUP BY carrier
UNION ALL
SELECT carrier, 'late' AS kind, count(*) AS n FROM orders WHERE is_late GROUP BY carrier
ORDER BY carrier, kind

#### legit: spark: late rate per carrier on the three-part table name
SELECT carrier,
       count(*) AS orders,
       round(avg(CASE WHEN is_late THEN 1 ELSE 0 END) * 100, 1) AS late_pct
FROM customer_suppport_agent.raw.orders
GROUP BY carrier
ORDER BY late_pct DESC

#### legit: spark: backtick-quoted names
SELECT `o`.`ship_region`, count(*) AS `orders`, sum(`o`.`order_total`) AS `revenue`
FROM `customer_suppport_agent`.`raw`.`orders` AS `o`
GROUP BY `o`.`ship_region`
ORDER BY `revenue` DESC

#### legit: spark: percentile_approx of delivery time
SELECT carrier,
       percentile_approx(datediff(delivered_at, order_ts), 0.5) AS p50_days,
       percentile_approx(datediff(delivered_at, order_ts), 0.95) AS p95_days
FROM customer_suppport_agent.raw.orders
WHERE delivered_at IS NOT NULL
GROUP BY carrier
ORDER BY p95_days DESC

#### legit: spark: monthly revenue with date_format
SELECT date_format(order_ts, 'yyyy-MM') AS month, count(*) AS orders, round(sum(order_total), 2) AS revenue
FROM customer_suppport_agent.raw.orders
GROUP BY date_format(order_ts, 'yyyy-MM')
ORDER BY month

#### legit: spark: days late versus promise with datediff
SELECT order_id, carrier, promised_date, delivered_at,
       datediff(to_date(delivered_at), promised_date) AS days_late
FROM customer_suppport_agent.raw.orders
WHERE delivered_at IS NOT NULL AND to_date(delivered_at) > promised_date
ORDER BY days_late DESC
LIMIT 50

#### legit: spark: count_if and approx_count_distinct per state
SELECT ship_state,
       count_if(is_late) AS late_orders,
       approx_count_distinct(customer_id) AS customers
FROM customer_suppport_agent.raw.orders
GROUP BY ship_state
ORDER BY late_orders DESC
LIMIT 10

#### legit: spark: latest order per customer with QUALIFY
SELECT customer_id, order_id, order_ts, status
FROM customer_suppport_agent.raw.orders
QUALIFY row_number() OVER (PARTITION BY customer_id ORDER BY order_ts DESC) = 1

#### legit: spark: last 30 days with current_date interval
SELECT status, count(*) AS n
FROM customer_suppport_agent.raw.orders AS o
WHERE o.order_ts >= current_date() - INTERVAL 30 DAYS
GROUP BY status
ORDER BY n DESC

#### legit: spark: carriers per region with collect_set
SELECT ship_region, array_join(array_sort(collect_set(carrier)), ', ') AS carriers
FROM customer_suppport_agent.raw.orders
GROUP BY ship_region

#### legit: spark: chained CTEs with window running total
WITH daily AS (
  SELECT to_date(order_ts) AS d, sum(order_total) AS revenue
  FROM customer_suppport_agent.raw.orders
  GROUP BY to_date(order_ts)
),
ranked AS (
  SELECT d, revenue,
         sum(revenue) OVER (ORDER BY d ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS revenue_7d
  FROM daily
)
SELECT * FROM ranked ORDER BY d DESC LIMIT 30

#### legit: spark: csat distribution with IN subquery
SELECT csat_score, count(*) AS n
FROM customer_suppport_agent.raw.orders
WHERE customer_id IN (SELECT customer_id FROM customer_suppport_agent.raw.orders WHERE status = 'returned')
GROUP BY csat_score
ORDER BY csat_score

