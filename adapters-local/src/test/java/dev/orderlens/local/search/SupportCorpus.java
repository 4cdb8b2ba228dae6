package dev.orderlens.local.search;

import dev.orderlens.answering.semantic.SemanticModelFile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small, realistic corpus: analytics documents and support-heavy orders, as the sample dataset has them. */
final class SupportCorpus {

    private SupportCorpus() {
    }

    static List<IndexDocument> analyticsDocuments() {
        return List.of(
                doc("incident-fedex-hurricane", "Incident report: FedEx disruption in the Southeast, September 2025",
                        "Between 2025-09-08 and 2025-09-19 a hurricane closed FedEx sorting hubs in Florida, Georgia "
                                + "and the Carolinas. 41% of FedEx deliveries to the Southeast arrived late, against 6% "
                                + "normally, and support tickets tripled.\n\nWe paused FedEx Ground for Southeast "
                                + "addresses on September 10 and rerouted new orders to UPS. Affected customers received "
                                + "a shipping refund.", "incident", "FedEx"),
                doc("incident-nimbus-battery", "Incident report: Nimbus X2 wireless earbuds battery defect",
                        "From May to July 2025 the Nimbus X2 wireless earbuds had a defective battery batch: cases "
                                + "swelled and would not charge. The return rate of the product reached 38%, most "
                                + "returns giving the reason defective. A recall notice went out on 2025-07-02 and the "
                                + "supplier replaced the batch.", "incident", null),
                doc("incident-klarna-outage", "Incident report: Klarna payment outage on 2025-03-14",
                        "On 2025-03-14 from 13:05 to 15:40 the Klarna checkout integration failed with timeouts. "
                                + "Orders paid with Klarna were left pending and 1,200 were cancelled automatically. "
                                + "Buy now pay later customers were asked to pay by card instead.", "incident", null),
                doc("policy-returns", "Returns policy",
                        "Items can be returned within 30 days of delivery. Defective items and wrong items are "
                                + "refunded in full including shipping; items no longer needed are refunded minus "
                                + "the return label. Refunds reach the original payment method within 5 business "
                                + "days of the return scan.", "policy", null),
                doc("policy-shipping", "Shipping policy",
                        "Standard shipping promises delivery in 3 to 5 business days, express in 1 to 2. A delivery "
                                + "is late when it arrives after the promised date; late express deliveries get the "
                                + "shipping fee refunded automatically. Orders over $50 ship free.", "policy", null),
                doc("scorecard-ups-2025q3", "Carrier scorecard: UPS, Q3 2025",
                        "UPS delivered 95.1% of orders on time in Q3 2025 with an average of 3.2 delivery days. "
                                + "UPS took over Southeast volume during the FedEx disruption without a drop in "
                                + "on-time rate.", "scorecard", "UPS"),
                doc("scorecard-fedex-2025q3", "Carrier scorecard: FedEx, Q3 2025",
                        "FedEx on-time rate fell to 84.7% in Q3 2025, entirely because of September in the "
                                + "Southeast. Outside the hurricane weeks FedEx stayed at 94%.", "scorecard", "FedEx"),
                doc("scorecard-usps-2025q3", "Carrier scorecard: USPS, Q3 2025",
                        "USPS delivered 91.8% on time, slowest on rural routes in the Midwest where average "
                                + "delivery took 5.1 days. USPS remains the cheapest carrier for parcels under 1 lb.",
                        "scorecard", "USPS"),
                doc("scorecard-dhl-2025q3", "Carrier scorecard: DHL, Q3 2025",
                        "DHL handled 9% of volume, mostly international and marketplace orders, with a 93.4% "
                                + "on-time rate. Damaged-in-transit claims were the highest of all carriers at 1.9%.",
                        "scorecard", "DHL"),
                doc("review-2025-11", "Monthly business review: November 2025",
                        "November 2025 revenue was $4.8M, up 31% on October, driven by Black Friday and Cyber "
                                + "Monday: those two days alone brought 14% of the month's orders. Electronics led "
                                + "categories; average order value rose to $96.", "review", null),
                doc("review-2025-12", "Monthly business review: December 2025",
                        "December 2025 was the peak month with $5.6M revenue. Late deliveries rose to 9% in the "
                                + "week before Christmas as carriers hit capacity. Gift cards were the fastest growing "
                                + "payment method.", "review", null),
                doc("review-2025-04", "Monthly business review: April 2025",
                        "The Spring Refresh sale from 2025-04-01 to 2025-04-07 took 20% off Home & Kitchen. "
                                + "Home & Kitchen revenue doubled that week and discounts cost $180k in margin.",
                        "review", null),
                doc("review-2025-03", "Monthly business review: March 2025",
                        "March 2025 revenue was flat. The cancellation rate spiked to 4.2% because of the payment "
                                + "outage on March 14; without that day it would have been 1.9%.", "review", null),
                doc("faq-tracking", "Support FAQ: tracking a parcel",
                        "Customers find the tracking link in the shipping confirmation email. If tracking has not "
                                + "updated for 3 days, open a trace with the carrier before offering a reshipment.",
                        "faq", null),
                doc("faq-address-change", "Support FAQ: changing the delivery address",
                        "The shipping address can be changed while the order is pending or processing. Once "
                                + "shipped, ask the carrier for a redirect; FedEx and UPS allow it, USPS only for a fee.",
                        "faq", null),
                doc("faq-damaged", "Support FAQ: damaged items",
                        "When an item arrives damaged, ask for a photo of the item and the box, refund or replace "
                                + "at once, and file a damage claim with the carrier within 10 days.", "faq", null),
                doc("faq-wrong-item", "Support FAQ: wrong item received",
                        "If the customer received the wrong item, send the right one by express at no cost and "
                                + "email a prepaid return label for the wrong one.", "faq", null),
                doc("faq-vip", "Support FAQ: VIP customers",
                        "VIP customers get free express shipping, a dedicated support line and refunds issued "
                                + "before the return is scanned.", "faq", null),
                doc("faq-gift-cards", "Support FAQ: gift cards",
                        "Gift cards never expire and cannot be refunded to a bank account; refunds of gift card "
                                + "orders go back to a new gift card.", "faq", null),
                doc("faq-cancel", "Support FAQ: cancelling an order",
                        "An order can be cancelled free of charge until it ships. After shipping, the customer "
                                + "must refuse the delivery or return it under the returns policy.", "faq", null),
                doc("report-size-fit", "Returns analysis: Apparel size and fit",
                        "Apparel has the highest return rate of all categories at 17%, and 70% of those returns "
                                + "give size_fit as the reason. Adding a size chart to product pages cut returns by "
                                + "a fifth in a test.", "report", null));
    }

    static List<Map<String, Object>> orderRows() {
        return List.of(
                order("ORD-000123", "CUST-00007", "vip", "Nimbus X2 wireless earbuds", "Electronics", "returned",
                        "FedEx", "Miami", "FL", "Southeast", LocalDateTime.of(2025, 6, 14, 10, 22), "defective", 2,
                        "Customer reports the earbuds case swelled and stopped charging after a week. Refund issued; "
                                + "customer asked whether the replacement batch is safe."),
                order("ORD-004512", "CUST-01234", "consumer", "Cast iron skillet 12 inch", "Home & Kitchen",
                        "delivered", "FedEx", "Atlanta", "GA", "Southeast", LocalDateTime.of(2025, 9, 9, 8, 5), null,
                        3, "Parcel stuck at the Memphis hub during the hurricane; delivered six days late. Shipping "
                                + "fee refunded as goodwill."),
                order("ORD-010877", "CUST-00450", "business", "Ergonomic office chair", "Home & Kitchen",
                        "returned", "DHL", "Denver", "CO", "West", LocalDateTime.of(2025, 10, 2, 16, 40),
                        "damaged_in_transit", 1, "Chair arrived with a cracked base and a torn box. Photos received; "
                                + "damage claim filed with DHL and full refund issued."),
                order("ORD-021009", "CUST-00007", "vip", "Trail running shoes", "Sports & Outdoors", "returned",
                        "UPS", "Miami", "FL", "Southeast", LocalDateTime.of(2025, 4, 20, 12, 0), "size_fit", 1,
                        "Shoes run half a size small. Customer exchanged for a larger size."),
                order("ORD-033456", "CUST-07781", "consumer", "Linen duvet cover", "Home & Kitchen", "cancelled",
                        null, "Chicago", "IL", "Midwest", LocalDateTime.of(2025, 3, 14, 14, 12), null, 1,
                        "Klarna checkout failed twice and the order was cancelled; customer asked to pay later "
                                + "with a card."),
                order("ORD-045001", "CUST-03321", "consumer", "Wooden train set", "Toys", "delivered", "USPS",
                        "Fargo", "ND", "Midwest", LocalDateTime.of(2025, 12, 18, 9, 30), null, 2,
                        "Gift for Christmas arrived on December 27, after the promised date. Customer unhappy; "
                                + "offered a 15% coupon."),
                order("ORD-051777", "CUST-08800", "consumer", "Bluetooth speaker mini", "Electronics", "returned",
                        "UPS", "Austin", "TX", "Southwest", LocalDateTime.of(2025, 11, 29, 19, 45), "wrong_item", 1,
                        "Customer received a phone case instead of the speaker. Correct item sent by express with a "
                                + "prepaid return label."),
                order("ORD-058210", "CUST-05010", "business", "Espresso machine pro", "Home & Kitchen",
                        "delivered", "FedEx", "Boston", "MA", "Northeast", LocalDateTime.of(2025, 4, 3, 11, 15), null,
                        1, "Customer asked why the Spring Refresh discount was not applied to the espresso machine; "
                                + "the 20% was refunded after checking the sale dates."));
    }

    static List<IndexDocument> orderDocuments() {
        OrderDocumentRenderer renderer = OrderDocumentRenderer.of(SemanticModelFile.loadDefault().model());
        return orderRows().stream().map(renderer::render).toList();
    }

    private static IndexDocument doc(String id, String title, String text, String kind, String carrier) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put("kind", kind);
        if (carrier != null) {
            metadata.put("carrier", carrier);
        }
        return new IndexDocument(id, title, text, metadata);
    }

    static Map<String, Object> order(String orderId, String customerId, String segment, String product,
            String category, String status, String carrier, String city, String state, String region,
            LocalDateTime placed, String returnReason, int tickets, String note) {
        Map<String, Object> row = new HashMap<>();
        row.put("order_id", orderId);
        row.put("order_ts", placed);
        row.put("customer_id", customerId);
        row.put("customer_segment", segment);
        row.put("channel", "web");
        row.put("ship_city", city);
        row.put("ship_state", state);
        row.put("ship_region", region);
        row.put("category", category);
        row.put("product_name", product);
        row.put("quantity", 1);
        row.put("order_total", new BigDecimal("79.90"));
        row.put("payment_method", "credit_card");
        row.put("status", status);
        row.put("carrier", carrier);
        row.put("promised_date", LocalDate.from(placed).plusDays(4));
        row.put("delivered_at", carrier == null ? null : placed.plusDays(5));
        row.put("is_late", carrier == null ? null : Boolean.TRUE);
        row.put("return_reason", returnReason);
        row.put("refund_amount", returnReason == null ? BigDecimal.ZERO : new BigDecimal("79.90"));
        row.put("support_tickets", tickets);
        row.put("csat_score", null);
        row.put("support_note", note);
        return row;
    }
}
