package io.phasegate.jira.i18n;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.opensymphony.workflow.InvalidInputException;
import io.phasegate.contract.ApiException;
import io.phasegate.core.gate.DefaultGateNames;
import io.phasegate.core.gate.GateVerdict;
import io.phasegate.core.gate.Misconfiguration;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.gate.config.ConfigProblem;
import io.phasegate.core.message.Message;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the engine's messages into text in the current user's language, and verdicts into the
 * {@link InvalidInputException} Jira shows on the transition screen.
 */
public final class JiraMessages {
    /**
     * Stands for a status or issue type Jira does not give: board readings are shared by every caller,
     * so they keep this key and each message that names it says "Unknown" in its reader's language.
     */
    public static final String UNKNOWN = "phasegate.board.unknown";

    private static final Pattern CUSTOM_FIELD_ID = Pattern.compile("customfield_\\d+");

    private final JiraAuthenticationContext authentication;
    private final CustomFieldManager customFields;

    public JiraMessages(JiraAuthenticationContext authentication, CustomFieldManager customFields) {
        this.authentication = authentication;
        this.customFields = customFields;
    }

    /** The message in the user's language. */
    public String text(Message message) {
        return text(message.key().key(), message.args().toArray());
    }

    /**
     * Every violation of a blocking verdict: a headline, then each violation as a field error (Jira
     * shows it next to the field when the transition screen has it) or a general error.
     */
    public InvalidInputException blocked(GateVerdict verdict) {
        InvalidInputException exception = new InvalidInputException();
        exception.addError(text("phasegate.validator.blocked", gateName(verdict.gate())));
        for (Violation violation : verdict.violations()) {
            String text = text(violation.message());
            if (violation.field().isPresent()) {
                exception.addError(violation.field().get().id(), text);
            } else {
                exception.addError(text);
            }
        }
        for (Misconfiguration problem : verdict.misconfigurations()) {
            exception.addError(text(problem.message()));
        }
        return exception;
    }

    /** The gate's configuration cannot be read at all. */
    public InvalidInputException misconfiguredGate(List<ConfigProblem> problems) {
        String details =
                problems.stream().map(p -> p.path() + ": " + text(p.message())).collect(Collectors.joining("; "));
        return new InvalidInputException(text("phasegate.validator.misconfigured", details));
    }

    /** Jira handed the validator no issue. */
    public InvalidInputException noIssue(String gate) {
        return new InvalidInputException(text("phasegate.validator.no-issue", gateName(gate)));
    }

    /** Evaluation failed unexpectedly; the details are in the log, not in front of the user. */
    public InvalidInputException unexpectedFailure(String gate) {
        return new InvalidInputException(text("phasegate.validator.unexpected", gateName(gate)));
    }

    /**
     * A gate's name as the user reads it: the name its admin chose, or — for a gate saved without a
     * name, also one saved with the old English default — the default name in the user's language.
     */
    public String gateName(String stored) {
        return DefaultGateNames.of(stored).map(this::text).orElse(stored);
    }

    /** A REST refusal in the user's language when it is keyed, else as its adapter worded it. */
    public String refusal(ApiException refusal) {
        return refusal.text()
                .map(text -> textAsGiven(text.key().key(), text.args().toArray()))
                .orElse(refusal.getMessage());
    }

    /** A plugin text by key, in the user's language. */
    public String text(String key, Object... args) {
        Object[] named = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            named[i] = withFieldName(args[i]);
        }
        return textAsGiven(key, named);
    }

    /**
     * A plugin text whose arguments are shown as given: a custom field id stays an id, for texts
     * that already name the field and show its id next to the name.
     */
    public String textAsGiven(String key, Object... args) {
        I18nHelper i18n = authentication.getI18nHelper();
        Object[] printable = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            printable[i] = printable(args[i]);
        }
        try {
            return i18n.getText(key, printable);
        } catch (IllegalArgumentException e) {
            // A translation whose pattern does not fit its arguments must not hide the message.
            return key + " " + Arrays.toString(printable);
        }
    }

    /**
     * Users know a field by its name, not by its id: "Story Points" rather than customfield_10016; and an
     * unknown status by the word in their language.
     */
    private Object withFieldName(Object arg) {
        if (UNKNOWN.equals(arg)) {
            return textAsGiven(UNKNOWN);
        }
        if (arg instanceof String id && CUSTOM_FIELD_ID.matcher(id).matches()) {
            CustomField field = customFields.getCustomFieldObject(id);
            return field == null || field.getName() == null ? id : field.getName();
        }
        return arg;
    }

    /** Lists read as "a, b"; numbers stay numbers, and 5.0 points read "5". */
    private static Object printable(Object arg) {
        if (arg instanceof Collection<?> items) {
            return items.stream()
                    .map(JiraMessages::printable)
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (arg instanceof BigDecimal number) {
            return number.stripTrailingZeros();
        }
        if (arg instanceof Number) {
            return arg; // texts choose their wording by count ({0,choice,...})
        }
        return arg == null ? "" : arg.toString();
    }
}
