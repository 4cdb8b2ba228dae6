package dev.orderlens.local.sample;

import static dev.orderlens.local.sample.OrdersQueries.placedBetween;
import static dev.orderlens.local.sample.OrdersQueries.range;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The store's written policies, stating the same terms the generated orders follow. */
final class PolicyDocuments {

    private final OrdersQueries q;

    PolicyDocuments(OrdersQueries q) {
        this.q = q;
    }

    List<AnalyticsDocument> write() throws SQLException {
        return List.of(returns(), shipping(), payments(), cancellations(), vip());
    }

    private AnalyticsDocument returns() {
        String text = """
                # Returns and refunds policy

                Customers may return any item within %1$d days of delivery. Start the return from the order page or \
                through support; we email a return label for the carrier that delivered the order.

                **Items that are defective, damaged in transit or the wrong item.** The customer gets a full refund of \
                the order total, including the shipping fee, and the return label is free. For an item damaged in \
                transit, ask for a photo of the item and of the box; the photo is enough, we claim the damage from the \
                carrier ourselves. Customers may choose a replacement instead of a refund when the item is in stock.

                **Size or fit, or no longer needed.** The item price (after any discount) is refunded; the original \
                shipping fee is not refunded. Items must be unused and in their original packaging; apparel may have \
                been tried on.

                **Refund timing.** Refunds go back to the original payment method within 5 to 7 business days after \
                the return is received: cards, PayPal and Apple Pay are credited directly, Klarna cancels or reduces \
                the remaining instalments, and gift card payments go back to the gift card.

                **Recalled products.** Products under a recall notice, such as the %2$s sold from May to July 2025, are \
                refunded in full, including shipping, with no return window limit and no proof of fault needed.

                **Not returnable.** Opened grocery items and opened beauty products, unless they are defective or \
                arrived damaged.
                """.formatted(StoreTerms.RETURN_WINDOW_DAYS, SampleEvents.RECALLED_PRODUCT);
        return policy("policy-returns", "Returns and refunds policy", text, "returns");
    }

    private AnalyticsDocument shipping() throws SQLException {
        LocalDate year = SampleEvents.PERIOD.last().withDayOfYear(1);
        Kpis k = q.kpis(placedBetween(), range(year, year.plusYears(1)));
        String text = """
                # Shipping policy

                We ship with UPS, FedEx, USPS and DHL; the carrier is chosen per order from capacity and destination. \
                Orders leave the warehouse within two days, usually the same or the next day.

                **Fees.** Standard shipping is free for orders of %1$s or more after discounts and always free for VIP \
                customers; below that it costs %2$s. Expedited shipping costs %3$s.

                **Promised delivery date.** Every order shows a promised delivery date at checkout: %4$d days after the \
                order for expedited shipping; for standard shipping 5 days with UPS and FedEx and 6 days with USPS and \
                DHL. An order is late when it is delivered on a day after its promised date. In %5$d, %6$s of \
                deliveries arrived on or before their promised date.

                **Late deliveries.** When a delivery arrives after its promised date and the customer contacts us, \
                we refund the shipping fee paid for the order (customers with free shipping get a 10%% discount code \
                for their next order instead). Late delivery is not, on its own, a reason for a full refund; if the \
                customer no longer wants the item, the returns policy applies.

                **Damaged in transit.** If a parcel arrives damaged, the customer gets a full refund including \
                shipping or a replacement, at their choice; see the returns policy.

                **Severe weather and carrier disruptions.** When a carrier declares a regional disruption (as during \
                %7$s in the Southeast in September 2025), we reroute new orders to other carriers, extend promised \
                dates for the region and tell affected customers by email.

                **Tracking.** Tracking links are sent by email when the order ships and are shown on the order page.
                """.formatted(Figures.cents(StoreTerms.FREE_SHIPPING_FROM_CENTS), Figures.cents(StoreTerms.STANDARD_SHIPPING_CENTS),
                Figures.cents(StoreTerms.EXPEDITED_SHIPPING_CENTS), StoreTerms.EXPEDITED_PROMISE_DAYS, year.getYear(),
                Figures.percent(1 - k.lateRate()), SampleEvents.HURRICANE_NAME);
        return policy("policy-shipping", "Shipping policy", text, "shipping");
    }

    private AnalyticsDocument payments() {
        String text = """
                # Payments policy

                We accept credit and debit cards, PayPal, Apple Pay, gift cards and Klarna (pay in 4 interest-free \
                instalments). A payment is authorised at checkout and captured when the order ships; an order whose \
                payment cannot be authorised is cancelled automatically and nothing is charged.

                **Klarna.** Klarna decides on approval; we cannot override a declined Klarna payment. Refunds on Klarna \
                orders reduce or cancel the remaining instalments. If Klarna has an outage (as on %1$s), Klarna \
                checkouts fail and the orders are cancelled without charge; customers can pay another way or retry later.

                **Gift cards.** Gift cards never expire and can be combined with one other payment method. Refunds of \
                gift card payments go back to the gift card.

                **Security.** Agents never ask for full card numbers; payment details are changed by the customer on \
                the order page only.
                """.formatted(Figures.day(SampleEvents.KLARNA_OUTAGE));
        return policy("policy-payments", "Payments policy", text, "payments");
    }

    private AnalyticsDocument cancellations() {
        String text = """
                # Order cancellation policy

                Customers can cancel an order free of charge while it is pending or processing, that is until it is \
                handed to the carrier. Cancelled orders are never charged, so there is nothing to refund. Once an order \
                has shipped it cannot be cancelled; the customer can refuse the delivery or return the item under the \
                returns policy.

                We cancel orders ourselves when the payment cannot be authorised (for example during a payment \
                provider outage), when the address cannot be delivered to, or when an item goes out of stock or is \
                recalled before shipping. The customer gets an email with the reason.
                """;
        return policy("policy-cancellations", "Order cancellation policy", text, "cancellations");
    }

    private AnalyticsDocument vip() {
        String text = """
                # VIP customer service policy

                VIP customers are our most loyal shoppers. They get free standard shipping on every order, a %1$d%% \
                member discount on many orders, and priority in the support queue (first answer within one hour).

                **Handling.** Agents may refund the shipping fee or send a goodwill discount code without asking a \
                team lead, may approve returns up to 15 days after the normal %2$d-day window, and offer a free \
                replacement with expedited shipping for defective or damaged items. Escalate any VIP complaint that \
                is not solved in the first contact to a team lead the same day.
                """.formatted(StoreTerms.VIP_DISCOUNT_PERCENT, StoreTerms.RETURN_WINDOW_DAYS);
        return policy("policy-vip-service", "VIP customer service policy", text, "vip");
    }

    private static AnalyticsDocument policy(String id, String title, String text, String topic) {
        return new AnalyticsDocument(id, AnalyticsDocument.POLICY, title, text, Map.of("topic", topic));
    }
}
