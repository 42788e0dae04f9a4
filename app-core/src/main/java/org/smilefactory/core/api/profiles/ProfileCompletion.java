package org.smilefactory.core.api.profiles;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The completion rule, shared by the backend (which stores the figure on save) and the editor (which
 * shows it live while typing), so the two can never disagree.
 *
 * <p>Completion counts the {@link #COMMON_FIELDS} plus every field of the member's type details,
 * equally weighted; without a type, the type itself is the missing field. A profile is COMPLETE at
 * {@value #COMPLETE_AT}%: the last few fields are often genuinely not applicable (a solo founder's
 * team size, a new mentor's success stories), and a state nobody reaches stops being guidance.
 * See docs/decisions/0004.
 */
public record ProfileCompletion(int percent, List<String> missingFields) {

    public static final int COMPLETE_AT = 80;

    /** The common fields that count, in form order (record component names of {@link SaveProfile}). */
    public static final List<String> COMMON_FIELDS =
            List.of("firstName", "lastName", "profileName", "gender", "phoneNumber", "bio", "location");

    public static ProfileCompletion of(SaveProfile p) {
        List<String> missing = new ArrayList<>();
        Object[] common = {p.firstName(), p.lastName(), p.profileName(), p.gender(), p.phoneNumber(), p.bio(), p.location()};
        for (int i = 0; i < common.length; i++) {
            if (!filled(common[i])) {
                missing.add(COMMON_FIELDS.get(i));
            }
        }
        int total = common.length;
        if (p.profileType() == null) {
            missing.add("profileType");
            total++;
        } else {
            ProfileDetails details = p.details() == null ? ProfileDetails.empty(p.profileType()) : p.details();
            for (RecordComponent rc : details.getClass().getRecordComponents()) {
                total++;
                if (!filled(value(rc, details))) {
                    missing.add("details." + rc.getName());
                }
            }
        }
        return new ProfileCompletion(percent(total - missing.size(), total), List.copyOf(missing));
    }

    /** {@code filled} of {@code total} counted fields as a whole percentage. */
    public static int percent(int filled, int total) {
        return total <= 0 ? 0 : (int) Math.round(100.0 * filled / total);
    }

    public static UserState userState(ProfileType type, int percent) {
        if (type == null) {
            return UserState.NEW;
        }
        return percent >= COMPLETE_AT ? UserState.COMPLETE : UserState.INCOMPLETE;
    }

    /** A value counts when it is present and not blank; a list when it has a non-blank entry. */
    public static boolean filled(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof String s) {
            return !s.isBlank();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().anyMatch(x -> x != null && !(x instanceof String s && s.isBlank()));
        }
        return true;
    }

    private static Object value(RecordComponent rc, Object record) {
        try {
            return rc.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + rc.getName(), e);
        }
    }
}
