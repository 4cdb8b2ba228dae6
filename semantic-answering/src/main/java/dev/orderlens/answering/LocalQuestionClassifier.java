package dev.orderlens.answering;

import static dev.orderlens.answering.EnglishWords.REQUEST_OPENERS;

import dev.orderlens.answering.QuestionParser.DroppedPhrase;
import dev.orderlens.answering.QuestionParser.ParsedQuestion;
import dev.orderlens.answering.QuestionParser.WordAccount;
import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.answering.semantic.ValueCatalog;
import dev.orderlens.answering.semantic.Words;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.route.Clarification.Reason;
import dev.orderlens.core.domain.route.Clarification;
import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.search.VectorSimilarity;
import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.core.port.QuestionClassifier;
import dev.orderlens.core.port.SqlGenerator.ClarificationNeededException;
import dev.orderlens.core.port.SqlGenerator.QuestionNotUnderstoodException;
import dev.orderlens.core.semantic.MetricFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Routes questions without a language model. First it accounts for the question's words: one about a period
 * still to come asks for a forecast; a request to write something, about the weather, for a figure about staff, about
 * a share price, stock on hand, what the shop pays for something or a price someone else sets is out of scope; one
 * that points at a subject it never names ("the thing with the orders") is asked back; one whose nearest labelled
 * examples are mostly about things OrderLens does not hold (weather, share prices, poems) and that has words the
 * model does not know, or one with no word the semantic model knows and words mostly unknown to the documents too, is
 * out of scope; and one made only of general words ("how are we doing?") that the model cannot read is asked back
 * with choices. Otherwise three signals are combined into the probability that SQL answers the question: whether
 * the {@link LocalSqlGenerator}'s parser can read it through the semantic model (without compiling SQL), the routes
 * of the nearest labelled examples in embedding space, and question forms that ask for an explanation or a document
 * ("why…", "what does … say", "how should I…"). The confidence is the probability of the route returned, so
 * 0.75 and above means a clear case and 0.45–0.75 a doubtful one.
 */
public final class LocalQuestionClassifier implements QuestionClassifier {

    private static final Set<String> EXPLANATION_WORDS = Set.of("why", "explain", "explains", "summarise",
            "summarize", "summary", "describe", "say", "says", "said", "should", "happened", "happens", "recommend",
            "recommended", "recommendation", "recommendations", "procedure", "handle", "lessons", "cause", "caused",
            "policy", "policies", "rule", "rules", "perk", "perks", "benefit", "benefits", "entitled", "eligible",
            "treat", "treated", "treatment");
    /** Words asking which one ranks first or last: "is there a day when we get the most orders?". */
    private static final Set<String> RANKING_WORDS = Set.of("most", "least", "fewest", "highest", "lowest", "busiest",
            "quietest", "heaviest", "biggest", "smallest", "best", "worst");
    /** Verbs that report what someone said, which asks for no document when a person says it. */
    private static final Set<String> REPORTED_SPEECH = Set.of("say", "says", "said");
    /** Who says something in "someone said…", "my manager says…". */
    private static final Set<String> SPEAKERS = Set.of("someone", "somebody", "everyone", "everybody", "people", "he",
            "she", "they", "i", "we", "you", "manager", "boss", "lead", "colleague", "coworker", "team");
    /** "when is the customer's card charged": a customer's own case, which the policies are written for. */
    private static final Set<String> CUSTOMER_PHRASES = Set.of(" a customer ", " the customer ", " a shopper ",
            " the shopper ");
    /**
     * Phrases of a question about one case or what is done in it, which a rule or procedure in the documents
     * answers, not a figure over many orders: "does a customer have to…", "were they charged", "what do we do",
     * "what to do", "how to handle", "do we refund…", "the minimum order for free shipping"; and what people got in
     * touch about, which the support notes tell.
     */
    private static final Set<String> CASE_PHRASES = Stream.concat(CUSTOMER_PHRASES.stream(), Stream.of(" customer s ",
            " what do we ", " do we tell ", " do we say ", " have to ", " were they ", " do they ", " does it ",
            " how much off ", " what to do ", " how to ", " get to send ", " gets to send ", " get to return ",
            " gets to return ", " allowed to ", " get to keep ", " get to cancel ", " asking about ",
            " asking support about ", " asking us about ", " complaining about ", " complain about ",
            " minimum order for ", " minimum spend for ", " qualify for ", " do we refund ", " do we reimburse ",
            " do we cover ", " do we offer ", " do we compensate ", " do we waive ", " do we accept ", " what drove ",
            " how do i ", " how should i ", " what s driving ", " what is driving ", " what s behind ", " may be ",
            " within which ",
            " what is behind ", " need to be ", " went wrong ", " go wrong ", " gone wrong ", " what do i do ",
            " what should i do ", " what do i tell ", " step by step ", " behind it ", " behind this ",
            " behind that ", " its terms ", " the terms of ", " shopper s ", " get charged ", " gets charged "))
            .collect(Collectors.toUnmodifiableSet());
    /**
     * "a customer wants to send back a sweater she bought, how many days does she have?": one person's case, which
     * a policy answers, however much of it reads as a figure.
     */
    private static final Set<String> ONE_PERSON = Set.of("she", "he", "her", "his", "him");
    /** Figures only many orders have: "return rate", "the average", "what share". */
    private static final Set<String> OVER_MANY = Set.of("rate", "rates", "average", "percentage", "share", "median");
    /**
     * "the status of the order of the customer who called", "the data of the client": what the data holds on one
     * order or customer, named by none of its identifiers.
     */
    private static final Pattern UNNAMED_CASE = Pattern.compile("(?i)\\b(?:status|details?|data|info(?:rmation)?"
            + "|tracking)\\s+(?:of|for|on)\\s+(?:(?:the|this|that|her|his|their)\\s+)?(?:order|customer|client|caller"
            + "|parcel|package)\\b");
    /** An identifier written in a question: "ORD-012345", "CUST-00042", "order 48213". */
    private static final Pattern IDENTIFIER_WRITTEN = Pattern.compile("\\b\\p{L}+-\\d+\\b|\\b\\d{4,}\\b(?![-/.]\\d)");
    private static final double COMPILE_WEIGHT = 2.2;
    private static final double NEIGHBOUR_WEIGHT = 4.0;
    private static final double EXPLANATION_WEIGHT = 2.4;
    private static final double ASK_BACK_CONFIDENCE = 0.9;
    private static final Set<String> RATE_WORDS = Set.of("rate", "rates", "score", "scores");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}+)['\u2019]s\\b");
    private static final Set<String> WRITING_VERBS = Set.of("write", "draft", "compose", "code", "translate",
            "rephrase", "reword", "proofread");
    /**
     * Stock: "left in stock", "inventory", "restocked", "stock price"; out of scope unless the model knows the word.
     */
    private static final Pattern STOCK = Pattern.compile("(?i)\\b(?:in\\s+)?(stock|inventory|restock)\\w*(?:\\s+price)?");
    /**
     * Visits to the website: "how many visitors", "the bounce rate", "page views", "impressions" (not "my impression
     * is"); out of scope unless modelled.
     */
    private static final Pattern WEB_VISITS = Pattern.compile("(?i)\\b(visitors?|visits|pageviews?|page\\s+views?"
            + "|bounce[ds]?|bouncing|clicks?|impressions|traffic)\\b");
    /**
     * "FedEx's share price", "FedEx shares currently trading", "should we buy FedEx shares": what a company's shares
     * trade at or are worth buying; no order says.
     */
    private static final Pattern SHARE_PRICE = Pattern.compile("(?i)\\bshare\\s+prices?\\b"
            + "|\\bshares\\s+(?:\\p{L}+\\s+)?trad(?:e|ed|es|ing)\\b|\\bmarket\\s+cap\\w*|\\btrading\\s+at\\b"
            + "|\\b(?:buy|sell|buying|selling|invest\\w*\\s+in)\\s+(?:\\p{L}+\\s+)?shares\\b");
    /** Words by which a question names the shop or its customers rather than someone else. */
    private static final Set<String> US = Set.of("we", "i", "you", "they", "it", "our", "us", "the", "customers",
            "customer", "shop", "store");
    /**
     * "how much revenue did Amazon make", "how many orders does Etsy ship", "what discount is Amazon running", "what
     * return rate did Wayfair report": a name the model does not know, doing.
     */
    private static final Pattern OTHERS_DOING = Pattern.compile("\\b(?:did|does|do|will|has|have|is|are|was|were)"
            + "\\s+(\\p{Lu}\\p{L}+)\\s+(?:make|sell|earn|do|ship|process|book|get|bring|take|run|offer|charge|have|see"
            + "|report|publish|post|announce|claim|making|selling|earning|doing|shipping|running|offering|charging"
            + "|having|seeing|reporting|publishing|posting|announcing|claiming)\\b");
    /** "What's the population of Texas, roughly?": a figure of a place or business by name that no order holds. */
    private static final Pattern FIGURE_OF_A_NAME = Pattern.compile("^\\W*(?i:what(?:['\u2019]s|\\s+is|\\s+was)\\s+the)"
            + "\\s+(\\p{L}+)\\s+of\\s+\\p{Lu}");
    /**
     * "the average CSAT over at Zappos", "the best sellers on Amazon": a place or business by name, somewhere other
     * than here (a name of two capitalised words, "on Black Friday", is a day).
     */
    private static final Pattern OVER_AT = Pattern.compile("\\b(?:[Oo]ver\\s+at|at|on)\\s+(\\p{Lu}\\p{L}+)"
            + "(?!\\s+\\p{Lu})");
    /** "compare with ours", "than we did": a figure of someone else's set against ours. */
    private static final Pattern AGAINST_US = Pattern.compile("(?i)\\bours\\b|\\bthan\\s+(?:we\\s+did|us)\\b");
    /**
     * "a friend tells me Etsy had a stronger holiday season", "what return rate Zalando reports": a business by name,
     * doing, inside a sentence (not "as Priya had asked").
     */
    private static final Pattern OTHERS_HAD = Pattern.compile("(?<=\\p{Ll}\\s)(\\p{Lu}\\p{L}+)\\s+(?:(?:had|has)\\s+"
            + "(?:a|an|more|fewer|less|better|worse|stronger|weaker|higher|lower|bigger|record)|made|sold|earned"
            + "|reports|reported|publishes|published|claims|claimed)\\b");
    /** "How many orders will we get in 2026?": a figure asked in the future tense. */
    private static final Pattern FUTURE_ASKED = Pattern.compile("(?i)\\bwill\\s+(?:we|it|they|there|our|the)\\b"
            + "|\\b(?:are|is)\\s+(?:we|it|they)\\s+going\\s+to\\b");
    /** Words asking for figures still to come, which past orders cannot give. */
    private static final Set<String> FORECAST_WORDS = Set.of("forecast", "forecasts", "forecasting", "predict",
            "predicts", "prediction", "predictions", "projection", "projections", "projected");
    /**
     * Who charges or sells at what price: "what does Target charge", "what's FedEx charging…", "how are Sony and Bose
     * pricing…"; not "the case is not holding charge", nor "the customer's card charged".
     */
    private static final Pattern OTHERS_PRICE = Pattern.compile("(?i)(?:\\b(does|do|is|are)|(?<=\\p{L})['\u2019]s)"
            + "\\s+(?!(?:not|no|never)\\b)(\\p{L}+(?:\\s+(?:and\\s+)?\\p{L}+)?)\\s+(charg|sell|pric)(\\w*)");
    /** Whose promotion: "what discount is Target running", "which deals are Best Buy offering". */
    private static final Pattern OTHERS_PROMOTION = Pattern.compile("(?i)\\b(?:discounts?|deals?|promos?|promotions?"
            + "|sales?|offers?)\\s+(is|are)\\s+(\\p{L}+(?:\\s+\\p{L}+)?)\\s+(run|offer|hav)(\\w*)");
    /**
     * Words of a question that asks for nothing in particular besides general ones: "what should I be worried
     * about?", "how did we do vs before?". Read alone they name no figure, so the question is asked back.
     */
    private static final Set<String> VAGUE_WORDS = Set.of("before", "after", "lately", "previously", "worried", "worry",
            "worrying", "problem", "problems", "issue", "issues", "concern", "concerns", "concerning", "weird",
            "unusual", "wrong", "attention", "focus", "notice", "noticed", "important", "interesting", "highlights",
            "usual", "high", "low");
    /** "how did we do over the holidays", "how did the promo go": how something went, no figure named. */
    private static final Pattern HOW_DID = Pattern.compile("(?i)\\bhow\\s+did\\s+(?:we|it|things|(?:the|our)\\s+"
            + "[\\p{L}-]+)\\s+(?:do|go|perform|fare)\\b");
    /** "how are my accounts doing", "how is the carrier side going": how things stand, no figure named. */
    private static final Pattern HOW_DOING = Pattern.compile("(?i)^\\W*how\\s+(?:is|are|was|were|have|has)\\s+"
            + "(?:[\\p{L}'\u2019]+\\s+){1,4}?(?:doing|going|performing|looking|been\\s+doing)\\b");
    /** Words that judge how something is going without naming by which figure: "doing better", "okay". */
    private static final Set<String> JUDGEMENTS = Set.of("better", "worse", "okay", "ok", "fine", "good", "bad",
            "great", "well", "doing", "going", "healthy", "performing", "shape");
    /** "will it rain", "is it gonna snow", "will it be sunny": the weather, which no order or document foretells. */
    private static final Pattern WEATHER = Pattern.compile("(?i)\\b(?:will|is|was|does)\\s+it\\s+(?:be\\s+|gonna\\s+|"
            + "going\\s+to\\s+)?(?:rain|snow|storm|hail|freez|be\\s+(?:sunny|cold|hot|warm|windy|nice))\\w*");
    /** What the shop itself pays for: "what did we spend on google ads", "how much do we pay for the warehouse". */
    private static final Pattern OUR_COSTS = Pattern.compile(
            "(?i)\\bwe\\s+(?:spend|spent|pay|paid)\\s+(?:on|for)\\s+(?:the\\s+)?(\\p{L}+(?:\\s+\\p{L}+)?)");
    /**
     * "should I ask for a raise", "how do I request time off", "days of annual leave", "offered me a buyer role",
     * "should I quit": someone's own job, not the shop's orders.
     */
    private static final Pattern CAREER = Pattern.compile("(?i)(?:\\b(?:a|for|pay)\\s+|\\d\\s*%\\s+)raise\\b"
            + "|\\b(?:vacation|pto|career|resign\\w*|sick\\s+days?|days?\\s+off|time\\s+off"
            + "|(?:annual|sick|parental|maternity|paternity)\\s+leave|holiday\\s+allowance|(?:job|role)\\s+offer"
            + "|should\\s+i\\s+quit|quit(?:ting)?\\s+(?:my|this|the)\\s+job|(?:job|role)\\s+is\\s+right\\s+for\\s+me"
            + "|offer(?:ed|s)?\\s+(?:me\\s+)?(?:a|an|the)\\s+(?:\\p{L}+\\s+)?(?:job|role|position)"
            + "|offer\\s+from\\s+(?:an?\\s+)?(?:other|another)\\s+company"
            + "|change\\s+(?:my|jobs?)\\s+(?:jobs?|career))\\b");
    /**
     * "my VLOOKUP keeps returning #N/A", "how do I fix this spreadsheet formula": help with a spreadsheet's formulas,
     * not with the shop's orders; "revenue by month so I can paste it into Excel" is still a question of the data, and
     * so is "COUNTIF order_total > 500", a formula's words for a count of orders.
     */
    private static final Pattern SPREADSHEET_HELP = Pattern.compile("(?i)\\b(?:[vhx]lookup|vba)\\b"
            + "|\\b(?:(?:sum|count|average)ifs?|excel|spreadsheet|google\\s+sheets?)\\b(?=.*\\b(?:formulas?|functions?"
            + "|macros?|fix|broken|not\\s+working|excel|sheets?|columns?\\s+\\p{Lu}\\b)\\b)");
    /**
     * "what drove that?", "what's behind the jump", "was there a promo behind it": a question of cause, which the
     * labelled examples ask with "why", so it is compared with them as one.
     */
    private static final Pattern CAUSE_ASKED = Pattern.compile("(?i)\\bwhat(?:['\u2019]s|\\s+is|\\s+was)?\\s+"
            + "(?:drove|driving|drives|behind)\\b|\\b(?:was|is)\\s+there\\s+(?:a|an|any|some)\\s+\\p{L}+\\s+behind\\s+"
            + "(?:it|this|that)\\b|\\b(?:was|is)\\s+(?:it|that|this)\\s+(?:because|due\\s+to|caused\\s+by"
            + "|an?\\s+\\p{L}+\\s+(?:thing|issue|problem|glitch|outage))\\b");
    /** "why so many fedex deliverys late in the southeast in sept 2025": one sentence asking why it is so. */
    private static final Pattern WHY_ALONE = Pattern.compile("(?i)^\\W*why\\s+(?:so|such)\\b[^?.!]*[?.!]*\\s*");
    /**
     * "what actually happened on March 14", "what happened with FedEx", "what happen that day": the story of a day or a
     * thing.
     */
    private static final Pattern WHAT_HAPPENED = Pattern.compile("(?i)\\bwhat\\s+(?:\\p{L}+ly\\s+)?(?:happen(?:ed)?"
            + "|went\\s+wrong)\\b");
    /** "what exactly was the spring refresh sale…": what a thing named at the start was, its name up to a break. */
    private static final Pattern EVENT_ASKED = Pattern.compile("(?i)\\W*what\\s+(?:exactly\\s+)?(?:was|is)\\s+"
            + "(?:the\\s+|this\\s+|that\\s+)?([\\p{L}\\p{N}\\s]+?)\\s*(?:[-\u2013\u2014?,:;.]|\\band\\b|$)");
    /** "How are VIP customers treated differently…", "how do we handle them": how people or cases are dealt with. */
    private static final Pattern TREATMENT = Pattern.compile("(?i)\\bhow\\s+(?:are|is|do\\s+we|should\\s+we|should"
            + "\\s+i)\\s+(?:[\\p{L}'\u2019]+\\s+){0,4}?(?:treated|treat|handled|handle|looked\\s+after)\\b");
    /** Where one sentence ends and the next begins. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.?!])\\s+");
    /**
     * "Spring Refresh sale - what was the mechanic?", "how did it work", "what discount applied", "what exactly was
     * discounted": how one of the shop's events worked.
     */
    private static final Pattern EVENT_WORKINGS = Pattern.compile("(?i)\\bwhat\\s+(?:was|were|is|are)\\s+(?:the\\s+)?"
            + "(?:mechanics?|terms|rules|conditions|deal|offer)\\b|\\bhow\\s+did\\s+(?:it|the\\s+\\p{L}+)\\s+work\\b"
            + "|\\bwhat\\s+(?:discount|deal|offer)\\s+(?:applied|was\\s+(?:applied|offered|given))\\b"
            + "|\\bwhat\\s+(?:(?:exactly|actually)\\s+)?(?:was|were|got)\\s+(?:discounted|reduced|marked\\s+down"
            + "|on\\s+sale)\\b");
    /** "remind me what the Spring Refresh promotion actually was": the same asked with the name first. */
    private static final Pattern EVENT_ASKED_AS_CLAUSE = Pattern.compile("(?i)\\W*(?:(?:please\\s+)?(?:remind|tell)"
            + "\\s+(?:me|us)\\s+|explain\\s+)?what\\s+(?:the|this|that)\\s+([\\p{L}\\p{N}\\s]+?)\\s+"
            + "(?:(?:actually|really|exactly)\\s+)?(?:was|is)\\s*(?:[-\u2013\u2014?,:;.]|$)");
    /** "recommend a good textbook on survey design": something to read, learn with or buy for oneself. */
    private static final Pattern RECOMMENDATION = Pattern.compile("(?i)\\b(?:recommend|suggest)\\w*\\s+(?:me\\s+)?"
            + "(?:(?:a|an|some|any)\\s+)?(?:(?:good|great|decent|nice)\\s+)?(?:books?|textbooks?|courses?|podcasts?"
            + "|laptops?|apps?|restaurants?|movies?|films?|articles?)\\b");
    /** "any good pizza place near me": somewhere to go nearby, which no order or document tells. */
    private static final Pattern NEAR_ME = Pattern.compile("(?i)\\b(?:near|close\\s+to|around)\\s+me\\b"
            + "|\\b(?:nearest|closest)\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+to\\s+me\\b");
    /**
     * "which of our competitors has the lowest return rate", "the market share of the leading retailers", "the
     * industry benchmark return rate", "how many people bought earbuds across all stores": other shops' figures, which
     * no order of ours holds.
     */
    private static final Pattern COMPETITORS = Pattern.compile("(?i)\\b(?:our\\s+)?(?:competitors?|rivals?"
            + "|retailers)\\b|\\bmarket\\s+shares?\\b|\\bindustry(?:[-\\s]wide)?\\s+(?:benchmarks?|averages?|norms?"
            + "|standards?)\\b|\\b(?:across|in|at)\\s+(?:all|every|other)\\s+(?:the\\s+)?"
            + "(?:stores|shops|retailers|sellers|brands)\\b");
    /** "FedEx's customer service phone number": how to reach someone, which no order or document holds. */
    private static final Pattern CONTACT_DETAILS = Pattern.compile("(?i)\\b(?:(?:tele)?phone|contact|fax)"
            + "\\s+numbers?\\b|\\be-?mail\\s+address(?:es)?\\b|\\bcontact\\s+details\\b");
    /** "under California consumer law", "legally required": what the law says, which no order or document does. */
    private static final Pattern LAW = Pattern.compile("(?i)\\b(?:laws?|legally|legislation|statutes?|statutory"
            + "|regulations?|lawyers?|attorneys?|lawsuits?|limitation\\s+periods?|litigation)\\b");
    /** "should we hire two more agents in Q1?": a decision about people, which is the business's to make. */
    private static final Pattern STAFFING_DECISION = Pattern.compile("(?i)\\b(?:hire|hiring|recruit|recruiting|lay"
            + "\\s+off|fire|firing)\\s+(?:(?:\\p{L}+|\\d+)\\s+){0,3}(?:agents?|staff|people|employees|reps?|heads"
            + "|headcount|pickers|packers|workers)\\b");
    /** "python script email customers": code to be written, asked in keywords rather than with a verb. */
    private static final Pattern CODE = Pattern.compile("(?i)\\b(?:python|javascript|java|bash|powershell|shell|sql)"
            + "\\s+(?:script|code|program|function|snippet)s?\\b");
    /** "fedex hub atlanta opening hours saturday": when a place is open, which no order or document says. */
    private static final Pattern OPENING_HOURS = Pattern.compile("(?i)\\b(?:opening|business|office)\\s+(?:hours|times)"
            + "\\b|\\bhours\\s+of\\s+(?:operation|business)\\b");
    /** "how can I tell him this without offending him": advice on dealing with someone, not a question of the shop. */
    private static final Pattern PERSONAL_ADVICE = Pattern.compile("(?i)\\bhow\\s+(?:can|do|should|could)\\s+i\\s+"
            + "(?:tell|say\\s+to|talk\\s+to|ask|convince|approach|confront)\\s+(?:him|her|them|my)\\b"
            + "|\\bwithout\\s+(?:to\\s+)?(?:offend|upset|hurt)\\w*\\s+(?:him|her|them)\\b");
    /**
     * "Please reset the login password of customer…", "can you cancel order ORD-000123": something to be done to an
     * account or an order, which a read-only assistant does not do.
     */
    private static final Pattern ACTION_REQUEST = Pattern.compile("(?i)^\\W*(?:(?:please|pls|kindly|can|could|would"
            + "|will)\\s+(?:you\\s+)?(?:please\\s+)?)?(?:reset|unlock|delete|cancel|refund|reissue|resend|reship"
            + "|escalate|call|contact|notify|block|ban|deactivate|reactivate|void|approve|reject)\\s+"
            + "(?:the|an?|all|this|my|our|his|her|their|customer|order|account|ord-)\\b");
    /** "DELETE FROM orders WHERE …", "drop table orders": a statement that changes the data, typed as SQL. */
    private static final Pattern DATA_CHANGE = Pattern.compile("(?i)^\\W*(?:delete\\s+from|insert\\s+into"
            + "|update\\s+\\w+\\s+set|(?:drop|alter|create|truncate)\\s+table|merge\\s+into)\\b");
    /** "any stretches you'd recommend?": something the asker is to do or get, which no order or document is. */
    private static final Pattern RECOMMENDED_TO_ME = Pattern.compile("(?i)\\b(?:any|some|what|which)\\s+(\\p{L}+)\\s+"
            + "(?:(?:would|do|can|could)\\s+you|you['\u2019]d|you\\s+would)\\s+(?:recommend|suggest)\\b");
    /** "Translate our returns policy into German": a text to put in another language, whatever it is about. */
    private static final Pattern TRANSLATION = Pattern.compile("(?i)\\btranslat\\w*\\b.*\\b(?:into|to|in)\\s+(?:\\p{Lu}"
            + "\\p{L}+|another\\s+language)");
    /**
     * "One of my business accounts wants to order 40 units", "a customer wants…", "customer return shirt because…":
     * one person's case, which a rule in the documents settles, not a figure over many orders.
     */
    private static final Pattern ONE_CASE = Pattern.compile("(?i)\\bone\\s+of\\s+(?:my|our)\\s+(?:\\p{L}+\\s+)?"
            + "(?:customers|clients|accounts|buyers|shoppers)\\b|^\\W*(?:a|the|my|our|this)?\\s*(?:customer|client|buyer"
            + "|shopper)\\s+(?:wants|asked|asks|says|said|is\\s+(?:asking|complaining)|complains|complained|gets?|got"
            + "|returned|receive[sd]?|sent|has\\s+(?:received|returned|got|sent)"
            + "|returns?\\s+(?:the|a|an|his|her|their|its|\\p{L}+\\s+because))\\b");
    /**
     * "How do I season the Hearthstone skillet", "how to pair the earbuds": looking after or using a product, which
     * neither the orders nor the documents explain.
     */
    private static final Pattern PRODUCT_CARE = Pattern.compile("(?i)\\bhow\\s+(?:do|should|can|would)\\s+(?:i|you|we"
            + "|they)\\s+(?:season|clean|wash|assemble|pair|descale|sharpen|care\\s+for)\\b|\\bhow\\s+to\\s+(?:season"
            + "|clean|wash|assemble|pair|descale|sharpen|care\\s+for)\\b");
    /**
     * "How many trucks and drivers does UPS run": a carrier's own fleet and staff, which no order of ours records.
     */
    private static final Pattern CARRIER_FLEET = Pattern.compile("(?i)\\bhow\\s+many\\s+(trucks|vans|planes|drivers"
            + "|depots|warehouses)\\b");
    /**
     * "UPS's total company revenues and profit": another company's own accounts, not our orders shipped with it; a
     * name's possessive, not "what's the company revenue".
     */
    private static final Pattern COMPANY_ACCOUNTS = Pattern.compile("(?<!\\p{L})(?!(?:What|That|It|There|Here|Who"
            + "|Where|How|When|Let|He|She)['\u2019])\\p{Lu}[\\p{L}&.-]*['\u2019]s\\s+(?i:(?:\\p{L}+\\s+){0,4}?"
            + "(company|profits?|earnings|valuation))\\b");
    /** "how much CO2 does a cargo plane emit": emissions, which no order records. */
    /** "Can you book a venue in Chicago for our team party?": something to be booked, which OrderLens cannot do. */
    private static final Pattern BOOKING = Pattern.compile("(?i)\\b(?:book|reserve)\\s+(?:us\\s+|me\\s+)?(?:a|an|the)"
            + "\\s+(?:\\p{L}+\\s+)?(?:venue|room|table|flight|hotel|hall|space|meeting|slot|desk)\\b");
    /** "Power draw of our warehouse in kWh per day": energy the business uses, which orders do not record. */
    private static final Pattern ENERGY = Pattern.compile("(?i)\\b(?:kwh|kilowatts?|electricity|(?:power|energy)\\s+"
            + "(?:draw|use|usage|consumption|bills?))\\b");
    private static final Pattern EMISSIONS = Pattern.compile("(?i)\\b(co2|carbon|emissions?|emits?|emitted|footprint"
            + "|greenhouse)\\b");
    /** Questions no order or document answers, whatever the model knows, and why. */
    private static final Map<Pattern, String> OUTSIDE_ORDERS = Map.ofEntries(
            Map.entry(WEATHER, "it asks about the weather"),
            Map.entry(SHARE_PRICE, "it asks about a share price, which orders do not record"),
            Map.entry(CAREER, "it asks about someone's own job, which neither the orders nor the documents cover"),
            Map.entry(SPREADSHEET_HELP, "it asks for help with a spreadsheet, which neither the orders nor the "
                    + "documents cover"),
            Map.entry(NEAR_ME, "it asks about places nearby, which neither the orders nor the documents cover"),
            Map.entry(COMPETITORS, "it asks about other shops, whose orders OrderLens does not hold"),
            Map.entry(PRODUCT_CARE, "it asks how to look after or use a product, which neither the orders nor the "
                    + "documents explain"),
            Map.entry(CONTACT_DETAILS, "it asks how to reach someone, which neither the orders nor the documents say"),
            Map.entry(LAW, "it asks what the law says, which neither the orders nor the documents cover"),
            Map.entry(RECOMMENDATION, "it asks for something to read, learn with or buy, which neither the orders "
                    + "nor the documents cover"),
            Map.entry(CODE, "it asks for code to be written, not for a figure or what the documents say"),
            Map.entry(OPENING_HOURS, "it asks when a place is open, which neither the orders nor the documents say"),
            Map.entry(PERSONAL_ADVICE, "it asks for advice about dealing with someone, which neither the orders nor "
                    + "the documents cover"),
            Map.entry(ACTION_REQUEST, "it asks for something to be done to an account or an order; OrderLens only "
                    + "reads the data"),
            Map.entry(DATA_CHANGE, "it asks to change the data, which OrderLens only reads"),
            Map.entry(ENERGY, "it asks about energy used, which orders do not record"),
            Map.entry(BOOKING, "it asks for something to be booked; OrderLens only reads the data"),
            Map.entry(STAFFING_DECISION, "it asks whether to take on or let go of people, which is the business's "
                    + "decision, not a figure"));
    /**
     * Things the orders do not record, refused only when the model does not know their word (the pattern's first
     * group): stock on hand, visits to the website, something recommended to the asker, a carrier's trucks; in the
     * order they are tried.
     */
    private static final List<Map.Entry<Pattern, String>> OUTSIDE_UNLESS_MODELLED = List.of(
            Map.entry(STOCK, "it asks about stock, which orders do not record"),
            Map.entry(WEB_VISITS, "it asks about visits to the website, which orders do not record"),
            Map.entry(RECOMMENDED_TO_ME, "it asks for a recommendation, which neither the orders nor the documents "
                    + "give"),
            Map.entry(CARRIER_FLEET, "it asks about someone's fleet, sites or drivers, which orders do not record"),
            Map.entry(COMPANY_ACCOUNTS, "it asks for another company's own accounts, which our orders do not hold"),
            Map.entry(EMISSIONS, "it asks about emissions, which orders do not record"));
    /** "any news on a UPS strike": what is happening in the world, which OrderLens does not follow. */
    private static final Pattern NEWS = Pattern.compile("(?i)\\b(?:news|headlines?|rumou?rs?)\\b");
    /** People who work for the shop: the orders do not record who handled them. */
    private static final Set<String> STAFF = Set.of("agent", "agents", "employee", "employees", "staff", "rep", "reps",
            "representative", "representatives", "shift", "shifts", "headcount", "salary", "salaries", "payroll",
            "pickers", "packers", "workers", "wage", "wages");
    /** "what should I pay the weekend pickers", "what do reps earn": what someone who works here is paid. */
    private static final Pattern PAID = Pattern.compile("(?i)\\bpay\\s+(?:\\p{L}+\\s+){0,3}?(?:" + String.join("|", STAFF)
            + ")\\b|\\b(?:" + String.join("|", STAFF) + ")\\s+(?:get\\s+|are\\s+|were\\s+)?(?:paid|earn\\w*)\\b");
    /** What the people who work somewhere are paid, or how many they are: a figure in itself, whatever is asked. */
    private static final Set<String> STAFF_FIGURES = Set.of("salary", "salaries", "payroll", "headcount", "wage",
            "wages");
    /**
     * Words asking for a figure or a ranking: "which agent closed the most", "how many reps", "what do agents get
     * paid".
     */
    private static final Set<String> FIGURE_CUES = Set.of("which", "who", "most", "least", "many", "top", "best",
            "worst", "fastest", "slowest", "highest", "lowest", "paid", "pay", "earn", "earns", "wage", "wages");
    /** Words after "paid" that name how a customer paid ("paid with Klarna"), not what someone earns. */
    private static final Set<String> PAID_HOW = Set.of("with", "by", "via", "using", "through");
    /** Words standing for a subject the question never names: "the thing with the orders", "what's going on". */
    private static final Set<String> UNNAMED_SUBJECTS = Set.of("thing", "things", "stuff", "everything",
            "anything", "situation");
    /** "What was the total?", "What's the figure for the quarter?" with nothing before: a figure never named. */
    private static final Pattern THE_TOTAL_ALONE = Pattern.compile("(?i)^\\W*(?:so\\s+|and\\s+)?what"
            + "(?:['\u2019]s|\\s+is|\\s+was|\\s+were|\\s+are)\\s+the\\s+(?:total|sum|number|figure|amount)"
            + "(?:\\s+for\\s+the\\s+(?:day|week|month|quarter|year|period))?(?:\\s+again)?\\W*$");
    /** "whats the average for FedEx?", "confirm the total for Q3": an average or total of a figure never named. */
    private static final Pattern AGGREGATE_OF_NOTHING = Pattern.compile("(?i)\\bthe\\s+(?:average|avg|mean|total|sum)"
            + "\\s+(?:for|of|in|on|during)\\s+([^?.!]+)");
    private static final Set<String> DEMONSTRATIVES = Set.of("that", "this", "those", "these");
    /** Verbs that give a result its shape: "break it down", "plot them". */
    private static final Set<String> SHAPING = Set.of("break", "split", "plot", "chart", "graph", "slice");
    private static final Set<String> PLURAL_DEMONSTRATIVES = Set.of("those", "these", "both");
    /** Openings of a clause that names what a later "that" points at: "when a courier…", "if an order…". */
    private static final Set<String> CLAUSE_OPENINGS = Set.of("when", "whenever", "if", "once");
    /** "same cut as last time", "like we did before", "as we discussed": an earlier conversation the asker means. */
    private static final Pattern AS_LAST_TIME = Pattern.compile("(?i)\\b(?:as|like)\\s+(?:(?:we\\s+did\\s+)?last"
            + "\\s+time|we\\s+(?:did\\s+before|discussed|agreed))\\b");
    /** "the big week", "the major sale": a time the asker has in mind, named by how it felt. */
    private static final Pattern UNNAMED_TIME = Pattern.compile("(?i)\\bthe\\s+(?:big|busy|major|huge|special)\\s+"
            + "(?:week|day|weekend|sale|event|promo(?:tion)?|launch|push)\\b");
    /** "the two carriers", "the three regions": some of a part of the data, which ones not said. */
    private static final Pattern UNNAMED_FEW = Pattern.compile("(?i)\\bthe\\s+(?:two|three|four|2|3|4)\\s+"
            + "(?:carriers|regions|channels|categories|segments|states|cities|products|payment\\s+methods)\\b"
            + "(?!\\s+(?:with|that|which|having|by|where|whose)\\b)");
    /** "the incident", "the outage": one event the asker has in mind, which one not said ("the recall policy" is). */
    private static final Pattern UNNAMED_EVENT = Pattern.compile("(?i)\\bthe\\s+(?:incident|outage|disruption|storm"
            + "|hurricane|recall)\\b(?=\\s*(?:[.?!,;:)]|$|(?:and|or|was|were|is|did|has|had|hit|affected"
            + "|impacted)\\b))");
    /** "check that number again", "is that a good number?", "that vendor": a figure or party never named here. */
    private static final Pattern THAT_FIGURE = Pattern.compile("(?i)\\b(?:that|this|those|these)(?:\\s+(?:a|an|the|good"
            + "|bad|big|low|high|same))*\\s+(?:numbers?|figures?|results?|totals?|stats?|vendors?|suppliers?)\\b");
    /** "Please assist me to…", "kindly help us": a plea for help before what is asked for. */
    private static final Pattern HELP_TO = Pattern.compile("(?i)^\\W*(?:(?:please|kindly|pls)\\s+)?(?:assist|help)"
            + "\\s+(?:me|us)\\s+(?:to\\s+)?");
    /** "Action item:", "To do:": a label of up to three words before a colon. */
    private static final Pattern SHORT_LABEL = Pattern.compile("^\\W*(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+\\s*:\\s*");
    /** Openings that carry on from a question before: "and the other carrier". */
    private static final Set<String> CARRY_ON_OPENINGS = Set.of("and", "also", "but", "plus", "same");
    /** At most this many words name only a part of the data when they make no query: "status?", "the carriers". */
    private static final int ONE_PART_WORDS = 3;
    /** "the numbers for my area", "our region": a part of the data that is the asker's own, which value unsaid. */
    private static final Pattern OWN_PART = Pattern.compile("(?i)\\b(?:my|our)\\s+(?:own\\s+)?\\p{L}+");
    /** Above this share of nearest examples about other things, a question with words the data lacks is refused. */
    private static final double OUTSIDE_SHARE = 0.5;

    private final LocalSqlGenerator generator;
    private final EmbeddingModel embeddings;
    private final List<RouteExamples.Example> examples;
    private final List<float[]> exampleVectors;
    private final int neighbours;
    private final Predicate<String> documentWords;
    private final ClarifyingQuestions clarifying;

    private LocalQuestionClassifier(Builder builder) {
        this.generator = builder.generator != null ? builder.generator : LocalSqlGenerator.builder()
                .model(builder.model).catalog(builder.catalog).clock(builder.clock).build();
        this.embeddings = Objects.requireNonNull(builder.embeddingModel, "embeddingModel");
        this.examples = builder.examples == null ? RouteExamples.loadDefault() : builder.examples;
        this.exampleVectors = embeddings.embedAll(examples.stream().map(RouteExamples.Example::question).toList());
        this.neighbours = builder.neighbours;
        this.documentWords = builder.documentWords;
        this.clarifying = new ClarifyingQuestions(generator.model().model(),
                generator.dataRange().map(DataRange::lastFullYear));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Classification classify(String typed, Conversation conversation) {
        // "Quiz 12: what was the Spring Refresh sale? Expected answer: one sentence.": judged without its framing
        String question = RequestFraming.unframed(HeardWords.asMeant(TaglishWords.inEnglish(
                QuestionMarks.inEnglish(typed)))).strip();
        boolean charted = generator.lastQueryCharted(question, conversation).isPresent();
        WordAccount words = generator.parser().account(question, generator.today());
        Optional<ParsedQuestion> query = Optional.empty();
        ClarificationNeededException nearlyRead = null;
        boolean compiles = true;
        try {
            if (!charted) {
                query = Optional.of(generator.parser().read(question, conversation.context(), generator.today()));
            }
        } catch (QuestionNotUnderstoodException e) {
            compiles = false;
        } catch (ClarificationNeededException e) {
            nearlyRead = e;
        }
        // "We are reviewing carrier contracts next week. Which carrier was the worst in Q4 2025?" asks about Q4 2025:
        // the periods of the query it reads as, when it reads as one, are the ones asked about
        List<Period> periods = query.map(ParsedQuestion::spec).map(spec -> Stream.concat(
                Stream.ofNullable(spec.period()), spec.compared().stream()).toList()).orElse(words.periods());
        Optional<Clarification> forecast = charted ? Optional.empty() : forecast(question, periods, words);
        if (forecast.isPresent()) {
            return new Classification(Route.SQL, ASK_BACK_CONFIDENCE, "it asks about a period still to come", null,
                    forecast.get());
        }
        String compileNote = compiles ? "the semantic model can express it as a query"
                : "the semantic model cannot express it as a query";
        String asked = withoutAsides(question, query);
        boolean customerCase = saysAny(Words.tokens(asked), CUSTOMER_PHRASES);
        // "…, so I can track how that cohort's sentiment shifted": a possessive in an aside asks for no figure
        Optional<String> othersFigure = charted || customerCase ? Optional.empty()
                : othersFigure(question, asked, words);
        if (othersFigure.isPresent()) {
            return new Classification(Route.RAG, ASK_BACK_CONFIDENCE, "it asks for a figure of something the data does "
                    + "not hold: " + othersFigure.get(), null, clarifying.outOfScope(List.of(othersFigure.get())));
        }
        Optional<Classification> request = charted ? Optional.empty() : requestOutsideOrders(question, asked, words);
        if (request.isPresent()) {
            return request.get();
        }
        // "When a courier declares a disruption, what happens to new orders?" asks what is done, not which figure
        if (nearlyRead != null && !asksForExplanation(question)) {
            return new Classification(Route.SQL, ASK_BACK_CONFIDENCE, "the semantic model nearly reads it: "
                    + nearlyRead.getMessage(), null, nearlyRead.clarification());
        }
        boolean totalOfNothing = conversation.turns().isEmpty() && (THE_TOTAL_ALONE.matcher(question).matches()
                || aggregateOfNothing(question));
        if (!charted && (totalOfNothing || !words.specific() && pointsAtNothingNamed(question, words, conversation))) {
            return new Classification(Route.RAG, ASK_BACK_CONFIDENCE, "it points at something it does not name, and "
                    + "names no value, period or figure", null, clarifying.vague());
        }
        if (!charted && !compiles && judgesWithoutFigure(question, words)) {
            return new Classification(Route.RAG, ASK_BACK_CONFIDENCE, "it names data but no figure to judge it by",
                    null, clarifying.vague());
        }
        // "How did we do over the holidays?", "So how did the promo do?": a verdict, with no figure to give it by
        if (!charted && HOW_DID.matcher(question).find() && !words.asksForFigure() && !words.namesEvent()) {
            return new Classification(Route.RAG, ASK_BACK_CONFIDENCE, "it asks how something went, naming no figure "
                    + "to judge it by", null, clarifying.vague());
        }
        // "Late rate, the big week.", "Compare the two carriers for me", "orders affected by the incident", "check
        // that number again": which week, carriers, event or figure is not said
        boolean firstTurn = conversation.turns().isEmpty();
        boolean namesNoneOfIt = words.periods().isEmpty() && words.values().isEmpty();
        if (!charted && firstTurn && (UNNAMED_TIME.matcher(question).find() && words.periods().isEmpty()
                || UNNAMED_FEW.matcher(question).find() && words.values().isEmpty()
                || UNNAMED_EVENT.matcher(question).find() && !words.namesEvent() && namesNoneOfIt
                || THAT_FIGURE.matcher(question).find() && namesNoneOfIt)) {
            return new Classification(Route.RAG, ASK_BACK_CONFIDENCE, "it points at a time or at values it does not "
                    + "name", null, clarifying.vague());
        }
        if (!charted && query.filter(this::judgesRowsCounted).isPresent() && HOW_DOING.matcher(question).find()) {
            return new Classification(Route.RAG, ASK_BACK_CONFIDENCE, "it asks how things are doing, naming no figure "
                    + "to judge them by", null, clarifying.vague());
        }
        if (!charted && !compiles && namesOnlyAColumn(question, words)) {
            return new Classification(Route.RAG, ASK_BACK_CONFIDENCE, "it names a part of the data but no figure",
                    null, clarifying.vague());
        }
        if (!charted && UNNAMED_CASE.matcher(question).find() && !IDENTIFIER_WRITTEN.matcher(question).find()
                && !Words.tokens(question).contains("why")) {
            return new Classification(Route.SQL, ASK_BACK_CONFIDENCE, "it asks about one order or customer without its"
                    + " identifier", null, clarifying.unnamedCase());
        }
        float[] vector = embeddings.embed(CAUSE_ASKED.matcher(question).replaceAll("why"));
        // "ok and on Black Friday alone?" after a question of November: read whole in the conversation, whatever its
        // words look like on their own
        boolean readWhole = query.filter(read -> read.dropped().isEmpty()).isPresent();
        if (!charted && !readWhole && !VAGUE_WORDS.containsAll(words.leftover()) && !onlyAsidesUnread(words, query)
                && !customerCase && outsideShare(vector) >= OUTSIDE_SHARE) {
            return new Classification(Route.RAG, ASK_BACK_CONFIDENCE, "the questions most like it are about "
                    + "something the data and documents do not hold, and the data's words do not account for it",
                    null, clarifying.outOfScope(unknownToDocuments(words)));
        }
        Optional<Clarification> askBack = charted ? Optional.empty() : askBack(words, compiles)
                .filter(clarification -> !customerCase || clarification.reason() != Reason.OUT_OF_SCOPE);
        if (askBack.isPresent()) {
            return new Classification(Route.RAG, ASK_BACK_CONFIDENCE, askBack.get().reason() == Reason.OUT_OF_SCOPE
                    ? "no word of it names something in the data, and the documents do not hold most of its words"
                    : "only general words, which name no figure of the data", null, askBack.get());
        }
        double neighbourSql = neighbourVote(vector);
        // "Customer has received the item damaged… Kindly guide me how to process the same.": the last sentence asks
        // "… for May to July 2025. A customer is disturbing me that everybody is returning it.": not a last statement
        // set aside whole as why it is asked
        String last = lastSentence(question);
        String lastSaid = last.replaceAll("[.?!;:\\s]+$", "");
        boolean lastSetAside = last.strip().endsWith(".") && query.stream().flatMap(read -> read.dropped().stream())
                .anyMatch(dropped -> dropped.background() && dropped.phrase().strip().equals(lastSaid));
        boolean explanation = asksForExplanation(asked) || !lastSetAside && asksForExplanation(last)
                || asksWhatEventWas(question, words);
        // "Customer is asking me about Nimbus X2 earbuds. What is return rate for them in June 2025?": a rate is
        // taken over many orders, whoever asked for it
        List<String> askedWords = Words.tokens(asked);
        boolean onePerson = (askedWords.stream().anyMatch(ONE_PERSON::contains) || ONE_CASE.matcher(question).find())
                && askedWords.stream().noneMatch(OVER_MANY::contains);
        // "what happened on March 14? … was it a system thing?": a cause asked beside the account of it; "return window
        // -- rule?": a rule asked in keywords, no figure named; "why so many fedex deliverys late…": only a cause
        boolean causeAsked = CAUSE_ASKED.matcher(question).find() || Words.tokens(question).contains("why");
        boolean documentsOnly = causeAsked && WHAT_HAPPENED.matcher(question).find()
                || explanation && !words.asksForFigure() || WHY_ALONE.matcher(question).matches()
                || TREATMENT.matcher(asked).find();
        double z = (compiles ? COMPILE_WEIGHT : -COMPILE_WEIGHT) + NEIGHBOUR_WEIGHT * (neighbourSql - 0.5)
                - (explanation ? EXPLANATION_WEIGHT : 0.0) - (onePerson ? EXPLANATION_WEIGHT : 0.0)
                - (documentsOnly ? EXPLANATION_WEIGHT : 0.0);
        double pSql = 1.0 / (1.0 + Math.exp(-z));
        Route route = pSql >= 0.5 ? Route.SQL : Route.RAG;

        double confidence = Math.round((route == Route.SQL ? pSql : 1.0 - pSql) * 1000.0) / 1000.0;
        String reasoning = String.format(Locale.ROOT, "%s; %.0f%% of similar examples are SQL questions%s%s",
                compileNote, 100.0 * neighbourSql, explanation ? "; it asks for an explanation or a document" : "",
                onePerson ? "; it is about one person's case" : "");
        return new Classification(route, confidence, reasoning, null, null,
                caveats(words, compiles || explanation), words.leftoverPhrases());
    }

    /**
     * Phrases of the question that neither the model nor the documents know are named, not silently passed over;
     * "why" and "explain" ask for the documents' reasons and are no such phrase. A figure asked of something the data
     * cannot narrow to ("how many orders with gift wrap in December") says that no figure was computed, whatever
     * the documents hold.
     */
    private List<String> caveats(WordAccount words, boolean readOrExplained) {
        List<String> unread = words.leftoverPhrases().stream().filter(this::saysSomething).toList();
        // "which warehouse shipped the most late orders? need it for the ops sync": every word no figure could use is
        // named, the one the documents know too
        if (!readOrExplained && words.asksForFigure() && words.modelWords() > 0 && !unread.isEmpty()) {
            return List.of(ClarifyingQuestions.noFigure(unread));
        }
        List<String> unknown = unknownToDocuments(words).stream().filter(this::saysSomething).toList();
        return unknown.isEmpty() ? List.of() : List.of(ClarifyingQuestions.notCovered(unknown));
    }

    private boolean saysSomething(String phrase) {
        return !EXPLANATION_WORDS.containsAll(Words.tokens(phrase));
    }

    private List<String> unknownToDocuments(WordAccount words) {
        return words.leftoverPhrases().stream()
                .filter(phrase -> Words.tokens(phrase).stream().anyMatch(documentWords.negate()))
                .toList();
    }

    /**
     * "Amazon's revenue", "how much did Amazon make", "our conversion rate": a figure whose owner or kind is a word the
     * model does not know is a figure of something else, however well the rest of the question reads.
     */
    private static Optional<String> othersFigure(String question, String asked, WordAccount words) {
        for (Pattern others : List.of(POSSESSIVE, OTHERS_DOING, OTHERS_HAD, OVER_AT, FIGURE_OF_A_NAME)) {
            // "A friend tells me Etsy had a stronger season. How did their Black Friday compare with ours?": the
            // business set against us is named in the sentence set aside
            boolean againstUs = others == OTHERS_HAD && AGAINST_US.matcher(asked).find();
            Matcher name = others.matcher(againstUs ? question : asked);
            while (name.find()) {
                if (words.leftover().contains(name.group(1).toLowerCase(Locale.ROOT))) {
                    return Optional.of(name.group(1));
                }
            }
        }
        List<String> tokens = Words.originalTokens(asked);
        Predicate<Integer> unknown = i -> words.leftover().contains(tokens.get(i).toLowerCase(Locale.ROOT));
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (RATE_WORDS.contains(tokens.get(i + 1).toLowerCase(Locale.ROOT)) && unknown.test(i)) {
                // "net promoter score": the whole name, every unknown word of it
                int first = i;
                while (first > 0 && unknown.test(first - 1)) {
                    first--;
                }
                return Optional.of(String.join(" ", tokens.subList(first, i + 2)));
            }
        }
        return Optional.empty();
    }

    /**
     * "status?", "carriers": a word or two naming a part of the data, no figure, value or period, which no query can
     * be made of; not "why carriers?", which asks the documents.
     */
    private static boolean namesOnlyAColumn(String question, WordAccount words) {
        return (Words.tokens(question).size() <= ONE_PART_WORDS || OWN_PART.matcher(question).find())
                && words.modelWords() > 0 && words.leftover().isEmpty()
                && words.values().isEmpty() && words.periods().isEmpty() && !words.specific() && !words.namesEvent()
                && !asksForExplanation(question);
    }

    /**
     * "how are my accounts doing?": the only figure read is a count of the things asked about, with nothing to narrow
     * or split it, so no figure says how they are doing.
     */
    private boolean judgesRowsCounted(ParsedQuestion read) {
        QuerySpec spec = read.spec();
        return !spec.measures().isEmpty() && spec.filters().isEmpty() && spec.groupBy().isEmpty()
                && spec.period() == null && spec.compared().isEmpty() && spec.grain() == null
                && spec.measures().stream().allMatch(measure -> measure.metric() != null && generator.model().model()
                        .metric(measure.metric()).filter(metric -> metric.format() == MetricFormat.COUNT).isPresent());
    }

    /** "is the West doing better?", "is the payments side okay?": data named, but no figure to judge it by. */
    private static boolean judgesWithoutFigure(String question, WordAccount words) {
        return words.modelWords() > 0 && !words.namesEvent()
                && words.leftover().stream().allMatch(word -> JUDGEMENTS.contains(word) || VAGUE_WORDS.contains(word))
                && Words.tokens(question).stream().anyMatch(JUDGEMENTS::contains);
    }

    /**
     * "How many orders will we get tomorrow?": a period that begins after today has no orders yet, and a figure for
     * it would be a forecast, which the data cannot give; nor can "predict revenue", for no period already past.
     */
    private Optional<Clarification> forecast(String question, List<Period> periods, WordAccount words) {
        LocalDate today = generator.today();
        Optional<Period> future = periods.stream().filter(period -> period.start().isAfter(today)).findFirst();
        // "which carrier will deliver fastest" names no period: the future tense alone asks for no forecast
        boolean asked = words.leftover().stream().anyMatch(FORECAST_WORDS::contains)
                || !periods.isEmpty() && FUTURE_ASKED.matcher(question).find();
        boolean past = periods.stream().anyMatch(period -> !period.end().isAfter(today));
        if (future.isEmpty() && !(asked && !past)) {
            return Optional.empty();
        }
        return Optional.of(clarifying.forecast(future.map(Period::label), generator.dataRange()));
    }

    /**
     * For a question in which no word names something in the model or one of the shop's events: too vague when it
     * cannot be read and its other words are only general ones ("worried", "before"); out of scope when at least
     * half of those words are unknown to the documents as well ("weather", "Paris").
     */
    private Optional<Clarification> askBack(WordAccount words, boolean readable) {
        // "what was the spring refresh sale": one of the shop's events, which the documents tell about
        if (words.modelWords() > 0 || words.namesEvent()) {
            return Optional.empty();
        }
        if (!readable && VAGUE_WORDS.containsAll(words.leftover())) {
            return Optional.of(clarifying.vague());
        }
        long unknown = words.leftover().stream().filter(documentWords.negate()).count();
        if (unknown > 0 && 2 * unknown >= words.leftover().size()) {
            return Optional.of(clarifying.outOfScope(words.leftoverPhrases()));
        }
        return Optional.empty();
    }

    /**
     * Whether an average or a total is asked of rows alone ("the average for FedEx", "the total for Q3"), the words
     * before and after it naming no figure, and every word after it known.
     */
    private boolean aggregateOfNothing(String question) {
        Matcher aggregate = AGGREGATE_OF_NOTHING.matcher(question);
        if (!aggregate.find()) {
            return false;
        }
        WordAccount rows = generator.parser().account(aggregate.group(1), generator.today());
        WordAccount before = generator.parser().account(question.substring(0, aggregate.start()), generator.today());
        return !rows.asksForFigure() && rows.leftover().isEmpty() && (rows.modelWords() > 0 || rows.specific())
                && !before.asksForFigure();
    }

    /**
     * "pls check the thing with the orders", "whats going on with the region", or "and the other carrier" with nothing
     * before it: the question points at a subject it leaves unnamed.
     */
    private boolean pointsAtNothingNamed(String question, WordAccount words, Conversation conversation) {
        List<String> tokens = Words.tokens(question);
        boolean first = conversation.turns().isEmpty();
        boolean carriesOn = first && !tokens.isEmpty()
                && (CARRY_ON_OPENINGS.contains(tokens.get(0)) || String.join(" ", tokens).contains("the other "));
        // "When a courier declares a disruption, what happens to orders going to that area?": the clause names it
        boolean namedInClause = !tokens.isEmpty() && CLAUSE_OPENINGS.contains(tokens.get(0));
        // "what's going on", not "orders going to Texas"
        boolean goingOn = String.join(" ", tokens).contains("going on");
        // "same cut as last time" with nothing before it: a way of asking only the asker remembers
        boolean asLastTime = first && AS_LAST_TIME.matcher(question).find();
        return carriesOn || goingOn || asLastTime || tokens.stream().anyMatch(UNNAMED_SUBJECTS::contains)
                || first && !namedInClause && (pointsBack(tokens) || shapesUnnamed(tokens, words));
    }

    /** "break it down the usual way" with nothing before it: a breakdown or chart of a figure never named. */
    private static boolean shapesUnnamed(List<String> tokens, WordAccount words) {
        return tokens.stream().anyMatch(Set.of("it", "them")::contains) && tokens.stream().anyMatch(SHAPING::contains)
                && words.modelWords() == 0;
    }

    /**
     * "the numbers for that region" or "that one" with nothing before it: a word of the data, or "one", after "that",
     * "this" or "those"; or a count after "those" or "these" ("compare those two").
     */
    private boolean pointsBack(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            // "compare those two methods": things counted off that were never named
            boolean counted = PLURAL_DEMONSTRATIVES.contains(tokens.get(i)) && TimeExpressions.count(tokens.get(i + 1)) != null;
            // "what's the figure for that one": a thing picked out before, not "that one day in March"
            boolean one = Set.of("one", "ones").contains(tokens.get(i + 1)) && (i + 2 == tokens.size()
                    || !namesData(tokens.get(i + 2)));
            if (counted || DEMONSTRATIVES.contains(tokens.get(i)) && (one || namesData(tokens.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private boolean namesData(String word) {
        return generator.parser().account(word, generator.today()).modelWords() > 0;
    }

    /** The similarity-weighted share of SQL among the nearest examples that OrderLens answers. */
    private double neighbourVote(float[] vector) {
        return share(vector, example -> example.route().isPresent(),
                example -> example.route().filter(Route.SQL::equals).isPresent()).orElse(0.5);
    }

    /**
     * "umm so we're thinking about which wallets to promote lol... paypal vs apple pay, revenue last month?": the
     * words the data does not know all lie in sentences set aside as what the figures are for, and the rest reads.
     */
    private static boolean onlyAsidesUnread(WordAccount words, Optional<ParsedQuestion> query) {
        Set<String> asideWords = query.stream().flatMap(read -> read.dropped().stream())
                .filter(DroppedPhrase::background)
                .flatMap(dropped -> Words.tokens(dropped.phrase()).stream()).collect(Collectors.toSet());
        return !asideWords.isEmpty() && asideWords.containsAll(words.leftover());
    }

    /**
     * The question without the statements its reading set aside as what the figures are for ("I keep seeing notes
     * about the Klarna trouble and want to understand what happened. How many Klarna orders were cancelled that
     * day?"): what is asked lies in the rest. A question set aside is still asked ("customer got a damaged item - do
     * they need to file a claim?").
     */
    private static String withoutAsides(String question, Optional<ParsedQuestion> query) {
        String asked = question;
        for (DroppedPhrase dropped : query.map(ParsedQuestion::dropped).orElse(List.of())) {
            int at = question.indexOf(dropped.phrase());
            boolean askedItself = at >= 0 && question.substring(at + dropped.phrase().length()).stripLeading()
                    .startsWith("?");
            if (dropped.background() && !askedItself) {
                asked = asked.replace(dropped.phrase(), " ");
            }
        }
        return asked;
    }

    /** The similarity-weighted share, among the nearest examples, of those about something OrderLens does not hold. */
    private double outsideShare(float[] vector) {
        return share(vector, example -> true, RouteExamples.Example::outside).orElse(0.0);
    }

    private Optional<Double> share(float[] vector, Predicate<RouteExamples.Example> among,
            Predicate<RouteExamples.Example> counted) {
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (among.test(examples.get(i))) {
                scored.add(new double[] {VectorSimilarity.cosine(vector, exampleVectors.get(i)), i});
            }
        }
        scored.sort(Comparator.comparingDouble((double[] s) -> -s[0]));
        double part = 0;
        double all = 0;
        for (double[] s : scored.subList(0, Math.min(neighbours, scored.size()))) {
            double weight = Math.max(s[0], 0.0) * Math.max(s[0], 0.0);
            all += weight;
            if (counted.test(examples.get((int) s[1]))) {
                part += weight;
            }
        }
        return all == 0 ? Optional.empty() : Optional.of(part / all);
    }

    /**
     * A request the orders cannot serve whatever their figures: something to write, the weather, a figure about
     * staff, a share price, stock on hand, visits to the website, what the shop pays for something, a price someone
     * else sets, something to be done to an account or an order.
     */
    private Optional<Classification> requestOutsideOrders(String question, String askedPart, WordAccount words) {
        if (asksToWrite(question)) {
            return refused("it asks for something to be written, not for a figure or what the documents say",
                    unknownToDocuments(words).stream()
                            .filter(phrase -> !WRITING_VERBS.contains(phrase.toLowerCase(Locale.ROOT))).toList());
        }
        for (Map.Entry<Pattern, String> outside : OUTSIDE_ORDERS.entrySet()) {
            Matcher asked = outside.getKey().matcher(question);
            if (asked.find()) {
                return refused(outside.getValue(), List.of(asked.group()));
            }
        }
        if (NEWS.matcher(question).find()) {
            List<String> unknown = unknownToDocuments(words);
            if (!unknown.isEmpty()) {
                return refused("it asks for news of something neither the data nor the documents hold", unknown);
            }
        }
        // "I'm trying to work out which shifts will be busiest. Is there a day of the week…": the staff are what the
        // figures are for, said in a sentence set aside
        // "Headcount for Christmas week: how many different customers…": a head count of the customers named
        boolean customersCounted = Words.tokens(question).stream().anyMatch(Set.of("customer", "customers")::contains);
        Optional<String> staff = words.leftover().stream().filter(STAFF::contains)
                .filter(word -> !(word.equals("headcount") && customersCounted))
                .filter(Words.tokens(askedPart)::contains).findFirst();
        if (staff.isPresent() && (STAFF_FIGURES.contains(staff.get()) || PAID.matcher(question).find()
                || !asksForExplanation(question) && figureCue(Words.tokens(question)))) {
            return refused("it asks for a figure about the people who work here, which the orders do not record",
                    List.of(staff.get()));
        }
        // "… top 10 SKUs by units … so that I can check stock cover": stock is what the figures are for, said aside
        for (Map.Entry<Pattern, String> outside : OUTSIDE_UNLESS_MODELLED) {
            Matcher asked = outside.getKey().matcher(askedPart);
            if (asked.find() && words.leftover().contains(Words.tokens(asked.group(1)).get(0))) {
                return refused(outside.getValue(), List.of(asked.group()));
            }
        }
        Matcher cost = OUR_COSTS.matcher(question);
        if (cost.find() && Words.tokens(cost.group(1)).stream().anyMatch(words.leftover()::contains)) {
            return refused("it asks what the shop pays for something, which orders do not record",
                    List.of(cost.group(1)));
        }
        Optional<String> seller = othersPrice(question, words);
        return seller.isPresent() ? refused("it asks what someone else charges: " + seller.get(), List.of(seller.get()))
                : Optional.empty();
    }

    /** Out of scope, for the reason given, naming the phrases nothing here covers. */
    private Optional<Classification> refused(String reasoning, List<String> phrases) {
        return Optional.of(new Classification(Route.RAG, ASK_BACK_CONFIDENCE, reasoning, null,
                clarifying.outOfScope(phrases)));
    }

    /**
     * "Write me a python script…", "draft an email to FedEx…": a request to write something rather than a question;
     * "write a summary of the recall" asks what the documents say.
     */
    private static boolean asksToWrite(String question) {
        if (TRANSLATION.matcher(question).find()) {
            return true;
        }
        // "Action item: draft the project charter…", "please assist me to compose…": the request after a label or a
        // plea for help
        Matcher label = SHORT_LABEL.matcher(question);
        String request = label.lookingAt() ? question.substring(label.end()) : question;
        List<String> words = Words.tokens(HELP_TO.matcher(request).replaceFirst(""));
        // "write me an email to say sorry", "poem for say sorry": what the writing is to say, not a question of what
        // something says
        return words.stream().dropWhile(REQUEST_OPENERS::contains).findFirst().filter(WRITING_VERBS::contains)
                .isPresent() && IntStream.range(0, words.size()).noneMatch(i -> EXPLANATION_WORDS.contains(words.get(i))
                        && !(words.get(i).equals("say") && i > 0 && Set.of("to", "for").contains(words.get(i - 1))));
    }

    /**
     * "What does Target charge for the earbuds?", "What discount is Target running?": a price or promotion someone
     * the model does not know sets, which the orders cannot tell; nor "what does USPS charge to send a parcel", a
     * company the data names charging its own price.
     */
    private Optional<String> othersPrice(String question, WordAccount words) {
        Matcher asked = OTHERS_PRICE.matcher(question);
        if (!asked.find()) {
            asked = OTHERS_PROMOTION.matcher(question);
            if (!asked.find()) {
                return Optional.empty();
            }
        }
        // "when is the customer's card charged": a thing owned, charged; not someone charging
        boolean possessive = asked.group(1) == null;
        if (possessive && asked.group(4).toLowerCase(Locale.ROOT).endsWith("ed")) {
            return Optional.empty();
        }
        List<String> seller = Words.tokens(asked.group(2));
        WordAccount named = generator.parser().account(asked.group(2), generator.today());
        boolean charges = asked.group(3).toLowerCase(Locale.ROOT).startsWith("charg");
        // "best buy": no word of the model and not us, so someone else
        boolean someoneElse = seller.stream().anyMatch(words.leftover()::contains)
                || (seller.stream().noneMatch(US::contains) && (named.modelWords() == 0
                        || charges && !named.values().isEmpty()));
        // "USPS currently": the seller, without how the question qualifies the price
        return someoneElse ? Optional.of(asked.group(2).replaceFirst("(?i)\\s+\\p{L}+ly$", "")) : Optional.empty();
    }

    /** Whether the words ask for a figure, "paid with Klarna" saying how a customer paid rather than asking pay. */
    private static boolean figureCue(List<String> words) {
        return IntStream.range(0, words.size()).anyMatch(i -> FIGURE_CUES.contains(words.get(i))
                && !(Set.of("paid", "pay").contains(words.get(i)) && i + 1 < words.size()
                        && PAID_HOW.contains(words.get(i + 1))));
    }

    /**
     * "What exactly was the Spring Refresh sale - what discount did it give?", "remind me what the Spring Refresh
     * promotion actually was", "Spring Refresh sale - what was the mechanic?": what one of the shop's events was or how
     * it worked, which the documents tell, not a figure over its days.
     */
    /** @param words the account of the whole {@code question}, read once by the caller */
    private boolean asksWhatEventWas(String question, WordAccount words) {
        if (EVENT_WORKINGS.matcher(question).find() && words.namesEvent()) {
            return true;
        }
        Matcher opening = EVENT_ASKED.matcher(question);
        if (!opening.lookingAt()) {
            opening = EVENT_ASKED_AS_CLAUSE.matcher(question);
            if (!opening.lookingAt()) {
                return false;
            }
        }
        WordAccount named = generator.parser().account(opening.group(1), generator.today());
        return named.namesEvent() && named.modelWords() == 0;
    }

    private static String lastSentence(String question) {
        String[] sentences = SENTENCE_BREAK.split(question.strip());
        return sentences.length == 0 ? "" : sentences[sentences.length - 1];
    }

    private static boolean asksForExplanation(String question) {
        List<String> words = Words.tokens(question);
        // "someone said Black Friday is crazy here, how many orders…": who said something, not what a document says
        if (IntStream.range(0, words.size()).anyMatch(i -> EXPLANATION_WORDS.contains(words.get(i))
                && !(REPORTED_SPEECH.contains(words.get(i)) && i > 0 && SPEAKERS.contains(words.get(i - 1))))) {
            return true;
        }
        // "please how I can cancel…": the opening after a request's courtesy
        String opening = words.stream().dropWhile(REQUEST_OPENERS::contains).limit(3)
                .collect(Collectors.joining(" "));
        // "is there a day of the week when we get the most orders?" asks which one, not whether a rule exists
        boolean whichOne = (opening.startsWith("is there") || opening.startsWith("was there"))
                && words.stream().anyMatch(RANKING_WORDS::contains);
        if (opening.startsWith("how do i") || opening.startsWith("how can i") || opening.startsWith("how i can")
                || opening.startsWith("how we can") || opening.startsWith("tell me about")
                || opening.startsWith("what is the policy") || (opening.startsWith("is there") && !whichOne)
                || (opening.startsWith("was there") && !whichOne) || opening.startsWith("if ")) {
            return true;
        }
        return saysAny(words, CASE_PHRASES);
    }

    /** Whether the words hold one of the phrases, each written with a space on either side. */
    private static boolean saysAny(List<String> words, Set<String> phrases) {
        String text = " " + String.join(" ", words) + " ";
        return phrases.stream().anyMatch(text::contains);
    }

    public static final class Builder {
        private LocalSqlGenerator generator;
        private SemanticModelFile model;
        private ValueCatalog catalog;
        private Clock clock;
        private EmbeddingModel embeddingModel;
        private List<RouteExamples.Example> examples;
        private int neighbours = 7;
        private Predicate<String> documentWords = word -> true;

        private Builder() {
        }

        /**
         * The generator whose success says whether the semantic model can answer the question; without one, a
         * generator is built from the model, catalog and clock given here.
         */
        public Builder sqlGenerator(LocalSqlGenerator generator) {
            this.generator = generator;
            return this;
        }

        public Builder model(SemanticModelFile model) {
            this.model = model;
            return this;
        }

        public Builder catalog(ValueCatalog catalog) {
            this.catalog = catalog;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder embeddingModel(EmbeddingModel embeddingModel) {
            this.embeddingModel = embeddingModel;
            return this;
        }

        /** Labelled examples as JSON lines ({@code {"question": …, "route": "sql"|"rag"}}) instead of the built-in ones. */
        public Builder examples(java.io.InputStream jsonLines, String source) {
            try {
                this.examples = RouteExamples.load(jsonLines, source);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("could not read route examples " + source, e);
            }
            return this;
        }

        /**
         * Whether the indexed documents hold a word (lower-case, as a question has it), so that a question about
         * something neither the data nor the documents know is answered as out of scope; without it, every word is
         * taken as known to the documents and no question is found out of scope.
         */
        public Builder documentWords(Predicate<String> documentWords) {
            this.documentWords = Objects.requireNonNull(documentWords, "documentWords");
            return this;
        }

        /** How many nearest examples vote (default 7). */
        public Builder neighbours(int neighbours) {
            if (neighbours <= 0) {
                throw new IllegalArgumentException("neighbours must be positive");
            }
            this.neighbours = neighbours;
            return this;
        }

        public LocalQuestionClassifier build() {
            return new LocalQuestionClassifier(this);
        }
    }
}
