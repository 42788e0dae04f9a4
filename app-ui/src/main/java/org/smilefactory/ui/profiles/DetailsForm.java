package org.smilefactory.ui.profiles;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.smilefactory.core.api.profiles.ProfileDetails;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.ui.l10n.Localization;

/**
 * The type-specific section of the profile editor for one {@link ProfileType}, built from the details
 * record's components. Reading the records (rather than hand-writing eight forms) keeps the editor in
 * step with the contract: a component added in app-core shows up here with a field of the right kind
 * and is sent back in the command; it only needs its label in the message bundle.
 */
public final class DetailsForm {

    private final ProfileType type;
    private final Class<? extends ProfileDetails> recordType;
    private final List<DetailField> fields;

    private DetailsForm(ProfileType type, Class<? extends ProfileDetails> recordType, List<DetailField> fields) {
        this.type = type;
        this.recordType = recordType;
        this.fields = List.copyOf(fields);
    }

    public static DetailsForm of(ProfileType type) {
        Class<? extends ProfileDetails> recordType = ProfileDetails.empty(type).getClass();
        List<DetailField> fields = new ArrayList<>();
        for (RecordComponent component : recordType.getRecordComponents()) {
            fields.add(fieldFor(component));
        }
        return new DetailsForm(type, recordType, fields);
    }

    @SuppressWarnings("unchecked")
    private static DetailField fieldFor(RecordComponent component) {
        String name = component.getName();
        Class<?> raw = component.getType();
        if (raw == String.class) {
            return new DetailField(name, DetailField.textKind(name), null);
        }
        if (raw == Integer.class || raw == int.class) {
            return new DetailField(name, DetailField.Kind.INTEGER, null);
        }
        if (raw == BigDecimal.class) {
            return new DetailField(name, DetailField.Kind.MONEY, null);
        }
        if (raw.isEnum()) {
            return new DetailField(name, DetailField.Kind.CHOICE, (Class<? extends Enum<?>>) raw);
        }
        if (List.class.isAssignableFrom(raw) && component.getGenericType() instanceof ParameterizedType list) {
            Type element = list.getActualTypeArguments()[0];
            if (element == String.class) {
                return new DetailField(name, DetailField.Kind.LIST, null);
            }
            if (element instanceof Class<?> cls && cls.isEnum()) {
                return new DetailField(name, DetailField.Kind.CHOICES, (Class<? extends Enum<?>>) cls);
            }
        }
        throw new IllegalStateException("No editor for " + component + " of " + component.getGenericType());
    }

    public ProfileType type() {
        return type;
    }

    public List<DetailField> fields() {
        return fields;
    }

    public Optional<DetailField> field(String name) {
        String bare = name.startsWith("details.") ? name.substring("details.".length()) : name;
        return fields.stream().filter(f -> f.name().equals(bare)).findFirst();
    }

    /** Shows stored details (of this form's type) in the fields. */
    public void show(ProfileDetails details) {
        if (details == null || details.type() != type) {
            fields.forEach(f -> f.show(null));
            return;
        }
        RecordComponent[] components = recordType.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            try {
                fields.get(i).show(components[i].getAccessor().invoke(details));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + components[i], e);
            }
        }
    }

    /**
     * Builds the details record from the fields. Fields whose text cannot be parsed get their error set
     * and the result is empty: nothing is sent to the backend until the user fixes them.
     */
    public Optional<ProfileDetails> toDetails(Localization l10n) {
        Object[] values = new Object[fields.size()];
        boolean valid = true;
        for (int i = 0; i < fields.size(); i++) {
            DetailField field = fields.get(i);
            try {
                values[i] = field.parse(l10n);
            } catch (DetailField.InvalidInput invalid) {
                field.errorProperty().set(invalid.getMessage());
                valid = false;
            }
        }
        if (!valid) {
            return Optional.empty();
        }
        Class<?>[] types = Arrays.stream(recordType.getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<? extends ProfileDetails> canonical = recordType.getDeclaredConstructor(types);
            return Optional.of(canonical.newInstance(values));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + recordType.getSimpleName(), e);
        }
    }

    public void clearErrors() {
        fields.forEach(f -> f.errorProperty().set(""));
    }

    public long filledCount() {
        return fields.stream().filter(DetailField::isFilled).count();
    }

    @Override
    public String toString() {
        return "DetailsForm[" + type + ", " + fields.size() + " fields]";
    }
}
