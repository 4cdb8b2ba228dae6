package dev.orderlens.local.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plays one order from checkout to its last support contact: basket, price, payment, shipping,
 * delivery, return, tickets and survey, with the sample's events changing the odds on their days.
 * Every decision draws from one seeded random stream, so the same seed replays the same orders.
 */
final class OrderSimulator {

    private static final List<String> PAYMENT_METHODS = List.of("credit_card", "paypal", "apple_pay", "gift_card", "klarna");
    private static final List<String> CHANNELS = List.of("web", "mobile", "marketplace");
    private static final List<String> RETURN_REASONS =
            List.of("defective", "wrong_item", "damaged_in_transit", "size_fit", "no_longer_needed");
    /** In the order of {@link ProductCatalog#CATEGORIES}. */
    private static final double[] BASE_CATEGORY_WEIGHTS = {16, 17, 20, 11, 10, 8, 9, 9};
    private static final WeightedChoice<Carrier> CARRIERS =
            new WeightedChoice<>(List.of(Carrier.values()), new double[] {33, 28, 29, 10});

    private final SplittableRandom random;
    private final ProductCatalog catalog = new ProductCatalog();
    private final UsGeography geography = new UsGeography();
    private final CustomerBase customers;
    private LocalDate day;
    private WeightedChoice<String> categoriesOfDay;

    OrderSimulator(SampleOptions options) {
        this.random = new SplittableRandom(options.seed());
        this.customers = new CustomerBase(options.customerCount(), geography, random);
    }

    /** Moves the simulation to {@code date} and returns the times its {@code count} orders are placed, in order. */
    LocalDateTime[] startDay(LocalDate date, int count) {
        day = date;
        categoriesOfDay = categoriesOf(date);
        long[] seconds = new long[count];
        for (int i = 0; i < count; i++) {
            seconds[i] = secondOfDay();
        }
        Arrays.sort(seconds);
        LocalDateTime[] times = new LocalDateTime[count];
        for (int i = 0; i < count; i++) {
            times[i] = date.atStartOfDay().plusSeconds(seconds[i]);
        }
        return times;
    }

    OrderRow order(long number, LocalDateTime orderTs) {
        Customer customer = customers.pick(random);
        UsCity city = random.nextDouble() < 0.9 ? customer.home() : geography.pick(random);
        String channel = channel(customer);
        Product product = product(categoriesOfDay.pick(random));
        int quantity = quantity(customer, product);
        long subtotal = quantity * product.priceCents();
        long discount = discount(customer, product, subtotal);
        boolean expedited = random.nextDouble() < ("business".equals(customer.segment()) ? 0.10 : 0.06);
        long shippingFee = expedited ? StoreTerms.EXPEDITED_SHIPPING_CENTS
                : subtotal - discount >= StoreTerms.FREE_SHIPPING_FROM_CENTS || "vip".equals(customer.segment()) ? 0
                : StoreTerms.STANDARD_SHIPPING_CENTS;
        long total = subtotal - discount + shippingFee;
        String payment = payment(channel, total);
        Carrier carrier = CARRIERS.pick(random);
        Fulfilment f = fulfil(orderTs, city, product, payment, carrier, expedited);

        String returnReason = null;
        long refund = 0;
        if ("returned".equals(f.status)) {
            returnReason = returnReason(product, f);
            boolean ourFault = !returnReason.equals("size_fit") && !returnReason.equals("no_longer_needed");
            refund = ourFault ? total : total - shippingFee;
        }
        SupportIssue issue = supportIssue(f, returnReason, product);
        int tickets = issue == null ? 0 : ticketCount(issue);
        if (tickets > 0 && "delivered".equals(f.status) && Boolean.TRUE.equals(f.late)) {
            refund = shippingFee;
        }
        String note = issue == null ? null : SupportNotes.write(issue, new SupportNotes.Facts(product.name(),
                f.carrier == null ? null : f.carrier.label(), city.city(), f.promised,
                f.deliveredAt == null ? null : f.deliveredAt.toLocalDate(), f.daysLate(), shippingFee), random);
        Integer csat = csat(f, returnReason, tickets);

        return new OrderRow(paddedId("ORD-", number, 6), orderTs, customer.id(), customer.segment(), channel,
                city.city(), city.state(), city.region(), product.category(), product.name(), product.sku(), quantity,
                product.priceCents(), discount, shippingFee, total, payment, f.status,
                f.carrier == null ? null : f.carrier.label(), f.promised, f.shippedAt, f.deliveredAt, f.late,
                returnReason, refund, tickets, csat, note);
    }

    /** String.format is needlessly slow for a million ids. */
    static String paddedId(String prefix, long number, int width) {
        String digits = Long.toString(number);
        return prefix + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    private static WeightedChoice<String> categoriesOf(LocalDate date) {
        double[] weights = BASE_CATEGORY_WEIGHTS.clone();
        LocalDate blackFriday = SampleEvents.blackFriday(date.getYear());
        if (!date.isBefore(blackFriday.minusDays(7)) && date.getMonth() != Month.DECEMBER
                || date.getMonth() == Month.DECEMBER && date.getDayOfMonth() <= 20) {
            boost(weights, "Electronics", 1.4);
            boost(weights, "Toys", 2.4);
        }
        if (SampleEvents.SPRING_REFRESH.contains(date)) {
            boost(weights, SampleEvents.SPRING_REFRESH_CATEGORY, 3.0);
        }
        if (date.getMonthValue() >= 5 && date.getMonthValue() <= 7) {
            boost(weights, "Sports & Outdoors", 1.4);
        }
        return new WeightedChoice<>(ProductCatalog.CATEGORIES, weights);
    }

    private static void boost(double[] categoryWeights, String category, double factor) {
        categoryWeights[ProductCatalog.CATEGORIES.indexOf(category)] *= factor;
    }

    /** Shoppers order mostly around lunch and in the evening. */
    private long secondOfDay() {
        double u = random.nextDouble();
        int hour = u < 0.15 ? random.nextInt(0, 8) : u < 0.45 ? random.nextInt(8, 13)
                : u < 0.70 ? random.nextInt(13, 18) : random.nextInt(18, 24);
        return hour * 3600L + random.nextInt(3600);
    }

    private String channel(Customer customer) {
        if ("business".equals(customer.segment())) {
            return CHANNELS.get(WeightedChoice.pickIndex(new double[] {70, 10, 20}, random));
        }
        double mobileGrowth = ChronoUnit.DAYS.between(SampleEvents.PERIOD.first(), day) / 730.0;
        return CHANNELS.get(WeightedChoice.pickIndex(new double[] {50 - 10 * mobileGrowth, 32 + 10 * mobileGrowth, 18},
                random));
    }

    private Product product(String category) {
        Product product = catalog.pick(category, random);
        while (ProductCatalog.isRecalled(product) && SampleEvents.RECALL_SALES_STOP.contains(day)) {
            product = catalog.pick(category, random);
        }
        return product;
    }

    private int quantity(Customer customer, Product product) {
        if ("business".equals(customer.segment()) && random.nextDouble() < 0.4) {
            return random.nextInt(2, 11);
        }
        boolean consumable = product.category().equals("Grocery") || product.category().equals("Beauty");
        double u = random.nextDouble();
        if (u < (consumable ? 0.55 : 0.74)) {
            return 1;
        }
        if (u < (consumable ? 0.80 : 0.91)) {
            return 2;
        }
        return u < 0.97 ? 3 : random.nextInt(4, 11);
    }

    private long discount(Customer customer, Product product, long subtotal) {
        if (SampleEvents.SPRING_REFRESH.contains(day) && product.category().equals(SampleEvents.SPRING_REFRESH_CATEGORY)) {
            return percentOf(subtotal, SampleEvents.SPRING_REFRESH_PERCENT_OFF);
        }
        double u = random.nextDouble();
        if (SampleEvents.isBlackFridayOrCyberMonday(day)) {
            return u < 0.65 ? percentOf(subtotal, product.category().equals("Electronics") ? 25 : 20) : 0;
        }
        if ("vip".equals(customer.segment()) && u < 0.5) {
            return percentOf(subtotal, StoreTerms.VIP_DISCOUNT_PERCENT);
        }
        if (u < 0.10) {
            return percentOf(subtotal, random.nextDouble() < 0.5 ? 10 : 15);
        }
        if (u < 0.14 && subtotal >= 4_000) {
            return subtotal >= 10_000 ? 1_000 : 500;
        }
        return 0;
    }

    private static long percentOf(long cents, int percent) {
        return (cents * percent + 50) / 100;
    }

    private String payment(String channel, long totalCents) {
        double[] weights = {44, 20, channel.equals("mobile") ? 28 : 10, day.getMonth() == Month.DECEMBER ? 9 : 5,
            totalCents >= 15_000 ? 18 : 8};
        if (day.equals(SampleEvents.KLARNA_OUTAGE)) {
            // Shoppers retried their failing Klarna checkouts, so that day logged far more Klarna orders.
            weights[4] = 45;
        }
        return PAYMENT_METHODS.get(WeightedChoice.pickIndex(weights, random));
    }

    /** Where an order stood on the sample's "today", and the dates it reached. */
    private static final class Fulfilment {
        String status;
        LocalDate ordered;
        Carrier carrier;
        LocalDate promised;
        LocalDateTime shippedAt;
        LocalDateTime deliveredAt;
        Boolean late;
        boolean hurricane;
        boolean paymentOutage;

        boolean batteryDefect(Product product) {
            return ProductCatalog.isRecalled(product) && SampleEvents.BATTERY_DEFECT.contains(ordered);
        }

        long daysLate() {
            return deliveredAt == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(promised, deliveredAt.toLocalDate()));
        }
    }

    private Fulfilment fulfil(LocalDateTime orderTs, UsCity city, Product product, String payment, Carrier carrier,
            boolean expedited) {
        Fulfilment f = new Fulfilment();
        LocalDate orderDate = orderTs.toLocalDate();
        f.ordered = orderDate;
        f.promised = orderDate.plusDays(expedited ? StoreTerms.EXPEDITED_PROMISE_DAYS : carrier.promiseDays);
        f.paymentOutage = orderDate.equals(SampleEvents.KLARNA_OUTAGE) && payment.equals(SampleEvents.OUTAGE_PAYMENT_METHOD);
        double cancelChance = f.paymentOutage ? 0.8 : 0.022;
        if (random.nextDouble() < cancelChance) {
            f.status = "cancelled";
            return f;
        }
        if (orderTs.isAfter(SampleEvents.TODAY.minusHours(36)) && random.nextDouble() < 0.45) {
            f.status = "pending";
            return f;
        }
        LocalDateTime shippedAt = orderTs.plusMinutes(expedited ? random.nextInt(180, 1_200) : random.nextInt(360, 2_640));
        if (!shippedAt.isBefore(SampleEvents.TODAY)) {
            f.status = "processing";
            return f;
        }
        f.carrier = carrier;
        f.shippedAt = shippedAt;
        f.hurricane = carrier.label().equals(SampleEvents.DISRUPTED_CARRIER)
                && city.region().equals(SampleEvents.DISRUPTED_REGION)
                && !orderDate.isBefore(SampleEvents.FEDEX_SOUTHEAST_DISRUPTION.first().minusDays(3))
                && !orderDate.isAfter(SampleEvents.FEDEX_SOUTHEAST_DISRUPTION.last());
        LocalDate deliveredDate = random.nextDouble() < lateChance(carrier, orderDate, city, expedited, f.hurricane)
                ? f.promised.plusDays(f.hurricane ? random.nextInt(3, 10) : lateDays())
                : onTimeDate(shippedAt.toLocalDate(), f.promised, carrier, expedited);
        LocalDateTime deliveredAt = deliveredDate.atTime(LocalTime.of(8, 0)).plusMinutes(random.nextInt(13 * 60));
        if (!deliveredAt.isBefore(SampleEvents.TODAY)) {
            f.status = "shipped";
            return f;
        }
        f.deliveredAt = deliveredAt;
        f.late = deliveredDate.isAfter(f.promised);
        LocalDateTime returnedAt = deliveredAt.plusDays(random.nextInt(2, StoreTerms.RETURN_WINDOW_DAYS - 5));
        boolean returned = returnedAt.isBefore(SampleEvents.TODAY)
                && random.nextDouble() < returnChance(product, f);
        f.status = returned ? "returned" : "delivered";
        return f;
    }

    private double lateChance(Carrier carrier, LocalDate orderDate, UsCity city, boolean expedited, boolean hurricane) {
        if (hurricane) {
            return 0.82;
        }
        double chance = carrier.lateRate;
        LocalDate holidayRushStart = SampleEvents.blackFriday(orderDate.getYear()).minusDays(3);
        if (!orderDate.isBefore(holidayRushStart) && orderDate.isBefore(LocalDate.of(orderDate.getYear(), 12, 24))) {
            chance *= 1.6;
        }
        if (orderDate.getMonth() == Month.JANUARY || orderDate.getMonth() == Month.FEBRUARY) {
            chance *= 1.2;
        }
        if (city.region().equals(SampleEvents.DISRUPTED_REGION)
                && SampleEvents.FEDEX_SOUTHEAST_DISRUPTION.contains(orderDate)) {
            // The storm slowed every carrier a little; only FedEx's hub closure made it a disruption.
            chance *= 1.5;
        }
        return expedited ? chance * 0.7 : chance;
    }

    private int lateDays() {
        double u = random.nextDouble();
        return u < 0.55 ? 1 : u < 0.85 ? 2 : random.nextInt(3, 6);
    }

    private LocalDate onTimeDate(LocalDate shipped, LocalDate promised, Carrier carrier, boolean expedited) {
        int transit = expedited ? random.nextInt(1, 3) : random.nextInt(carrier.minTransitDays, carrier.maxTransitDays + 1);
        LocalDate date = shipped.plusDays(transit);
        return date.isAfter(promised) ? promised : date;
    }

    private double returnChance(Product product, Fulfilment f) {
        if (f.batteryDefect(product)) {
            return 0.45;
        }
        double chance = switch (product.category()) {
            case "Apparel" -> 0.115;
            case "Electronics" -> 0.068;
            case "Home & Kitchen" -> 0.058;
            case "Sports & Outdoors" -> 0.055;
            case "Toys" -> 0.045;
            case "Beauty" -> 0.04;
            case "Books" -> 0.025;
            default -> 0.018;
        };
        return f.late ? chance * 1.3 : chance;
    }

    private String returnReason(Product product, Fulfilment f) {
        if (f.batteryDefect(product) && random.nextDouble() < 0.88) {
            return "defective";
        }
        double[] weights = switch (product.category()) {
            case "Apparel" -> new double[] {6, 9, 5, 55, 25};
            case "Electronics" -> new double[] {34, 10, 18, 0, 38};
            case "Home & Kitchen", "Toys", "Sports & Outdoors" -> new double[] {22, 12, 24, 4, 38};
            default -> new double[] {12, 18, 30, 0, 40};
        };
        if (Boolean.TRUE.equals(f.late)) {
            weights[2] *= 1.6;
        }
        return RETURN_REASONS.get(WeightedChoice.pickIndex(weights, random));
    }

    private SupportIssue supportIssue(Fulfilment f, String returnReason, Product product) {
        double chance;
        SupportIssue issue;
        switch (f.status) {
            case "returned" -> {
                boolean battery = f.batteryDefect(product) && "defective".equals(returnReason);
                issue = battery ? SupportIssue.BATTERY_DEFECT : SupportIssue.forReturnReason(returnReason);
                chance = battery ? 0.75 : 0.5;
            }
            case "delivered" -> {
                issue = !f.late ? SupportIssue.DELIVERED_QUESTION
                        : f.hurricane ? SupportIssue.HURRICANE_DELAY : SupportIssue.LATE_DELIVERY;
                chance = !f.late ? 0.022 : f.hurricane ? 0.72 : 0.42;
            }
            case "cancelled" -> {
                issue = f.paymentOutage ? SupportIssue.PAYMENT_OUTAGE : SupportIssue.CANCELLED;
                chance = f.paymentOutage ? 0.6 : 0.22;
            }
            case "shipped" -> {
                issue = SupportIssue.IN_TRANSIT;
                chance = 0.12;
            }
            default -> {
                issue = SupportIssue.NOT_YET_SHIPPED;
                chance = 0.05;
            }
        }
        return random.nextDouble() < chance ? issue : null;
    }

    private int ticketCount(SupportIssue issue) {
        boolean painful = issue == SupportIssue.HURRICANE_DELAY || issue == SupportIssue.BATTERY_DEFECT;
        double u = random.nextDouble();
        if (u < (painful ? 0.45 : 0.72)) {
            return 1;
        }
        return u < (painful ? 0.8 : 0.93) ? 2 : 3;
    }

    private Integer csat(Fulfilment f, String returnReason, int tickets) {
        double surveyChance = switch (f.status) {
            case "delivered", "returned" -> tickets > 0 ? 0.45 : 0.2;
            case "cancelled" -> 0.08;
            default -> 0;
        };
        if (random.nextDouble() >= surveyChance) {
            return null;
        }
        double[] weights;
        if ("cancelled".equals(f.status)) {
            weights = new double[] {30, 25, 25, 12, 8};
        } else if (returnReason != null) {
            weights = returnReason.equals("size_fit") || returnReason.equals("no_longer_needed")
                    ? new double[] {6, 10, 28, 34, 22} : new double[] {30, 27, 23, 13, 7};
        } else if (f.late) {
            weights = f.hurricane ? new double[] {26, 27, 27, 14, 6} : new double[] {14, 20, 30, 24, 12};
        } else {
            weights = tickets > 0 ? new double[] {5, 8, 20, 35, 32} : new double[] {2, 3, 8, 30, 57};
        }
        return 1 + WeightedChoice.pickIndex(weights, random);
    }
}
