package org.smilefactory.core.profiles;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.smilefactory.core.api.profiles.IndustryExpertDetails;
import org.smilefactory.core.api.profiles.InnovatorDetails;
import org.smilefactory.core.api.profiles.InstitutionDetails;
import org.smilefactory.core.api.profiles.InvestorDetails;
import org.smilefactory.core.api.profiles.MentorDetails;
import org.smilefactory.core.api.profiles.OrganisationDetails;
import org.smilefactory.core.api.profiles.ProfessionalDetails;
import org.smilefactory.core.api.profiles.ProfileCompletion;
import org.smilefactory.core.api.profiles.ProfileDetails;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.api.profiles.StudentDetails;
import org.smilefactory.core.api.profiles.UserState;

/**
 * What a profile's content implies: its completion, the fields still missing, the directory's
 * focus tags and headline, and the text that full-text search indexes. Computed on save and stored,
 * so the directory never recomputes them per row.
 *
 * <p>The completion rule itself is the contract's {@link ProfileCompletion}, shared with the editor.
 */
public final class ProfileFacts {

    private ProfileFacts() {
    }

    record Facts(int completion, List<String> missingFields, String[] focusTags, String headline, String searchText) {
    }

    static Facts of(SaveProfile p) {
        ProfileCompletion completion = ProfileCompletion.of(p);
        return new Facts(completion.percent(), completion.missingFields(), focusTags(p.details()),
                headline(p.details()), searchText(p));
    }

    static UserState userState(ProfileType type, int completion) {
        return ProfileCompletion.userState(type, completion);
    }

    /** Industries, expertise and skills: what the directory's "industry / expertise" filter matches. */
    static String[] focusTags(ProfileDetails details) {
        if (details == null) {
            return new String[0];
        }
        Stream<String> tags;
        if (details instanceof InnovatorDetails d) {
            tags = Stream.of(d.industryFocus());
        } else if (details instanceof InvestorDetails d) {
            tags = stream(d.investmentFocus());
        } else if (details instanceof MentorDetails d) {
            tags = stream(d.expertiseAreas());
        } else if (details instanceof ProfessionalDetails d) {
            tags = Stream.concat(stream(d.skills()), stream(d.servicesOffered()));
        } else if (details instanceof IndustryExpertDetails d) {
            tags = stream(d.expertiseDomains());
        } else if (details instanceof StudentDetails d) {
            tags = Stream.of(d.fieldOfStudy());
        } else if (details instanceof InstitutionDetails d) {
            tags = Stream.concat(stream(d.researchAreas()), stream(d.programmesOffered()));
        } else if (details instanceof OrganisationDetails d) {
            tags = Stream.concat(Stream.of(d.sector()), stream(d.innovationInterests()));
        } else {
            tags = Stream.empty();
        }
        Set<String> unique = tags.filter(ProfileFacts::filled).map(String::trim)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return unique.stream().limit(20).toArray(String[]::new);
    }

    /** One line under the name in the directory. */
    static String headline(ProfileDetails details) {
        if (details == null) {
            return null;
        }
        String h;
        if (details instanceof InnovatorDetails d) {
            h = join(" · ", d.startupName(), d.industryFocus());
        } else if (details instanceof InvestorDetails d) {
            h = d.investmentFocus() == null || d.investmentFocus().isEmpty() ? null
                    : "Invests in " + String.join(", ", d.investmentFocus().stream().limit(3).toList());
        } else if (details instanceof MentorDetails d) {
            h = d.expertiseAreas() == null || d.expertiseAreas().isEmpty() ? null
                    : "Mentors in " + String.join(", ", d.expertiseAreas().stream().limit(3).toList());
        } else if (details instanceof ProfessionalDetails d) {
            h = d.jobTitle() != null && d.company() != null ? d.jobTitle() + " at " + d.company() : join("", d.jobTitle(), d.company());
        } else if (details instanceof IndustryExpertDetails d) {
            h = d.expertiseDomains() == null || d.expertiseDomains().isEmpty() ? null
                    : "Expert in " + String.join(", ", d.expertiseDomains().stream().limit(3).toList());
        } else if (details instanceof StudentDetails d) {
            h = join(" · ", d.fieldOfStudy(), d.institution());
        } else if (details instanceof InstitutionDetails d) {
            h = d.institutionName();
        } else if (details instanceof OrganisationDetails d) {
            h = join(" · ", d.organisationName(), d.sector());
        } else {
            h = null;
        }
        if (h == null || h.isBlank()) {
            return null;
        }
        return h.length() > 300 ? h.substring(0, 299) + "…" : h;
    }

    /** Everything a member would search a profile by, except the name (weighted separately). */
    static String searchText(SaveProfile p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.profileName());
        parts.add(p.location());
        parts.add(p.bio());
        if (p.details() != null) {
            for (RecordComponent rc : p.details().getClass().getRecordComponents()) {
                Object v = value(rc, p.details());
                if (v instanceof Collection<?> c) {
                    c.stream().filter(java.util.Objects::nonNull).forEach(x -> parts.add(x instanceof Enum<?> e ? e.name().toLowerCase().replace('_', ' ') : String.valueOf(x)));
                } else if (v instanceof String s) {
                    parts.add(s);
                } else if (v instanceof Enum<?> e) {
                    parts.add(e.name().toLowerCase().replace('_', ' '));
                }
            }
        }
        return parts.stream().filter(ProfileFacts::filled).collect(Collectors.joining(" "));
    }

    private static Object value(RecordComponent rc, Object record) {
        try {
            return rc.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + rc.getName(), e);
        }
    }

    private static boolean filled(Object v) {
        return ProfileCompletion.filled(v);
    }

    private static Stream<String> stream(List<String> values) {
        return values == null ? Stream.empty() : values.stream();
    }

    private static String join(String sep, String... values) {
        String joined = Stream.of(values).filter(ProfileFacts::filled).map(String::trim).collect(Collectors.joining(sep));
        return joined.isEmpty() ? null : joined;
    }
}
