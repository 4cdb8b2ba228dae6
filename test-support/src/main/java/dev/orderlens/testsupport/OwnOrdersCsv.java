package dev.orderlens.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A user's own orders as {@code orderlens data load --csv} takes them: three orders of a shop that is not the
 * sample's, in the columns of the sample's semantic model, so that a home holds its user's orders without ever
 * generating the sample.
 */
public final class OwnOrdersCsv {

    public static final int ROWS = 3;

    private static final String CSV = """
            order_id,order_ts,customer_id,customer_segment,channel,ship_city,ship_state,ship_region,category,\
            product_name,sku,quantity,unit_price,discount_amount,shipping_fee,order_total,payment_method,status,\
            carrier,promised_date,shipped_at,delivered_at,is_late,return_reason,refund_amount,support_tickets,csat_score,\
            support_note
            SHOP-1,2026-02-02 09:15:00,C-1,consumer,web,Reno,NV,West,Grocery,Frozen dessert box,SKU-FD,2,19.50,0.00,\
            4.99,43.99,card,delivered,Zephyr Logistics,2026-02-05,2026-02-02 15:00:00,2026-02-04 11:00:00,false,,0.00,\
            0,5,
            SHOP-2,2026-02-03 12:40:00,C-2,business,web,Sparks,NV,West,Grocery,Ice cream tub,SKU-IC,1,8.25,0.00,4.99,\
            13.24,card,returned,Zephyr Logistics,2026-02-06,2026-02-03 16:00:00,2026-02-08 10:30:00,true,damaged,13.24,\
            1,2,Arrived melted
            SHOP-3,2026-02-04 08:05:00,C-1,consumer,app,Reno,NV,West,Electronics,Studio headphones,SKU-HP,1,129.00,\
            10.00,0.00,119.00,paypal,shipped,Zephyr Logistics,2026-02-07,2026-02-04 17:20:00,,false,,0.00,0,,
            """;

    private OwnOrdersCsv() {
    }

    /** Writes the orders to {@code file} and returns it. */
    public static Path write(Path file) {
        try {
            return Files.writeString(file, CSV, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
