package dev.orderlens.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * The orders and documents of Loja Sol, a Brazilian online shop whose export shares no column name, value or
 * document with the sample: {@code pedidos.csv} (Portuguese column names, states as two-letter UF codes, money in
 * reais) and {@code documentos/} (a Correios strike in Bahia, a recall of the Vento 3 fan, the returns policy).
 *
 * <p>The data carries the stories the documents tell, so that a question can be answered by both routes: orders to
 * Bahia shipped with Correios in October 2025 are mostly late, Vento 3 fans bought from August 2025 come back
 * defective with comments about an overheating motor. The same seed writes the same files; the walkthrough in
 * docs/semantic-model.md uses seed 1 with 3,000 orders, tests use other seeds.
 */
public final class ForeignShop {

    /** Every column of {@code pedidos.csv}, in order. */
    public static final List<String> COLUMNS = List.of("pedido_id", "cliente_id", "data_compra", "prazo_entrega",
            "data_entrega", "estado", "cidade", "categoria", "produto", "transportadora", "situacao", "quantidade",
            "valor_total", "frete", "nota_avaliacao", "atrasado", "comentario");

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final LocalDate STRIKE_START = LocalDate.of(2025, 10, 6);
    private static final LocalDate STRIKE_END = LocalDate.of(2025, 10, 24);
    private static final LocalDate BAD_BATCH_START = LocalDate.of(2025, 8, 1);
    private static final LocalDate BLACK_FRIDAY = LocalDate.of(2025, 11, 28);

    private record Product(String name, String category, String price) {
    }

    private record Place(String state, String city, int weight, int transitDays) {
    }

    private static final List<Product> PRODUCTS = List.of(
            new Product("Ventilador Vento 3", "casa", "189.90"),
            new Product("Luminária Lume", "casa", "159.00"),
            new Product("Liquidificador Turbo 600", "cozinha", "149.90"),
            new Product("Cafeteira Aroma", "cozinha", "279.00"),
            new Product("Fone Sol Pods", "eletrônicos", "229.00"),
            new Product("Smartwatch Órbita", "eletrônicos", "499.00"),
            new Product("Tênis Corre Leve", "esporte", "319.90"),
            new Product("Bola Gol de Ouro", "esporte", "89.90"),
            new Product("Kit Skincare Flor", "beleza", "129.90"),
            new Product("Boneca Luna", "brinquedos", "99.90"));

    private static final List<Place> PLACES = List.of(
            new Place("SP", "São Paulo", 90, 2), new Place("SP", "Campinas", 20, 3), new Place("SP", "Santos", 10, 3),
            new Place("SP", "São José dos Campos", 10, 3), new Place("SP", "Ribeirão Preto", 10, 4),
            new Place("RJ", "Rio de Janeiro", 45, 3), new Place("RJ", "Niterói", 10, 3),
            new Place("MG", "Belo Horizonte", 30, 4), new Place("MG", "Uberlândia", 8, 5),
            new Place("MG", "Juiz de Fora", 6, 4), new Place("BA", "Salvador", 25, 6),
            new Place("BA", "Feira de Santana", 10, 6), new Place("BA", "Vitória da Conquista", 5, 7),
            new Place("PR", "Curitiba", 20, 4), new Place("PR", "Londrina", 6, 5),
            new Place("RS", "Porto Alegre", 18, 5), new Place("RS", "Caxias do Sul", 5, 6),
            new Place("SC", "Florianópolis", 10, 5), new Place("SC", "Joinville", 6, 5),
            new Place("PE", "Recife", 15, 7), new Place("CE", "Fortaleza", 14, 7), new Place("GO", "Goiânia", 10, 5),
            new Place("DF", "Brasília", 14, 5), new Place("ES", "Vitória", 7, 5), new Place("PA", "Belém", 7, 9),
            new Place("AM", "Manaus", 7, 10), new Place("MA", "São Luís", 5, 9), new Place("PB", "João Pessoa", 5, 8),
            new Place("RN", "Natal", 5, 8), new Place("AL", "Maceió", 4, 8), new Place("PI", "Teresina", 4, 9),
            new Place("MT", "Cuiabá", 5, 7), new Place("MS", "Campo Grande", 5, 6), new Place("SE", "Aracaju", 3, 8),
            new Place("RO", "Porto Velho", 2, 10), new Place("TO", "Palmas", 2, 9), new Place("AC", "Rio Branco", 1, 11),
            new Place("AP", "Macapá", 1, 11), new Place("RR", "Boa Vista", 1, 12));

    private static final List<String> CARRIERS = List.of("Correios", "Correios", "Correios", "Correios", "Correios",
            "Jadlog", "Jadlog", "Loggi", "Loggi", "Total Express");

    private final Random random;
    private final int orders;

    private ForeignShop(long seed, int orders) {
        this.random = new Random(seed);
        this.orders = orders;
    }

    /**
     * Writes {@code pedidos.csv} and {@code documentos/*.md} into {@code directory}.
     *
     * @return the CSV file
     */
    public static Path write(Path directory, long seed, int orders) {
        try {
            Files.createDirectories(directory);
            Path csv = directory.resolve("pedidos.csv");
            new ForeignShop(seed, orders).writeOrders(csv);
            writeDocuments(directory.resolve("documentos"));
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeOrders(Path csv) throws IOException {
        int totalWeight = PLACES.stream().mapToInt(Place::weight).sum();
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(String.join(",", COLUMNS) + "\n");
            for (int i = 1; i <= orders; i++) {
                out.write(order(i, place(totalWeight)) + "\n");
            }
        }
    }

    private String order(int number, Place place) {
        LocalDate day = purchaseDay();
        LocalDateTime bought = day.atTime(7 + random.nextInt(16), random.nextInt(60), random.nextInt(60));
        Product product = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
        String carrier = CARRIERS.get(random.nextInt(CARRIERS.size()));
        int quantity = random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(2);
        BigDecimal freight = new BigDecimal(12 + place.transitDays() * 3 + random.nextInt(10))
                .add(new BigDecimal(random.nextInt(100)).movePointLeft(2));
        BigDecimal total = new BigDecimal(product.price()).multiply(BigDecimal.valueOf(quantity)).add(freight)
                .setScale(2, RoundingMode.HALF_UP);
        LocalDate promised = day.plusDays(place.transitDays() + 3L);
        boolean strike = place.state().equals("BA") && carrier.equals("Correios")
                && !day.isBefore(STRIKE_START) && !day.isAfter(STRIKE_END);
        boolean badBatch = product.name().equals("Ventilador Vento 3") && !day.isBefore(BAD_BATCH_START);
        Outcome outcome = outcome(day, bought, place, strike, badBatch);
        boolean late = outcome.delivered() != null && outcome.delivered().toLocalDate().isAfter(promised);
        Integer review = review(outcome, late, badBatch);
        return String.join(",", "P-" + String.format("%06d", number), "C-" + String.format("%05d", 1 + random.nextInt(
                        Math.max(1, orders * 2 / 3))), bought.format(TIMESTAMP), promised.toString(),
                outcome.delivered() == null ? "" : outcome.delivered().format(TIMESTAMP), place.state(),
                quoted(place.city()), quoted(product.category()), quoted(product.name()), carrier, outcome.status(),
                String.valueOf(quantity), total.toPlainString(), freight.toPlainString(),
                review == null ? "" : review.toString(), outcome.delivered() == null ? "" : String.valueOf(late),
                quoted(comment(outcome, late, strike, badBatch, place)));
    }

    private record Outcome(String status, LocalDateTime delivered) {
    }

    private Outcome outcome(LocalDate day, LocalDateTime bought, Place place, boolean strike, boolean badBatch) {
        if (random.nextInt(100) < 3) {
            return new Outcome("cancelado", null);
        }
        int days = place.transitDays() + random.nextInt(4) + (random.nextInt(100) < 6 ? 4 + random.nextInt(5) : 0)
                + (strike ? 8 + random.nextInt(6) : 0);
        LocalDateTime delivered = bought.plusDays(days).withHour(9 + random.nextInt(9));
        if (delivered.toLocalDate().isAfter(LocalDate.of(2025, 12, 31))) {
            return new Outcome("em_transito", null);
        }
        boolean returned = badBatch ? random.nextInt(100) < 35 : random.nextInt(100) < 4;
        return new Outcome(returned ? "devolvido" : "entregue", delivered);
    }

    private Integer review(Outcome outcome, boolean late, boolean badBatch) {
        if (outcome.delivered() == null || random.nextInt(100) < 30) {
            return null;
        }
        if (outcome.status().equals("devolvido")) {
            return 1 + random.nextInt(badBatch ? 1 : 2);
        }
        return late ? 1 + random.nextInt(3) : 3 + random.nextInt(3);
    }

    private String comment(Outcome outcome, boolean late, boolean strike, boolean badBatch, Place place) {
        if (outcome.status().equals("devolvido") && badBatch) {
            return pick("The fan's motor overheated and smelled of burning after two days; sent it back.",
                    "Vento 3 stopped after getting very hot, I returned it for a refund.",
                    "Burning smell from the motor on the first night. Returned.");
        }
        if (strike) {
            return pick("Tracking stuck at the Salvador sorting centre for over a week.",
                    "Arrived long after the promised date; the post office said there was a strike.",
                    "Waited almost three weeks, the Correios agency in " + place.city() + " had no news.");
        }
        if (outcome.status().equals("devolvido")) {
            return random.nextBoolean() ? "Not what I expected, returned within seven days." : null;
        }
        if (late && random.nextInt(100) < 50) {
            return pick("Delivered a few days late, but the product is fine.", "Late delivery and no update in the "
                    + "tracking.");
        }
        if (random.nextInt(100) < 6) {
            return pick("Arrived early and well packed.", "Great price, fast delivery.", "Good product, would buy "
                    + "again.");
        }
        return null;
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private LocalDate purchaseDay() {
        int roll = random.nextInt(1000);
        if (roll < 25) {
            return BLACK_FRIDAY.plusDays(random.nextInt(4));
        }
        if (roll < 120) {
            return LocalDate.of(2025, 12, 1 + random.nextInt(22));
        }
        return FIRST_DAY.plusDays(random.nextInt(365));
    }

    private Place place(int totalWeight) {
        int roll = random.nextInt(totalWeight);
        for (Place place : PLACES) {
            roll -= place.weight();
            if (roll < 0) {
                return place;
            }
        }
        throw new AssertionError("weights add up to " + totalWeight);
    }

    private static String quoted(String value) {
        return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
    }

    private static void writeDocuments(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("greve-correios-bahia-2025.md"), """
                # Correios strike in Bahia, October 2025

                From 6 to 24 October 2025 the Correios workers in Bahia were on strike. Parcels for Bahia shipped \
                with Correios waited at the Salvador sorting centre for eight to twelve extra days, so nearly every \
                one of them was delivered after the promised date, in Salvador, Feira de Santana and Vitória da \
                Conquista alike.

                Jadlog, Loggi and Total Express were not affected. From 20 October the shop moved new Bahia orders \
                to Jadlog; orders already with Correios could not be moved. Customers who asked were offered free \
                freight on their next order.
                """, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("recall-ventilador-vento-3.md"), """
                # Recall notice: Ventilador Vento 3

                Fans of the Vento 3 model sold from August 2025 come from production lot VT3-0725, whose motor \
                capacitor overheats after a few hours of use. Customers report a burning smell and the fan \
                stopping. The maker confirmed the defect on 12 September 2025.

                Every Vento 3 bought from August 2025 can be returned for a full refund, freight included, or \
                exchanged for a fan of the new lot VT3-1025. Returns of this model are handled as defects, not as \
                regret, so the seven-day limit does not apply.
                """, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("politica-de-devolucao.md"), """
                # Returns policy

                A customer may give up a purchase within seven days of delivery (right of regret, Consumer \
                Protection Code, article 49) and gets the full amount back, freight included. Defective products \
                can be returned within 90 days; the shop pays the return freight.

                Refunds are made within ten business days of the product arriving at the warehouse, in the same \
                payment method. Orders cancelled before shipping are refunded in two business days.
                """, StandardCharsets.UTF_8);
    }
}
