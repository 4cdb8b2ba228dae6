package dev.orderlens.cli;

import dev.orderlens.core.Assistant;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.core.domain.route.RoutePreference;
import dev.orderlens.core.domain.verified.VerifiedQuestion;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.core.pipeline.VerifiedAnswers;
import dev.orderlens.core.semantic.DisplayFormats;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * One person's conversation at the terminal: each line is a question, the number of a suggested follow-up, or a
 * slash command. Each line writes to an output of its own, so that cancelling it (Ctrl-C) silences that line's
 * answer and nothing else; an answer cancelled before it was complete is not the last answer to rate or pick
 * follow-ups from.
 */
final class ChatSession {

    static final String HELP = """
            Ask a question in plain language, or type the number of a suggested follow-up.
              /sql [QUESTION]   answer by SQL (the question, or every question until /auto)
              /rag [QUESTION]   answer from documents (the question, or every question until /auto)
              /auto             let the router decide again
              /feedback like|dislike [COMMENT]   rate the last answer
              /verify [NAME]    save the last answer's query as verified for its question
              /new              start a new conversation
              /help             this help
              /quit             leave (or Ctrl-D); Ctrl-C cancels the answer being written""";

    private final Assistant assistant;
    private final boolean ansi;
    private final boolean showSql;
    private final Clock clock;
    private final String savedBy;
    private String sessionId = SessionId.random().value();
    private RoutePreference mode = RoutePreference.AUTO;
    private Answer last;

    /**
     * @param ansi whether answers go to a terminal, which then shows bold and italics
     * @param savedBy who saves verified answers when /verify names nobody
     */
    ChatSession(Assistant assistant, boolean showSql, boolean ansi, Clock clock, String savedBy) {
        this.assistant = assistant;
        this.savedBy = savedBy;
        this.showSql = showSql;
        this.ansi = ansi;
        this.clock = clock;
    }

    /** Handles one line, writing to {@code out}; false when the person wants to leave. */
    boolean handle(String input, LineOutput out) {
        String line = input.strip();
        if (line.isEmpty()) {
            return true;
        }
        if (line.startsWith("/")) {
            return command(line, out);
        }
        if (line.matches("\\d{1,2}")) {
            pickFollowUp(Integer.parseInt(line), out);
        } else {
            ask(line, mode, out);
        }
        return true;
    }

    String sessionId() {
        return sessionId;
    }

    private boolean command(String line, LineOutput out) {
        String[] parts = line.split("\\s+", 2);
        String argument = parts.length > 1 ? parts[1].strip() : "";
        switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "/quit", "/exit" -> {
                return false;
            }
            case "/help" -> out.println(HELP);
            case "/sql" -> route(RoutePreference.SQL, argument, out);
            case "/rag" -> route(RoutePreference.RAG, argument, out);
            case "/auto" -> {
                mode = RoutePreference.AUTO;
                out.println("The router decides again.");
            }
            case "/new" -> {
                sessionId = SessionId.random().value();
                last = null;
                out.println("New conversation.");
            }
            case "/feedback" -> feedback(argument, out);
            case "/verify" -> verify(argument.isEmpty() ? savedBy : argument, out);
            default -> out.println("Unknown command " + parts[0] + "; /help lists them.");
        }
        out.flush();
        return true;
    }

    private void route(RoutePreference preference, String question, LineOutput out) {
        if (!question.isEmpty()) {
            ask(question, preference, out);
            return;
        }
        mode = preference;
        out.println("Answering " + (preference == RoutePreference.SQL ? "by SQL" : "from documents")
                + " until /auto.");
    }

    private void pickFollowUp(int number, LineOutput out) {
        List<String> followUps = last == null ? List.of() : last.followUps();
        if (number < 1 || number > followUps.size()) {
            out.println(followUps.isEmpty() ? "There is no follow-up to pick yet."
                    : "Pick a follow-up between 1 and " + followUps.size() + ".");
            out.flush();
            return;
        }
        String question = followUps.get(number - 1);
        out.println("> " + question);
        ask(question, mode, out);
    }

    private void ask(String question, RoutePreference route, LineOutput out) {
        AskCommand command;
        try {
            command = new AskCommand(question, sessionId, route, List.of());
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.flush();
            return;
        }
        AnswerPrinter printer = new AnswerPrinter(out, OutputFormat.TEXT, showSql,
                DisplayFormats.of(assistant.semanticModel()), ansi);
        try {
            Answer answer = assistant.ask(command, printer);
            printer.finish(answer);
            if (!out.cancelled()) {
                last = answer;
                out.println("(" + AnswerPrinter.routeLine(answer) + ")");
            }
        } finally {
            out.flush();
        }
    }

    private void verify(String by, LineOutput out) {
        if (last == null) {
            out.println("There is no answer to save yet.");
            return;
        }
        try {
            VerifiedQuestion saved = assistant.verify(last.messageId(), by);
            out.println("Saved as verified by " + saved.savedBy() + ": asking \"" + saved.question()
                    + "\" again runs this query.");
        } catch (VerifiedAnswers.UnknownAnswerException e) {
            out.println("Only an answer computed by a query that ran, to a question that stands on its own (not a "
                    + "short follow-up), can be saved as verified.");
        } catch (RuntimeException e) {
            out.println("The verified answer could not be saved: " + ExitCodes.message(e));
        }
    }

    private void feedback(String argument, LineOutput out) {
        String[] parts = argument.split("\\s+", 2);
        Rating rating;
        try {
            rating = Rating.parse(parts[0]);
        } catch (IllegalArgumentException e) {
            out.println("Usage: /feedback like|dislike [comment]");
            return;
        }
        if (last == null) {
            out.println("There is no answer to rate yet.");
            return;
        }
        String comment = parts.length > 1 ? parts[1] : null;
        try {
            assistant.recordFeedback(new Feedback(last.messageId(), last.sessionId(), rating, comment,
                    last.question(), last.text(), clock.instant()));
            out.println("Thanks, feedback recorded.");
        } catch (RuntimeException e) {
            out.println("The feedback could not be recorded: " + ExitCodes.message(e));
        }
    }
}
