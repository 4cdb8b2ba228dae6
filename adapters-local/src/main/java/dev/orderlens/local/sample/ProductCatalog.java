package dev.orderlens.local.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The ~300 products of the sample store, eight categories, with their list prices. Within a
 * category the first products sell best, as in any catalog's long tail.
 */
final class ProductCatalog {

    static final List<String> CATEGORIES = List.of("Electronics", "Home & Kitchen", "Apparel", "Beauty",
            "Sports & Outdoors", "Toys", "Books", "Grocery");

    private static final Map<String, String> SKU_PREFIXES = Map.of("Electronics", "ELE", "Home & Kitchen", "HOM",
            "Apparel", "APP", "Beauty", "BEA", "Sports & Outdoors", "SPO", "Toys", "TOY", "Books", "BOO",
            "Grocery", "GRO");

    /** How much more often the recalled earbuds sell than their place in the list would make them. */
    private static final double BESTSELLER_BOOST = 2.0;

    private final Map<String, WeightedChoice<Product>> choices = new LinkedHashMap<>();

    ProductCatalog() {
        Map<String, String[]> listings = listings();
        for (String category : CATEGORIES) {
            String[] lines = listings.get(category);
            List<Product> products = new ArrayList<>();
            double[] weights = new double[lines.length];
            for (int i = 0; i < lines.length; i++) {
                String[] parts = lines[i].split("\\|");
                long cents = Math.round(Double.parseDouble(parts[1]) * 100);
                String sku = String.format("%s-%04d", SKU_PREFIXES.get(category), 1001 + i * 7);
                Product product = new Product(sku, parts[0], category, cents);
                products.add(product);
                weights[i] = 1.0 / StrictMath.pow(i + 3, 0.9) * (isRecalled(product) ? BESTSELLER_BOOST : 1.0);
            }
            choices.put(category, new WeightedChoice<>(products, weights));
        }
    }

    Product pick(String category, SplittableRandom random) {
        return choices.get(category).pick(random);
    }

    static boolean isRecalled(Product product) {
        return product.name().equals(SampleEvents.RECALLED_PRODUCT);
    }

    private static Map<String, String[]> listings() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("Electronics", new String[] {
            "Voltix 65W USB-C fast charger|34.99", "Nimbus X2 wireless earbuds|79.99", "Arclight 10,000 mAh power bank|29.99",
            "Nimbus S1 over-ear noise-cancelling headphones|189.99", "Pixelnest 1080p indoor security camera|49.99",
            "Voltix braided USB-C cable 2-pack|14.99", "Orbit smart speaker mini|39.99", "Arclight 27-inch QHD monitor|279.99",
            "Keyforge mechanical keyboard TKL|89.99", "Glide wireless ergonomic mouse|44.99", "Nimbus Go portable Bluetooth speaker|59.99",
            "Pulse fitness tracker band|69.99", "Pulse Active smartwatch 42mm|199.99", "Orbit streaming stick 4K|49.99",
            "Pixelnest video doorbell|119.99", "Voltix 3-in-1 wireless charging stand|54.99", "Arclight 14-inch laptop sleeve|24.99",
            "Keyforge 1TB portable SSD|99.99", "Glide 256GB microSD card|27.99", "Lumen smart LED bulb 4-pack|39.99",
            "Lumen smart plug 2-pack|24.99", "Orbit Wi-Fi 6 mesh router 2-pack|169.99", "Nimbus Kids volume-limited headphones|29.99",
            "Pixelnest baby monitor with camera|89.99", "Voltix car charger dual USB-C|19.99", "Arclight webcam 1080p|59.99",
            "Keyforge USB-C docking station|129.99", "Glide tablet stand aluminium|29.99", "Lumen LED desk lamp with charger|49.99",
            "Pulse smart body scale|44.99", "Orbit universal remote|34.99", "Nimbus soundbar 2.1|229.99",
            "Pixelnest dash cam|79.99", "Voltix surge protector 8-outlet|32.99", "Arclight e-reader 6-inch|109.99",
            "Keyforge gaming headset|69.99", "Glide phone case MagSafe|24.99", "Lumen ring light 10-inch|34.99"});
        m.put("Home & Kitchen", new String[] {
            "Hearthstone 10-inch cast-iron skillet|34.99", "Copperleaf 12-cup programmable coffee maker|69.99",
            "Brightwell 6-quart multi-cooker|89.99", "Hearthstone non-stick cookware set 10-piece|129.99",
            "Copperleaf electric kettle 1.7L|39.99", "Brightwell air fryer 5.8-quart|99.99", "Linenly cotton bath towel set|44.99",
            "Linenly percale sheet set queen|79.99", "Hearthstone chef's knife 8-inch|49.99", "Copperleaf pour-over coffee set|32.99",
            "Brightwell high-speed blender|119.99", "Tidyhome cordless stick vacuum|179.99", "Tidyhome robot vacuum|249.99",
            "Linenly down-alternative pillow 2-pack|39.99", "Hearthstone bamboo cutting board set|27.99",
            "Copperleaf glass food storage set 18-piece|36.99", "Brightwell stand mixer 5-quart|229.99",
            "Tidyhome microfiber mop kit|29.99", "Linenly weighted blanket 15 lb|69.99", "Hearthstone Dutch oven 5.5-quart|79.99",
            "Copperleaf stainless steel tumbler 20oz|24.99", "Brightwell toaster 4-slice|49.99", "Tidyhome air purifier HEPA|139.99",
            "Linenly blackout curtains 2 panels|42.99", "Hearthstone stoneware dinnerware set 16-piece|89.99",
            "Copperleaf French press 34oz|29.99", "Brightwell sous vide cooker|79.99", "Tidyhome laundry hamper with lid|34.99",
            "Linenly memory foam bath mat|19.99", "Hearthstone baking sheet set 3-piece|26.99", "Copperleaf spice rack with jars|39.99",
            "Brightwell hand mixer|34.99", "Tidyhome drawer organizer set|22.99", "Linenly throw blanket knit|36.99",
            "Hearthstone wine glasses set of 4|32.99", "Copperleaf milk frother|19.99", "Brightwell rice cooker 6-cup|44.99",
            "Tidyhome scented candle trio|27.99"});
        m.put("Apparel", new String[] {
            "Northline men's crew neck t-shirt 3-pack|29.99", "Fernwood women's high-rise jeans|59.99",
            "Northline men's slim chinos|49.99", "Fernwood women's wrap dress|69.99", "Strideon unisex hoodie|44.99",
            "Northline men's puffer jacket|119.99", "Fernwood women's cashmere-blend sweater|89.99", "Strideon running shorts|27.99",
            "Northline men's flannel shirt|39.99", "Fernwood women's leggings|34.99", "Strideon everyday sneakers|79.99",
            "Northline men's leather belt|29.99", "Fernwood women's ankle boots|109.99", "Strideon crew socks 6-pack|19.99",
            "Northline men's rain jacket|89.99", "Fernwood women's linen shirt|49.99", "Strideon sports bra|32.99",
            "Northline men's wool beanie|19.99", "Fernwood women's midi skirt|54.99", "Strideon track pants|44.99",
            "Northline men's oxford shirt|49.99", "Fernwood women's trench coat|149.99", "Strideon kids' sneakers|49.99",
            "Northline men's boxer briefs 4-pack|29.99", "Fernwood women's pajama set|44.99", "Strideon baseball cap|22.99",
            "Northline men's denim jacket|79.99", "Fernwood women's cardigan|59.99", "Strideon compression tights|49.99",
            "Northline men's polo shirt|34.99", "Fernwood women's sandals|44.99", "Strideon fleece quarter-zip|54.99",
            "Northline men's dress shoes|119.99", "Fernwood women's silk scarf|39.99", "Strideon slip-on shoes|59.99",
            "Northline men's swim trunks|29.99", "Fernwood women's tote bag|64.99", "Strideon winter gloves|24.99"});
        m.put("Beauty", new String[] {
            "Glowfield vitamin C serum|24.99", "Puremist daily moisturizer SPF 30|21.99", "Glowfield hyaluronic acid serum|19.99",
            "Velvette matte lipstick|16.99", "Puremist gentle foaming cleanser|14.99", "Velvette volumizing mascara|12.99",
            "Glowfield retinol night cream|32.99", "Amberlane eau de parfum 50ml|64.99", "Puremist micellar water|11.99",
            "Velvette eyeshadow palette|29.99", "Glowfield sheet mask 10-pack|17.99", "Amberlane body lotion|18.99",
            "Puremist sunscreen SPF 50|16.99", "Velvette liquid foundation|27.99", "Glowfield eye cream|26.99",
            "Amberlane shampoo and conditioner set|28.99", "Puremist clay face mask|15.99", "Velvette makeup brush set|24.99",
            "Glowfield exfoliating toner|18.99", "Amberlane hair dryer ionic|59.99", "Puremist lip balm 4-pack|9.99",
            "Velvette setting spray|19.99", "Glowfield niacinamide serum|17.99", "Amberlane hand cream trio|21.99",
            "Puremist facial cleansing brush|39.99", "Velvette nail polish set|22.99", "Glowfield overnight lip mask|16.99",
            "Amberlane hair straightener|69.99", "Puremist body wash|10.99", "Velvette concealer|18.99",
            "Glowfield peptide moisturizer|34.99", "Amberlane dry shampoo|13.99", "Puremist makeup remover pads|12.99",
            "Velvette brow pencil|11.99", "Glowfield jade roller|19.99", "Amberlane solid perfume|24.99",
            "Puremist deodorant aluminium-free|9.99", "Velvette blush duo|21.99"});
        m.put("Sports & Outdoors", new String[] {
            "Trailpeak insulated water bottle 32oz|29.99", "Summitgear 2-person backpacking tent|189.99",
            "Corefit yoga mat 6mm|34.99", "Corefit adjustable dumbbells pair|249.99", "Trailpeak hiking daypack 28L|69.99",
            "Summitgear sleeping bag 30°F|99.99", "Corefit resistance bands set|24.99", "Trailpeak trekking poles pair|49.99",
            "Summitgear camp stove|54.99", "Corefit foam roller|22.99", "Trailpeak headlamp 400 lumen|24.99",
            "Summitgear camping chair|44.99", "Corefit jump rope speed|14.99", "Trailpeak hydration pack 2L|59.99",
            "Summitgear cooler 45-quart|149.99", "Corefit kettlebell 20 lb|39.99", "Trailpeak trail running vest|79.99",
            "Summitgear lantern rechargeable|29.99", "Corefit pull-up bar doorway|32.99", "Trailpeak merino hiking socks|21.99",
            "Summitgear hammock with straps|39.99", "Corefit exercise bike folding|299.99", "Trailpeak rain poncho|19.99",
            "Summitgear inflatable sleeping pad|64.99", "Corefit ab roller wheel|16.99", "Trailpeak bike helmet|54.99",
            "Summitgear fishing rod combo|79.99", "Corefit weight bench adjustable|169.99", "Trailpeak bike lights set|27.99",
            "Summitgear binoculars 10x42|119.99", "Corefit gym bag|39.99", "Trailpeak pickleball paddle set|59.99",
            "Summitgear tarp 10x10|34.99", "Corefit balance ball|24.99", "Trailpeak tennis balls 4-pack|7.99",
            "Summitgear water filter straw|19.99", "Corefit boxing gloves|44.99", "Trailpeak soccer ball|24.99"});
        m.put("Toys", new String[] {
            "Brickbuild city fire station set|79.99", "Playnook wooden train set|49.99", "Brickbuild space shuttle set|59.99",
            "Cuddlebay plush bear 14-inch|19.99", "Playnook magnetic tiles 60-piece|54.99", "Wizkid STEM robot kit|69.99",
            "Brickbuild castle adventure set|99.99", "Cuddlebay unicorn plush|17.99", "Playnook play kitchen|129.99",
            "Wizkid coding caterpillar|44.99", "Brickbuild race car set|29.99", "Cuddlebay dinosaur plush|15.99",
            "Playnook dollhouse wooden|149.99", "Wizkid chemistry set|34.99", "Brickbuild creative brick box|39.99",
            "Cuddlebay puppy plush set|24.99", "Playnook stacking rings|12.99", "Wizkid microscope for kids|49.99",
            "Brickbuild pirate ship set|89.99", "Cuddlebay bunny plush|14.99", "Playnook ride-on balance bike|69.99",
            "Wizkid solar robot 6-in-1|27.99", "Brickbuild botanical flower set|49.99", "Cuddlebay weighted sloth plush|29.99",
            "Playnook shape sorter|16.99", "Wizkid marble run 150-piece|39.99", "Brickbuild dragon set|64.99",
            "Cuddlebay penguin plush|13.99", "Playnook puzzle 1000-piece|19.99", "Wizkid crystal growing kit|22.99",
            "Brickbuild treehouse set|74.99", "Cuddlebay cat plush|16.99", "Playnook family board game|29.99",
            "Wizkid walkie-talkies pair|32.99", "Brickbuild mini figures pack|14.99", "Cuddlebay elephant plush|18.99",
            "Playnook art easel|59.99", "Wizkid telescope starter|79.99"});
        m.put("Books", new String[] {
            "The Quiet Harbor (novel, hardcover)|27.99", "Data Stories: Analytics for Everyone|34.99",
            "The Weeknight Kitchen cookbook|29.99", "Midnight at the Lighthouse (paperback)|16.99",
            "Mindful Mornings: A 90-Day Journal|18.99", "The Lost Orchard (paperback)|15.99", "Atlas of Small Wonders|39.99",
            "Learning Python the Practical Way|44.99", "The Startup Ledger|24.99", "Bedtime Stories for Brave Kids|14.99",
            "The Garden Year|32.99", "Ocean of Glass (paperback)|17.99", "Habits That Stick|22.99",
            "The Art of Sourdough|28.99", "Northern Lights (hardcover)|26.99", "A Field Guide to Birds|21.99",
            "The Negotiator's Handbook|23.99", "Stars Above the City (paperback)|15.99", "Watercolor Basics|19.99",
            "The Last Detective (paperback)|16.99", "Plant-Based Every Day|27.99", "History of the Silk Road|31.99",
            "Little Explorer's Picture Atlas|18.99", "The Running Mind|21.99", "Secrets of the Old Library (paperback)|14.99",
            "Home Repair Made Simple|25.99", "The Money Conversation|22.99", "Poems for Rainy Days|13.99",
            "Dragons of the Eastern Sea (paperback)|17.99", "The Science of Sleep|24.99", "Travel Light: Europe|19.99",
            "Kids' First Science Encyclopedia|29.99", "The Patient Gardener|23.99", "Deep Work Habits|26.99",
            "The Mountain Road (paperback)|15.99", "Baking with Grandma|24.99", "Chess for Beginners|14.99",
            "Design for Small Spaces|34.99"});
        m.put("Grocery", new String[] {
            "Harvest Lane organic coffee beans 2 lb|24.99", "Greenvale extra virgin olive oil 1L|18.99",
            "Harvest Lane green tea 100 bags|12.99", "Greenvale mixed nuts 2 lb|19.99", "Sunmeadow protein bars 12-pack|22.99",
            "Harvest Lane dark chocolate bars 6-pack|15.99", "Greenvale quinoa 4 lb|14.99", "Sunmeadow granola 3-pack|13.99",
            "Harvest Lane maple syrup 32oz|21.99", "Greenvale sparkling water 24-pack|11.99", "Sunmeadow oatmeal cups 12-pack|12.99",
            "Harvest Lane honey raw 24oz|16.99", "Greenvale basmati rice 10 lb|17.99", "Sunmeadow trail mix 12-pack|14.99",
            "Harvest Lane cold brew concentrate|11.99", "Greenvale pasta variety 6-pack|10.99", "Sunmeadow fruit snacks 40-pack|12.99",
            "Harvest Lane chai latte mix|9.99", "Greenvale peanut butter 2-pack|10.99", "Sunmeadow popcorn kernels 4 lb|8.99",
            "Harvest Lane espresso pods 60-count|29.99", "Greenvale coconut water 12-pack|19.99", "Sunmeadow rice cakes 6-pack|9.99",
            "Harvest Lane hot cocoa mix|8.99", "Greenvale canned tomatoes 8-pack|12.99", "Sunmeadow almond butter|11.99",
            "Harvest Lane herbal tea sampler|14.99", "Greenvale black beans 8-pack|10.99", "Sunmeadow beef jerky 4-pack|19.99",
            "Harvest Lane vanilla extract|12.99", "Greenvale chia seeds 2 lb|11.99", "Sunmeadow crackers variety pack|13.99",
            "Harvest Lane matcha powder|24.99", "Greenvale hot sauce trio|14.99", "Sunmeadow dried mango 2 lb|16.99",
            "Harvest Lane baking flour 10 lb|9.99", "Greenvale apple cider vinegar|7.99", "Sunmeadow energy drink 12-pack|21.99"});
        return m;
    }
}
