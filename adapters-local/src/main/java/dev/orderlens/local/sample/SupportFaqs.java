package dev.orderlens.local.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The support agents' FAQs: how to handle the requests customers make most, in line with the policies. */
final class SupportFaqs {

    private SupportFaqs() {
    }

    static List<AnalyticsDocument> write() {
        String returnWindow = StoreTerms.RETURN_WINDOW_DAYS + " days";
        String shippingFee = Figures.cents(StoreTerms.STANDARD_SHIPPING_CENTS);
        List<AnalyticsDocument> faqs = new ArrayList<>();
        faqs.add(faq("faq-damaged-item-refund", "Refund for a damaged item", "returns", """
                **Question:** A customer received a damaged item and wants a refund. What do I do?

                **Answer:** Ask for a photo of the damaged item and of the shipping box, then approve a return with the \
                reason "damaged_in_transit". The customer gets a full refund of the order total including shipping, or a \
                free replacement if they prefer and it is in stock. Send a free return label for the delivering carrier; \
                for items under $20 the customer may keep the item. We file the damage claim with the carrier \
                ourselves, so never ask the customer to contact the carrier. Refunds reach the original payment \
                method within 5 to 7 business days after the return is received."""));
        faqs.add(faq("faq-late-delivery", "Handling a late delivery", "shipping", """
                **Question:** The order arrived after the promised date (or has not arrived yet). What can I offer?

                **Answer:** Check the tracking on the order page. If the package is late, apologise and refund the \
                shipping fee the customer paid (usually %s); customers with free shipping get a 10%% discount code \
                for their next order. If the package is still moving, share the tracking link and the carrier's latest \
                estimate. If tracking has not moved for 5 business days, open a lost-parcel case and send a replacement. \
                During a declared carrier disruption, such as the FedEx Southeast hurricane delays of September 2025, \
                explain the weather delay; the same shipping fee refund applies.""".formatted(shippingFee)));
        faqs.add(faq("faq-wrong-item", "Customer received the wrong item", "returns", """
                **Question:** The customer got a different product from the one they ordered.

                **Answer:** Apologise: it is a picking error on our side. Record a return with the reason "wrong_item", \
                send a free return label and either ship the right item with expedited shipping at no cost or refund \
                the full order total including shipping. Ask the customer for a photo of the label on the item they \
                received so the warehouse can trace the error."""));
        faqs.add(faq("faq-klarna-payment", "Klarna payment problems", "payments", """
                **Question:** The customer paid with Klarna and the order was cancelled, or Klarna declined the payment.

                **Answer:** Klarna decides on approval and we cannot override a decline. If the order was cancelled \
                because the Klarna payment could not be authorised, nothing was charged; help the customer reorder with \
                a card, PayPal or Apple Pay, or retry Klarna later. During the Klarna outage of %s many Klarna orders \
                were cancelled automatically; the same answer applies. Refunds on Klarna orders reduce or cancel the \
                remaining instalments of the pay-in-4 plan.""".formatted(Figures.day(SampleEvents.KLARNA_OUTAGE))));
        faqs.add(faq("faq-track-order", "How to track an order", "shipping", """
                **Question:** Where is my order? How do I track it?

                **Answer:** The tracking link is emailed when the order ships and is shown on the order page, with the \
                carrier (UPS, FedEx, USPS or DHL) and the promised delivery date. Pending and processing orders have \
                not shipped yet, so they have no tracking number. If tracking says delivered but the customer cannot \
                find the parcel, ask them to check with neighbours and the building's mailroom and wait one day; then \
                open a lost-parcel case with the carrier and send a replacement."""));
        faqs.add(faq("faq-vip-handling", "Handling VIP customers", "vip", """
                **Question:** How is a VIP customer handled differently?

                **Answer:** VIP customers get priority in the queue (first answer within one hour), free standard \
                shipping on all orders and a %d%% member discount on many orders. You may refund shipping or send a \
                goodwill discount code without approval, accept returns up to 15 days after the normal %s window, and \
                send replacements for defective or damaged items with free expedited shipping. Escalate an unsolved VIP \
                complaint to a team lead the same day.""".formatted(StoreTerms.VIP_DISCOUNT_PERCENT, returnWindow)));
        faqs.add(faq("faq-cancel-order", "Cancelling an order", "cancellations", """
                **Question:** The customer wants to cancel an order.

                **Answer:** Orders can be cancelled free of charge while they are pending or processing. Cancel it from \
                the order page; nothing is charged because payments are captured only at shipping. If the order has \
                already shipped it cannot be cancelled: the customer can refuse the delivery or return the item within \
                %s of delivery.""".formatted(returnWindow)));
        faqs.add(faq("faq-return-window", "Return window and how to start a return", "returns", """
                **Question:** How long does the customer have to return an item, and how do they start?

                **Answer:** %s from delivery. The customer starts the return on the order page or through us; we email a \
                return label. Defective, damaged and wrong items are refunded in full including shipping; size or fit \
                returns and items no longer needed are refunded at the item price, without the original shipping fee. \
                Recalled products have no return window limit.""".formatted(returnWindow)));
        faqs.add(faq("faq-refund-timing", "When does the refund arrive?", "returns", """
                **Question:** The customer sent the item back; when do they get their money?

                **Answer:** We refund within 2 business days after the return reaches the warehouse; the bank, PayPal \
                or Apple Pay then needs 3 to 5 business days, so 5 to 7 business days in total. Klarna refunds reduce \
                or cancel the remaining instalments; gift card payments are refunded to the gift card immediately. The \
                refunded amount is shown on the order page."""));
        faqs.add(faq("faq-size-exchange", "Size or fit exchange", "returns", """
                **Question:** The apparel item does not fit. Can the customer exchange it?

                **Answer:** Yes. Size and fit problems are the most common reason for apparel returns. Offer an exchange \
                for another size (we ship the new size when the return is scanned by the carrier) or a refund of the \
                item price; the original shipping fee is not refunded for fit returns. Point the customer to the size \
                chart on the product page."""));
        faqs.add(faq("faq-nimbus-x2-recall", "Nimbus X2 wireless earbuds recall", "recall", """
                **Question:** A customer complains about the battery of the %1$s.

                **Answer:** Earbuds sold from May 1 to July 31, 2025 are under a recall notice issued on %2$s because \
                of a defective battery batch (fast draining, case not charging, in rare cases a swollen battery). Tell \
                the customer to stop using and charging them, then offer a full refund including shipping or a free \
                replacement from the revised batch, with a prepaid return label. No troubleshooting, no proof and no \
                return window limit are needed. Record the return reason as "defective"."""
                .formatted(SampleEvents.RECALLED_PRODUCT, Figures.day(SampleEvents.RECALL_NOTICE))));
        faqs.add(faq("faq-change-address", "Changing the shipping address", "shipping", """
                **Question:** The customer entered a wrong shipping address.

                **Answer:** While the order is pending or processing, change the address on the order page; the promised \
                date stays the same. Once it has shipped, ask the carrier for a redirect from the tracking page (UPS and \
                FedEx allow it, USPS and DHL only for some parcels); if that fails, the parcel returns to us and we \
                reship it free of charge."""));
        faqs.add(faq("faq-missing-package", "Package marked delivered but missing", "shipping", """
                **Question:** Tracking says delivered, but the customer has nothing.

                **Answer:** Ask the customer to check around the door, with neighbours and the mailroom, and wait until \
                the end of the next day since carriers sometimes scan early. Then open a lost-parcel case with the \
                carrier and send a replacement or refund the full order total. For a second claim on the same account \
                within 12 months, ask a team lead before refunding."""));
        faqs.add(faq("faq-business-invoice", "Invoices and bulk orders for business customers", "business", """
                **Question:** A business customer needs an invoice or wants to order in bulk.

                **Answer:** Invoices (PDF with the company name and tax id) can be downloaded from the order page or \
                sent by an agent. Business orders of up to 10 units per product go through the normal checkout; for more, \
                create a quote for the customer. Business customers can pay by card, PayPal or Klarna."""));
        return faqs;
    }

    private static AnalyticsDocument faq(String id, String title, String topic, String text) {
        return new AnalyticsDocument(id, AnalyticsDocument.FAQ, title, "# FAQ: " + title + "\n\n" + text,
                Map.of("topic", topic));
    }
}
