package org.smilefactory.ui.profiles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.smilefactory.ui.l10n.Localization;

/**
 * One type-specific profile field as the editor holds it: the text the user typed (or the chosen
 * constants), and its error. Parsing text into the command's type is the ViewModel's job, so a
 * non-number in a money field is reported here, next to the field, before anything reaches the backend.
 */
public final class DetailField {

    /** How a field is edited; derived from the record component's Java type. */
    public enum Kind {
        TEXT, LONG_TEXT, LIST, INTEGER, MONEY, CHOICE, CHOICES
    }

    /** Free-text components stored as SQL TEXT: these get a multi-line editor. */
    private static final Set<String> LONG_TEXT = Set.of(
            "startupDescription", "businessModel", "targetMarket", "competitiveAdvantage",
            "investmentCriteria", "dueDiligenceProcess", "mentoringApproach", "successStories",
            "mentoringPhilosophy", "procurementNeeds");

    // 1,234,567.89 — commas only as thousands separators, so "12,5" is not silently read as 125.
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private final String name;
    private final Kind kind;
    private final Class<? extends Enum<?>> enumType;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Enum<?>> choice = new SimpleObjectProperty<>(this, "choice");
    private final ObservableSet<Enum<?>> choices = FXCollections.observableSet();
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    DetailField(String name, Kind kind, Class<? extends Enum<?>> enumType) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.enumType = enumType;
        text.addListener((obs, old, now) -> error.set(""));
        choice.addListener((obs, old, now) -> error.set(""));
        choices.addListener((javafx.collections.SetChangeListener<Enum<?>>) change -> error.set(""));
    }

    static Kind textKind(String name) {
        return LONG_TEXT.contains(name) ? Kind.LONG_TEXT : Kind.TEXT;
    }

    /** The record component name, e.g. {@code fundingAmountNeeded}. */
    public String name() {
        return name;
    }

    /** The name the backend uses in violations: {@code details.<name>}. */
    public String path() {
        return "details." + name;
    }

    public Kind kind() {
        return kind;
    }

    /** The constants a CHOICE or CHOICES field offers, in declaration order. */
    public List<Enum<?>> options() {
        return enumType == null ? List.of() : Arrays.asList(enumType.getEnumConstants());
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Enum<?>> choiceProperty() {
        return choice;
    }

    public ObservableSet<Enum<?>> choices() {
        return choices;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** What to observe for "the value changed" (completion, dirty tracking). */
    Observable[] observables() {
        return new Observable[] {text, choice, choices};
    }

    public boolean isFilled() {
        return switch (kind) {
            case CHOICE -> choice.get() != null;
            case CHOICES -> !choices.isEmpty();
            default -> text.get() != null && !text.get().isBlank();
        };
    }

    /** Shows a stored value in the editor. */
    void show(Object value) {
        switch (kind) {
            case CHOICE -> choice.set((Enum<?>) value);
            case CHOICES -> {
                choices.clear();
                if (value != null) {
                    for (Object item : (Collection<?>) value) {
                        choices.add((Enum<?>) item);
                    }
                }
            }
            case LIST -> text.set(value == null ? "" : ((Collection<?>) value).stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")));
            case MONEY -> text.set(value == null ? "" : ((BigDecimal) value).toPlainString());
            default -> text.set(value == null ? "" : String.valueOf(value));
        }
        error.set("");
    }

    /**
     * The value for the command, or the reason it cannot be read.
     *
     * @throws InvalidInput with a message for the field when the text cannot be parsed
     */
    Object parse(Localization l10n) throws InvalidInput {
        String raw = text.get() == null ? "" : text.get().trim();
        return switch (kind) {
            case CHOICE -> choice.get();
            case CHOICES -> choices.stream()
                    .sorted(Comparator.comparingInt(Enum::ordinal))
                    .collect(Collectors.toCollection(ArrayList::new));
            case LIST -> Arrays.stream(raw.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .distinct()
                    .collect(Collectors.toCollection(ArrayList::new));
            case INTEGER -> raw.isEmpty() ? null : parseInteger(raw, l10n);
            case MONEY -> raw.isEmpty() ? null : parseMoney(raw, l10n);
            default -> raw.isEmpty() ? null : raw;
        };
    }

    private static Integer parseInteger(String raw, Localization l10n) throws InvalidInput {
        try {
            // Ranges (no negative team sizes, plausible years) are the backend's rules, not parsing.
            return Integer.parseInt(raw.replace(" ", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInput(l10n.get("editor.number.invalid"));
        }
    }

    static BigDecimal parseMoney(String raw, Localization l10n) throws InvalidInput {
        String compact = raw.replace(" ", "").replace("_", "").replace("\u00a0", "");
        if (compact.toUpperCase(Locale.ROOT).startsWith("USD")) {
            compact = compact.substring(3);
        } else if (compact.startsWith("$")) {
            compact = compact.substring(1);
        }
        if (GROUPED.matcher(compact).matches()) {
            compact = compact.replace(",", "");
        }
        try {
            // Sign, size and cents are the backend's rules (its violation lands next to the field too).
            return new BigDecimal(compact);
        } catch (NumberFormatException e) {
            throw new InvalidInput(l10n.get("editor.money.invalid"));
        }
    }

    /** Text that could not be turned into the field's type; the message goes next to the field. */
    static final class InvalidInput extends Exception {
        InvalidInput(String message) {
            super(message, null, false, false);
        }
    }
}
