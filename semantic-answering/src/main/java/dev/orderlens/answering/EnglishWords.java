package dev.orderlens.answering;

import java.util.Map;
import java.util.Set;

/** The words of ordinary English the question parser reads as grammar rather than as data. */
final class EnglishWords {

    private EnglishWords() {
    }

    /** Words before a dimension or a grain that ask to group by it. */
    static final Set<String> GROUP_CUES = Set.of("by", "per", "each", "every", "which", "what", "across", "among",
            "top", "bottom", "compare", "comparing", "rank", "ranking", "versus", "vs", "breakdown", "between");
    /**
     * Words after a dimension that ask to group by it ("carriers ranked by…", "status breakdown", "channel mix",
     * "channel share of revenue").
     */
    static final Set<String> GROUP_CUES_AFTER = Set.of("ranked", "sorted", "compare", "ranking", "breakdown", "split",
            "mix", "distribution", "share", "shares");
    /** Words skipped between a cue and what it points at. */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "their", "its", "different", "individual",
            "various", "each", "every", "all", "of", "my", "remaining", "single");
    /** Words that only introduce a noun, skipped where "each" and "every" must stay visible. */
    static final Set<String> ARTICLES = Set.of("the", "a", "an", "our", "their", "its", "my");
    /** Words before a group that a ranking counts within: "the top 3 products in each category", "per month". */
    static final Set<String> WITHIN_EACH = Set.of("each", "every", "per", "within");
    static final Set<String> DESCENDING = Set.of("most", "highest", "top", "largest", "biggest", "greatest", "max",
            "maximum", "busiest", "heaviest", "leading", "leader", "leaders", "more", "desc", "descending");
    static final Set<String> ASCENDING = Set.of("least", "lowest", "fewest", "smallest", "bottom", "min", "minimum",
            "quietest", "lightest", "asc", "ascending");
    static final Set<String> BEST = Set.of("best", "strongest");
    static final Set<String> WORST = Set.of("worst", "weakest", "lagging", "laggard", "laggards");
    static final Set<String> LIMIT_CUES = Set.of("top", "bottom", "best", "worst", "first", "highest", "lowest");
    static final Map<String, String> AGGREGATES = Map.ofEntries(Map.entry("average", "avg"), Map.entry("avg", "avg"),
            Map.entry("mean", "avg"), Map.entry("typical", "avg"), Map.entry("total", "sum"), Map.entry("sum", "sum"),
            Map.entry("maximum", "max"), Map.entry("max", "max"), Map.entry("largest", "max"),
            Map.entry("biggest", "max"), Map.entry("highest", "max"), Map.entry("minimum", "min"),
            Map.entry("min", "min"), Map.entry("smallest", "min"), Map.entry("lowest", "min"),
            Map.entry("cheapest", "min"), Map.entry("median", "median"));
    static final Set<String> SHARE_CUES = Set.of("share", "percentage", "percent", "proportion", "fraction", "portion",
            "ratio", "slice", "likely", "likelihood", "chance", "chances", "odds", "probability");
    static final Set<String> COMPARE_CUES = Set.of("vs", "versus", "compare", "compared", "comparing", "against",
            "split", "between", "relative");
    /** Words asking how a figure moved between two periods: "between August and September" then compares the two. */
    static final Set<String> CHANGE_WORDS = Set.of("change", "changed", "difference", "delta", "differ", "grow", "grew",
            "growth", "increase", "increased", "decrease", "decreased", "evolve", "evolved", "move", "moved");
    static final Set<String> NEGATIONS = Set.of("not", "excluding", "excl", "except", "without", "exclude", "excluded",
            "non", "other", "besides", "no", "never", "apart", "aside", "ignore", "ignoring", "omit", "omitting",
            "excepting");
    /** Verbs that leave a value out when "out" follows them: "leave the cancelled ones out", "strip out Electronics". */
    static final Set<String> LEAVING_OUT = Set.of("leave", "leaving", "strip", "stripping", "stripped", "take",
            "taking", "taken", "filter", "filtering", "carve", "cut", "pull");
    /**
     * Words before a thing an order has or lacks: "had a discount", "with no support tickets", "got a review", "didn't
     * need any support ticket".
     */
    static final Set<String> POSSESSION_CUES = Set.of("with", "without", "had", "has", "have", "having", "got", "get",
            "gets", "getting", "no", "never", "any", "received", "need", "needed", "needing", "require", "required",
            "carried", "carry", "carries", "carrying", "included", "includes", "including", "used", "using");
    /** Words before a participle saying what happened to an order: "were refunded". */
    static final Set<String> PASSIVE_CUES = Set.of("was", "were", "been", "be", "is", "are", "got", "get");
    /** Words a request opens with before its verb: "please", "can you", "could u". */
    static final Set<String> REQUEST_OPENERS = Set.of("please", "pls", "can", "could", "would", "you", "u", "hey", "hi",
            "kindly", "quickly");
    /** First words that mark a question as a follow-up of the previous one ("and just for FedEx?"). */
    static final Set<String> FOLLOW_UP_STARTS = Set.of("and", "only", "just", "same", "now", "also", "but", "then",
            "ok", "okay", "plus");
    static final Set<String> INSTEAD = Set.of("instead", "rather");
    /** Words pointing back at the last answer's rows: "how many of those were VIP". */
    static final Set<String> BACK_REFERENCES = Set.of("those", "these", "them");
    /** Comparatives that ask to set two values side by side: "is AOV higher on mobile or web?". */
    static final Set<String> COMPARATIVES = Set.of("higher", "lower", "more", "less", "fewer", "faster", "slower",
            "quicker", "better", "worse", "bigger", "smaller", "larger", "greater", "cheaper", "longer", "shorter");
    /** Two-word phrases of grammar whose words are never values ("broken" is a value in "broken down by reason"). */
    static final Set<String> GRAMMAR_PHRASES = Set.of("broken down", "split up", "break down", "broken out",
            "break out", "broke out", "broke down");
    /** How someone got in touch, never where they bought: "tickets raised by phone" is not the mobile channel. */
    static final Set<String> CONTACT_MANNERS = Set.of("by phone", "via phone", "over phone", "phone call",
            "phone calls", "by telephone");
    /** Words that lead into a comparison of an amount: "orders worth more than $300", "took over 5 days". */
    static final Set<String> COMPARISON_LEADS = Set.of("worth", "valued", "costing", "totaling", "totalling", "took",
            "take", "takes", "taking", "needed", "lasted");

    /**
     * Words of grammar so near other words ("shops" and "shoes", "patch" and "batch", "single" and "singles") that a
     * word a letter off is never taken for them: the shop itself, the asker's own patch, and the words of a request
     * to change a query.
     */
    static final Set<String> NEAR_OTHER_WORDS = words("""
            shop shops shopping patch territory territories turf single query queries adding added service narrow
            narrowed narrowing driven benchmark benchmarks benchmarking uplift
            """);

    /**
     * Words that carry no data of their own: question words, auxiliaries, pronouns, prepositions, and the verbs
     * and nouns of ordinary analytics questions. A question with several words outside this set and outside the
     * model is about something the model does not know.
     */
    static final Set<String> FUNCTION_WORDS = words("""
            a an the and or but of in on at to for from by with without per each every all any some as into over
            under than then vs versus what which who whom whose when where how many much is are was were be been
            being do does did done have has had having will would could can should shall may might must i we us our
            ours you your they them their it its me my this that these those there here show give list tell get got
            getting see find display return let know want need like please total number count average avg mean sum
            overall amount value values rate rates top bottom most least highest lowest largest smallest biggest
            best worst more less fewer max min maximum minimum median trend trends trended breakdown broken down split
            grouped group compare compared comparing comparison against share percentage percent proportion
            fraction portion slice sold sell selling place placed placing make made paid pay paying using used use via
            come came coming go went generate generated bring brought receive received record recorded saw happen
            raise logged submitted give gave given serve serves served serving
            so far time period just only also now same about instead rather again still ever yet not no excluding
            excl except other up out off whole entire ranked rank ranking sorted ordered ok okay across among between
            during since until through within range one two three four five six seven eight nine ten first last
            second third fourth next previous prior past current recent recently equal equals exactly above below
            greater higher lower score well doing perform performed performing performance look looks looking
            figure figures stat stats statistics data result results metric metrics kpi kpis report summary break
            busiest quietest leading typical along together both either wise level levels day days week weeks month
            months quarter quarters year years date dates today yesterday ytd mtd qtd wtd till thru right currently new
            old happened happening spend spent buy bought purchase purchased end ended goes gone comes percentages
            proportions shares s t re ve ll d m whats hows pls plz thanks thank hi hello hey yo quick quickly question
            q distribution distributed contribute contributed contribution change changed difference delta differ grow
            grew growth increase increased decrease decreased evolve evolved move moved distinct unique separate
            actually really back take takes took taken ones too also u ur pull grab fetch gimme send run check
            kindly dear team guys folks asap collected charged summarize summarise explain explains describe cause
            caused causes write draft compose leader leaders strongest weakest lagging laggard laggards apart aside
            ratio likely likelihood chance chances odds probability something someone somebody away
            common frequent popular people edition gets put side quiz rn because due if
            obviously usually generally typically normally basically roughly approximately around honestly sorry
            anyway btw fyi maybe perhaps probably guess wondering wonder curious literally simply precisely
            tabulate tabulated exhibit exhibits exhibited lifetime ka kha na krub khrap
            thx tia lol idk hmm um uh ugh omg imo wanna gonna kinda sorta ya yall altogether combined tally tallied
            crunch rundown snapshot terms provide heaviest lightest load
            here hello respectively separately individually apiece leave leaving ignore ignoring omit omitting minus
            plus often kind kinds sort problem problems issue issues board slide slides deck meeting presentation
            standup stand putting morning afternoon evening everyone logged arrive arrives arriving whether e g ie eg
            etc close closing booked reconcile reconciling fewest greatest include included including counted
            everybody everyone else exclude excluded
            looked cheers ta mate dumb silly random thought thoughts dashboard dashboards rush hurry whilst amongst
            asking idea ideas noticed notice seems seem seemed think thinking reckon assume sure lmk tbh ngl fwiw afaik
            iirc eod eow ping super pretty very quite bit lot lots bunch help appreciate appreciated awesome amazing
            sent going headed heading bound times
            non sit sits sitting fell fall falls falling band bands bucket buckets pivot pivoted desc descending asc
            ascending strip stripping stripped filter filtering filtered carve cut umm ummm hmmm cool nice neat
            analyse analyze analysis turned needed needing said told wording worded phrasing opposed alone
            oh ah aha wow whoa yikes huh gotcha wants wanted lead boss she her hers herself he him his himself inside
            confirm confirming inclusive calendar row rows column columns contain contains contained measure measures
            copped
            mess placement dataset datasets none tend tends tended handle handled handles handling rest
            produce produces produced producing carrying carried view views restricted restrict restricting puts exact
            caller callers telling tells says agree agrees quoted quote exceed exceeds exceeded exceeding
            conclude concluded concludes conclusion conclusions baseline baselines
            search searching combien de line lines bill billed memo memos history possible mind showing lovely
            wonderful brilliant relative expressed express require requires reported reporting attributable
            attributed remaining restate restated recalculate recompute materials investor investors pack makes sense
            add desk desks counter counters ring rang rung pass passes passed elapse elapsed caught
            sir maam madam scoring scored active timestamp timestamps belong belongs belonged belonging
            course likewise output once series concerned lag furnish furnished reach reached colleague colleagues
            grateful obliged oblige trouble settled settle settles aggregate aggregated respect identify pooled
            pool panel subject constituted constitute constitutes assist assisting event events season
            losses mix ran
            """, NEAR_OTHER_WORDS);

    /**
     * Words that ask about the business in general ("how are we doing", "show me the numbers", "is it bad?"): they
     * carry no metric, period or filter, so a question made only of them is too vague to compute.
     */
    static final Set<String> GENERIC_WORDS = words("""
            numbers number bad good fine great ok going doing things thing stuff everything anything business
            overview update updates health healthy info information details tracking trending track target targets
            """);

    private static final int ADVERB_MIN_LENGTH = 6;
    /**
     * Words ending in "ly" that are nouns or adjectives, so may say which rows: "family orders", "elderly customers",
     * "timely deliveries", "hourly orders".
     */
    private static final Set<String> NOT_ADVERBS = Set.of("family", "supply", "assembly", "anomaly", "butterfly",
            "monopoly", "elderly", "hourly", "timely", "costly", "friendly", "lovely", "chilly", "orderly", "lonely",
            "bubbly", "wobbly");

    /**
     * An adverb of manner or attitude ("obviously", "specifically", "roughly"): it says how the question is asked,
     * never which rows; the model's own words ("weekly") are read before this.
     */
    static boolean adverb(String word) {
        return word.length() >= ADVERB_MIN_LENGTH && word.endsWith("ly") && !NOT_ADVERBS.contains(word);
    }

    private static Set<String> words(String text) {
        return Set.copyOf(java.util.Arrays.asList(text.strip().split("\\s+")));
    }

    private static Set<String> words(String text, Set<String> more) {
        Set<String> all = new java.util.HashSet<>(words(text));
        all.addAll(more);
        return Set.copyOf(all);
    }
}
