package dev.orderlens.bootstrap;

import dev.orderlens.core.semantic.DocumentField;
import dev.orderlens.core.semantic.SemanticModel;

/** What a home's orders search index is made of, as its semantic model says, without starting OrderLens. */
public final class OrdersIndexDescription {

    private OrdersIndexDescription() {
    }

    /** "orders indexed by the text of support_note", or "no orders index: the semantic model has no text column". */
    public static String of(OrderLensSettings settings) {
        SemanticModel model = OrdersData.semanticModel(settings).model();
        return model.whyNoDocuments().map(reason -> "no orders index: " + reason).orElseGet(() ->
                "orders indexed by the text of " + String.join(", ", model.documents().text().stream()
                        .map(DocumentField::column).toList()));
    }
}
