package dev.orderlens.answering;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Conditions said the long way, as a careful writer of rules says them ("regardless of status except those that ended
 * up cancelled", "provided that any order carried by FedEx is left out of the total", "customers outside the VIP
 * segment"), in the short words the question is read with ("excluding cancelled", "excluding FedEx", "excluding VIP").
 */
final class ConditionPhrasing {

    private static final List<Rewrite> PLAIN = List.of(
            // "With regard to orders placed on 14 March 2025, …": which orders
            new Rewrite(Pattern.compile("(?i)\\b(?:with\\s+(?:regard|respect)\\s+to|regarding)\\b"), "for"),
            // "based on 2025": the year the figures cover
            new Rewrite(Pattern.compile("(?i)\\bbased\\s+on\\s+(?=\\d{4}\\b|q[1-4]\\b|(?:the\\s+)?(?:last|this)\\b)"),
                    "in "),
            new Rewrite(Pattern.compile("(?i)\\boutside\\s+(?:of\\s+)?(?:the\\s+)?(?=\\p{L})"), "excluding "),
            // "not counting orders that were cancelled", "excluding the ones that got returned"
            new Rewrite(Pattern.compile("(?i)\\b(?:excluding|except(?:ing)?|without|not\\s+counting)\\s+(?:the\\s+)?"
                    + "(?:orders?|ones)"
                    + "\\s+(?:that|which)\\s+(?:were|are|got|have\\s+been|had\\s+been|ended\\s+up)\\s+"), "excluding "),
            new Rewrite(Pattern.compile("(?i)\\bnot\\s+counting\\b"), "excluding"),
            // "orders where the unit price was over $100 and there was a discount": orders with one
            new Rewrite(Pattern.compile("(?i)\\bthere\\s+(?:was|were|is|are|has\\s+been)\\s+(a|an|any|some)"
                    + "\\s+(?=\\p{L})"), "with $1 "),
            // "full-price orders", "orders at full price": those without a discount; "promo orders": those with one
            // (but "the Spring Refresh promo orders" are the orders of the sale)
            new Rewrite(Pattern.compile("(?i)\\bfull[\\s-]price(?:d)?\\s+(orders|ones|sales)\\b"),
                    "$1 without a discount"),
            new Rewrite(Pattern.compile("(?i)\\b(orders|ones|sales)\\s+(?:sold\\s+)?at\\s+full\\s+price\\b"),
                    "$1 without a discount"),
            new Rewrite(Pattern.compile("(?i)(?<!refresh\\s)\\bpromo(?:tional)?\\s+(orders|ones|sales)\\b"),
                    "$1 with a discount"),
            // "once marketplace orders are stripped out", "with the cancelled ones taken out": without them
            new Rewrite(Pattern.compile("(?i)\\b(?:once|with|after)\\s+(?:the\\s+)?([\\p{L}&' -]{1,30}?)\\s+"
                    + "(?:orders|ones)\\s+(?:(?:are|is|have\\s+been|were)\\s+)?(?:stripped|taken|left|filtered|pulled)"
                    + "\\s+out\\b"), "excluding $1 orders"),
            // "all orders paid by any other method taken together": the other payment methods as one group
            new Rewrite(Pattern.compile("(?i)\\b(?:paid\\s+)?(?:by|with|via)\\s+any\\s+other\\s+(?:payment\\s+)?method"
                    + "(?:s)?\\s+(?:taken\\s+together|combined|together)"), "with the other payment methods combined"),
            // "counting every such order regardless of status": all of them, whatever their status
            new Rewrite(Pattern.compile("(?i)\\bcounting\\s+(?:every|each|all)\\s+(?:such\\s+)?orders?\\b"), " "),
            new Rewrite(Pattern.compile("(?i)\\bregardless\\s+of\\s+(?:their\\s+|the(?:ir)?\\s+)?status\\b"),
                    "all statuses"),
            // "except those that ended up cancelled"; "excepting those which reached us through the marketplace"
            new Rewrite(Pattern.compile("(?i)\\bexcept(?:ing)?\\s+(?:for\\s+)?(?:those|the\\s+ones|orders)\\s+"
                    + "(?:that\\s+|which\\s+)?"
                    + "(?:ended\\s+up|were|got|are|have\\s+been|had\\s+been)\\s+"), "excluding "),
            new Rewrite(Pattern.compile("(?i)\\bexcept(?:ing)?\\s+(?:for\\s+)?(?:those|the\\s+ones|orders)\\s+"
                    + "(?:that\\s+|which\\s+)?(?:came|reached\\s+us|arrived|were\\s+(?:placed|made))\\s+"
                    + "(?:in\\s+)?(?:through|via|on|from|by)\\s+(?:the\\s+)?"), "excluding "),
            // "taking into account only orders where a survey score exists": the orders with one
            new Rewrite(Pattern.compile("(?i)\\b(?:taking\\s+into\\s+account|considering)\\s+only\\s+"), "only "),
            new Rewrite(Pattern.compile("(?i)\\bwhere\\s+(?:a|an|the)\\s+([\\p{L} ]{1,30}?)\\s+exists\\b"),
                    "with a $1"),
            // "provided that any order carried by FedEx is left out of the total": without them
            new Rewrite(Pattern.compile("(?i)\\b(?:provided\\s+(?:that\\s+)?|as\\s+long\\s+as\\s+)?(?:any|all)"
                    + "\\s+orders?\\s+"
                    + "(?:carried|shipped|delivered|paid|sent)\\s+(?:by|with|via)\\s+(\\p{L}+(?:\\s\\p{L}+)?)\\s+"
                    + "(?:is|are)\\s+(?:left\\s+out|excluded|removed|taken\\s+out)(?:\\s+of\\s+the\\s+(?:total|count|"
                    + "figures?|sum))?"), "excluding $1"));

    private ConditionPhrasing() {
    }

    static String plain(String question) {
        return Rewrite.inTurn(PLAIN, question);
    }
}
