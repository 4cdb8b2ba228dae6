package dev.orderlens.local.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the note of the last support interaction about an order: varied sentences that name the
 * product, the carrier (or that it never shipped) and the issue, as an agent would log them.
 */
final class SupportNotes {

    /** The facts of one order that a note may mention. */
    record Facts(String product, String carrier, String city, LocalDate promised, LocalDate delivered,
            long daysLate, long shippingFeeCents) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private static final Map<SupportIssue, String[]> TEMPLATES = new EnumMap<>(SupportIssue.class);

    static {
        TEMPLATES.put(SupportIssue.LATE_DELIVERY, new String[] {
            "Customer asked why the {product} arrived {days} late, after the promised date of {promised}. {carrier} scan history shows a missed connection at the hub; apologised and {remedy}.",
            "Late delivery: {carrier} delivered the {product} to {city} on {delivered}, {days} late. Customer was unhappy about the wait; explained the delay and {remedy}.",
            "Chat about a late {carrier} package. The {product} was promised for {promised} but only arrived on {delivered}. Apologised for the carrier delay and {remedy}.",
            "Customer called twice while the {product} was stuck with {carrier}; it was delivered {days} late on {delivered}. As a goodwill gesture we {remedy}.",
            "{carrier} missed the promised date ({promised}) for the {product}. Customer in {city} wanted to know what happened; a sorting backlog delayed it. Delivered late on {delivered}; {remedy}."});
        TEMPLATES.put(SupportIssue.HURRICANE_DELAY, new String[] {
            "Customer in {city} asked where the {product} was. {carrier} suspended deliveries in the Southeast because of " + SampleEvents.HURRICANE_NAME + "; the package arrived {days} late on {delivered}. We {remedy}.",
            "Hurricane delay: the {carrier} shipment of the {product} sat at the regional hub during the storm. Customer was frustrated about the {days} delay; explained the hurricane disruption and {remedy}.",
            "Third contact about the {product}. {carrier} tracking stuck on 'weather delay' since the hurricane; delivered on {delivered} instead of {promised}. Apologised and {remedy}.",
            "Customer worried the {product} was lost. {carrier} confirmed hurricane-related delays across the Southeast; the package finally reached {city} on {delivered}, {days} late. We {remedy}."});
        TEMPLATES.put(SupportIssue.BATTERY_DEFECT, new String[] {
            "Customer reports the {product} battery drains in under an hour and the left bud gets warm while charging. Defective battery batch; issued a prepaid {carrier} return label and a full refund per the recall notice.",
            "{product}: the case will not hold a charge after a few days. Known battery defect of the spring batch; told the customer about the recall notice, sent a {carrier} return label and processed a full refund.",
            "Customer says the {product} battery swelled and the case no longer closes. Told them to stop using it, shared the recall notice and refunded the full amount including shipping; return via {carrier}.",
            "Return for the {product}: battery dies after 40 minutes, delivered by {carrier} on {delivered}. Matches the defective battery problem; full refund and recall information sent."});
        TEMPLATES.put(SupportIssue.DEFECTIVE, new String[] {
            "Customer says the {product} stopped working after a few days. Confirmed it is defective, sent a prepaid {carrier} return label and issued a full refund.",
            "The {product} delivered by {carrier} on {delivered} arrived faulty. Apologised, approved a defective-item return and refunded the full order amount.",
            "Defective item: the {product} broke on first use. Customer preferred a refund over a replacement; the return came back via {carrier} and was refunded in full."});
        TEMPLATES.put(SupportIssue.DAMAGED_IN_TRANSIT, new String[] {
            "The {product} arrived damaged: the {carrier} box was crushed on one side. Customer sent photos; approved a return and a full refund including shipping.",
            "Damaged in transit: customer in {city} received the {product} with a cracked part. Filed a claim with {carrier} and refunded the customer in full.",
            "Customer reported the {product} was broken on arrival ({carrier}, delivered {delivered}), damaged in the parcel. Photos attached; full refund issued, no restocking fee."});
        TEMPLATES.put(SupportIssue.WRONG_ITEM, new String[] {
            "Wrong item: customer ordered the {product} but received a different product. Apologised, sent a prepaid {carrier} label and refunded in full.",
            "Customer received the wrong item instead of the {product} ({carrier}, delivered {delivered}). Picking error at the warehouse; full refund issued, customer will reorder.",
            "The {carrier} package delivered on {delivered} contained someone else's item, not the {product}. Return label sent, full refund processed."});
        TEMPLATES.put(SupportIssue.SIZE_FIT, new String[] {
            "Customer returned the {product} (delivered by {carrier}): the size runs small. Refunded the item price; the shipping fee is not refundable for fit returns.",
            "Fit issue with the {product}, too large. Explained our size chart, sent a {carrier} return label and refunded the item amount.",
            "The {product} did not fit as expected. Customer asked for a refund instead of an exchange; return received via {carrier}, refunded minus the original shipping fee."});
        TEMPLATES.put(SupportIssue.NO_LONGER_NEEDED, new String[] {
            "Customer no longer needs the {product} (bought a different one). Within the 30-day window; return via {carrier} accepted and the item price refunded.",
            "Change of mind on the {product}. Return received via {carrier}; refunded the item price, shipping fee kept per policy.",
            "Customer returned the unopened {product}, a duplicate gift delivered by {carrier} on {delivered}. Refund of the item amount issued."});
        TEMPLATES.put(SupportIssue.PAYMENT_OUTAGE, new String[] {
            "Klarna payment failed at checkout for the {product}; the order was cancelled automatically before it shipped, so no carrier was booked. Customer was charged nothing; suggested paying by card or retrying Klarna later.",
            "Customer confused why the order for the {product} was cancelled. The Klarna payment authorisation timed out during the Klarna outage; no charge taken and the order never shipped.",
            "Klarna outage: customer saw a payment error and a cancelled order for the {product}. Apologised for the payment problem and helped them reorder with PayPal; nothing had shipped."});
        TEMPLATES.put(SupportIssue.CANCELLED, new String[] {
            "Customer asked to cancel the order for the {product} before it shipped (found it cheaper elsewhere). Cancelled before handover to a carrier, nothing charged.",
            "Order for the {product} cancelled at the customer's request: placed by mistake. It had not shipped yet and no payment was captured.",
            "Customer cancelled the {product} order after an address problem; it had not shipped with any carrier yet. Advised to reorder with the corrected address."});
        TEMPLATES.put(SupportIssue.IN_TRANSIT, new String[] {
            "Customer asked where the {product} is. {carrier} tracking shows it in transit to {city}; expected by {promised}.",
            "Where-is-my-order: the {product} shipped with {carrier}, last scan at the destination facility. Shared the tracking link; promised by {promised}.",
            "Customer in {city} wants the {product} before the holidays. {carrier} shows it out for delivery soon; promised date {promised}."});
        TEMPLATES.put(SupportIssue.DELIVERED_QUESTION, new String[] {
            "Customer could not find the {product}; {carrier} marked it delivered on {delivered}. Found with a neighbour, no further action.",
            "Customer asked for an invoice copy for the {product} delivered by {carrier} on {delivered}. Sent the PDF invoice.",
            "Question about care instructions for the {product}, delivered on time by {carrier}. Shared the product guide.",
            "Customer asked how to track the {product}; it had already been delivered by {carrier} on {delivered}. Explained the tracking page."});
        TEMPLATES.put(SupportIssue.NOT_YET_SHIPPED, new String[] {
            "Customer asked when the {product} will ship. The order is still being prepared and has not been handed to a carrier yet; delivery promised by {promised}.",
            "Customer wanted to change the shipping address for the {product} before it ships. Updated the address before any carrier pickup; delivery promised by {promised}."});
    }

    private SupportNotes() {
    }

    static String write(SupportIssue issue, Facts facts, SplittableRandom random) {
        String[] options = TEMPLATES.get(issue);
        String template = options[random.nextInt(options.length)];
        return template
                .replace("{product}", facts.product())
                .replace("{carrier}", facts.carrier() == null ? "the carrier" : facts.carrier())
                .replace("{city}", facts.city())
                .replace("{promised}", DAY.format(facts.promised()))
                .replace("{delivered}", facts.delivered() == null ? "" : DAY.format(facts.delivered()))
                .replace("{days}", facts.daysLate() == 1 ? "1 day" : facts.daysLate() + " days")
                .replace("{remedy}", remedy(facts.shippingFeeCents()));
    }

    /** Late deliveries get their shipping fee back (the refund_amount); free shipping leaves a discount code. */
    private static String remedy(long shippingFeeCents) {
        return shippingFeeCents > 0
                ? String.format(Locale.US, "refunded the $%d.%02d shipping fee", shippingFeeCents / 100, shippingFeeCents % 100)
                : "sent a 10% discount code for the next order";
    }
}
